/**
 * The closed sets of the billing rules: medicine statuses, reimbursement rates and
 * prestation codes. No zod here: the calculator's browser bundle imports this module.
 */
export const billingStatuses = ['import', 'mitm-hospital', 'mitm-city'] as const;
export type BillingStatus = (typeof billingStatuses)[number];

/** The rates a specialty can be reimbursed at, each with its own prestation code (PHH, PHS, PHQ). */
export const reimbursementRates = [100, 65, 30] as const;
export type ReimbursementRate = (typeof reimbursementRates)[number];

export const prestationCodes = ['PHH', 'PHS', 'PHQ', 'PHI'] as const;
export type PrestationCode = (typeof prestationCodes)[number];
