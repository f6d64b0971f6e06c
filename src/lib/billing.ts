/**
 * Billing of a medicine sold to the public by a PUI during a shortage or under an import
 * authorisation (note DGOS/DSS/DGS n° 2024/160, section 3). Pure: the calculator runs it in
 * the browser with the data the page hands over, the tests with ./billing/data.ts.
 */
import type { BillingData } from './billing/schema.ts';
import type { BillingStatus, PrestationCode, ReimbursementRate } from './billing/statuses.ts';

export interface BillingInput {
  status: BillingStatus;
  /** Price per UCD, excluding VAT, in euros. */
  unitPriceHT: number;
  /** Number of UCD dispensed on the prescription line. */
  quantity: number;
  /** Required for the MITM statuses. */
  reimbursementRate?: ReimbursementRate;
  /** Percent; defaults to the data file's. */
  vatRate?: number;
  /** Euros per prescription line; defaults to the data file's. */
  flatMargin?: number;
}

export interface BillingResult {
  prestationCode: PrestationCode;
  ucdRequired: boolean;
  /** The rate actually applied: 100 for an import. */
  reimbursementRate: number;
  vatRate: number;
  flatMargin: number;
  /** unitPriceHT × quantity. */
  baseHT: number;
  amountHT: number;
  vatAmount: number;
  amountTTC: number;
  insurerShare: number;
  patientShare: number;
}

export type BillingErrorCode = 'unknown-status' | 'invalid-price' | 'invalid-quantity' | 'missing-rate' | 'unknown-rate' | 'invalid-vat' | 'invalid-margin';

export class BillingInputError extends Error {
  readonly code: BillingErrorCode;
  readonly field: keyof BillingInput;

  constructor(code: BillingErrorCode, field: keyof BillingInput, message: string) {
    super(message);
    this.name = 'BillingInputError';
    this.code = code;
    this.field = field;
  }
}

/** Rounds to the cent, half a cent going up; toPrecision absorbs binary drift (1.005 × 100 = 100.4999…). */
export function roundToCent(amount: number): number {
  return Math.round(Number((amount * 100).toPrecision(12))) / 100;
}

/** `data` is content/billing.json as parsed by ./billing/data.ts. */
export function computeBilling(input: BillingInput, data: BillingData): BillingResult {
  const status = data.statuses.find(({ id }) => id === input.status);
  if (!status) throw new BillingInputError('unknown-status', 'status', `Statut inconnu : ${String(input.status)}.`);
  if (!Number.isFinite(input.unitPriceHT) || input.unitPriceHT < 0) {
    throw new BillingInputError('invalid-price', 'unitPriceHT', 'Le prix par UCD doit être un nombre positif ou nul.');
  }
  if (!Number.isInteger(input.quantity) || input.quantity < 1) {
    throw new BillingInputError('invalid-quantity', 'quantity', "Le nombre d'UCD doit être un entier supérieur ou égal à 1.");
  }
  const vatRate = input.vatRate ?? data.parameters.vatRate.value;
  if (!Number.isFinite(vatRate) || vatRate < 0 || vatRate > 100) {
    throw new BillingInputError('invalid-vat', 'vatRate', 'Le taux de TVA doit être compris entre 0 et 100 %.');
  }
  const flatMargin = input.flatMargin ?? data.parameters.flatMargin.value;
  if (!Number.isFinite(flatMargin) || flatMargin < 0) {
    throw new BillingInputError('invalid-margin', 'flatMargin', 'La marge forfaitaire doit être un nombre positif ou nul.');
  }

  let prestationCode: PrestationCode;
  let reimbursementRate: number;
  if (status.patientShare === 'none') {
    [prestationCode, reimbursementRate] = [status.prestationCodes[0], 100];
  } else {
    if (input.reimbursementRate === undefined) {
      throw new BillingInputError('missing-rate', 'reimbursementRate', 'Indiquez le taux de prise en charge de la spécialité (100, 65 ou 30 %).');
    }
    const code = data.prestationCodes.find(({ code, rate }) => code !== 'PHI' && rate === input.reimbursementRate)?.code;
    if (!code) {
      throw new BillingInputError(
        'unknown-rate',
        'reimbursementRate',
        `Taux ${String(input.reimbursementRate)} % sans code de prestation : 100, 65 ou 30 % attendu.`,
      );
    }
    [prestationCode, reimbursementRate] = [code, input.reimbursementRate];
  }

  const baseHT = roundToCent(input.unitPriceHT * input.quantity);
  const amountHT = roundToCent(input.unitPriceHT * input.quantity + flatMargin);
  const vatAmount = roundToCent((amountHT * vatRate) / 100);
  const amountTTC = roundToCent(amountHT + vatAmount);
  const insurerShare = roundToCent((amountTTC * reimbursementRate) / 100);
  return {
    prestationCode,
    ucdRequired: status.ucdRequired,
    reimbursementRate,
    vatRate,
    flatMargin,
    baseHT,
    amountHT,
    vatAmount,
    amountTTC,
    insurerShare,
    patientShare: roundToCent(amountTTC - insurerShare),
  };
}
