/**
 * Turns the calculator's fields (as typed, or as found in the page address) into a
 * billing input, with one French message per wrong field. Pure, so the browser and the
 * tests share it.
 */
import { type BillingInput, BillingInputError, computeBilling } from './billing.ts';
import type { BillingData } from './billing/schema.ts';
import { type BillingStatus, billingStatuses } from './billing/statuses.ts';
import { parseFrenchDecimal } from './format.ts';

/** Field names, as they appear in the form and the address. */
export const formFields = { status: 'statut', price: 'prix', quantity: 'ucd', rate: 'taux', margin: 'marge', vat: 'tva' } as const;
export type FormField = (typeof formFields)[keyof typeof formFields];

const fieldOfInput: Record<keyof BillingInput, FormField> = {
  status: 'statut',
  unitPriceHT: 'prix',
  quantity: 'ucd',
  reimbursementRate: 'taux',
  flatMargin: 'marge',
  vatRate: 'tva',
};

export type FormOutcome =
  | { ok: true; input: BillingInput; result: ReturnType<typeof computeBilling> }
  | { ok: false; errors: Partial<Record<FormField, string>> };

/** `data` is content/billing.json as parsed by ./billing/data.ts. */
export function evaluateForm(values: { get(name: string): string | null }, data: BillingData): FormOutcome {
  const errors: Partial<Record<FormField, string>> = {};
  const text = (name: FormField) => (values.get(name) ?? '').trim();

  const status = text('statut') as BillingStatus;
  if (!billingStatuses.includes(status)) errors.statut = 'Choisissez le statut du médicament.';

  const price = parseFrenchDecimal(text('prix'));
  if (text('prix') === '') errors.prix = 'Indiquez le prix par UCD, par exemple 12,50.';
  else if (Number.isNaN(price)) errors.prix = 'Le prix doit être un nombre, par exemple 12,50.';

  const quantityText = text('ucd');
  const quantity = /^\d+$/.test(quantityText) ? Number(quantityText) : Number.NaN;
  if (Number.isNaN(quantity)) errors.ucd = "Le nombre d'UCD doit être un entier, par exemple 3.";

  const rateText = text('taux');
  const rate = rateText === '' ? undefined : Number(rateText);

  const optionalNumber = (name: 'marge' | 'tva', label: string) => {
    if (text(name) === '') return undefined;
    const value = parseFrenchDecimal(text(name));
    if (Number.isNaN(value)) errors[name] = `${label} doit être un nombre, par exemple ${name === 'tva' ? '2,1' : '22'}.`;
    return value;
  };
  const flatMargin = optionalNumber('marge', 'La marge');
  const vatRate = optionalNumber('tva', 'Le taux de TVA');

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const input: BillingInput = {
    status,
    unitPriceHT: price,
    quantity,
    reimbursementRate: rate as BillingInput['reimbursementRate'],
    flatMargin,
    vatRate,
  };
  try {
    return { ok: true, input, result: computeBilling(input, data) };
  } catch (error) {
    if (error instanceof BillingInputError) return { ok: false, errors: { [fieldOfInput[error.field]]: error.message } };
    throw error;
  }
}
