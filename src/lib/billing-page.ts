/**
 * Everything the /facturation/ page shows, gathered from the billing data, so that the
 * page and its components only render. Pure: the page passes ./billing/data.ts's object.
 */
import type { BillingData } from './billing/schema.ts';
import { type BillingStatus, reimbursementRates } from './billing/statuses.ts';
import { formatDate, formatDecimal } from './format.ts';
import { serialiseJsonLd } from './seo/structured-data.ts';

/** The status the calculator's form starts on: the most frequent case, a hospital MITM. */
export const defaultCalculatorStatus: BillingStatus = 'mitm-hospital';

type Parameter = BillingData['parameters']['flatMargin'];
type Status = BillingData['statuses'][number];

const codesOf = (status: Status) => status.prestationCodes.join(', ');

function parameterView(name: string, parameter: Parameter) {
  return {
    name,
    anchor: `param-${name}`,
    shown: `${formatDecimal(parameter.value)} ${parameter.unit}`,
    reference: parameter.reference,
    effectiveDate: parameter.effectiveDate ?? 'non établie',
    confidence: parameter.confidence,
    caveat: parameter.caveat,
    sources: parameter.sources,
  };
}

export function billingPageData(data: BillingData) {
  const { flatMargin, vatRate } = data.parameters;
  return {
    source: data.source,
    formula: data.formula,
    formulaNote: data.formulaNote,
    rounding: data.rounding,
    signedOn: formatDate(data.source.signed),
    statuses: data.statuses.map((status) => ({
      id: status.id,
      label: status.label,
      statusReference: status.statusReference ?? null,
      baseLabel: status.baseLabel,
      baseReference: status.baseReference,
      patientShareLabel: status.patientShareLabel,
      patientShareReference: status.patientShareReference ?? null,
      codes: codesOf(status),
      ucdLabel: status.ucdLabel,
    })),
    prestationCodes: data.prestationCodes.map(({ code, label }) => ({ code, label })),
    parameters: [parameterView('Marge forfaitaire', flatMargin), parameterView('TVA', vatRate)],
    calculator: {
      statuses: data.statuses.map((status) => ({
        id: status.id,
        label: `${status.label} (${codesOf(status)})`,
        checked: status.id === defaultCalculatorStatus,
      })),
      rates: [...reimbursementRates],
      margin: formatDecimal(flatMargin.value),
      vat: formatDecimal(vatRate.value),
    },
    /** The data the calculator script reads back from the page. */
    json: serialiseJsonLd(data),
  };
}

export type BillingPage = ReturnType<typeof billingPageData>;
