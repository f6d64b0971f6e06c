/**
 * Shape of content/billing.json. Parsed once, by ./data.ts; the browser gets the parsed
 * data from the page, so zod stays out of its bundle.
 */
import { z } from 'zod';
import { billingStatuses, prestationCodes, reimbursementRates } from './statuses.ts';

const sourceLinkSchema = z.object({ label: z.string(), url: z.url() });
const parameterSchema = z.object({
  value: z.number().nonnegative(),
  unit: z.string(),
  reference: z.string(),
  effectiveDate: z.string().nullable(),
  confidence: z.string(),
  caveat: z.string(),
  sources: z.array(sourceLinkSchema),
});

export const billingDataSchema = z.object({
  source: z.object({ title: z.string(), nor: z.string(), section: z.string(), signed: z.string() }),
  formula: z.string(),
  /** Where the formula's parts come from, and what is read into it. */
  formulaNote: z.string(),
  statuses: z.array(
    z.object({
      id: z.enum(billingStatuses),
      label: z.string(),
      base: z.enum(['purchase-price', 'manufacturer-price']),
      baseLabel: z.string(),
      baseReference: z.string(),
      patientShare: z.enum(['none', 'rate']),
      patientShareLabel: z.string(),
      patientShareReference: z.string().optional(),
      prestationCodes: z.array(z.enum(prestationCodes)).min(1),
      ucdRequired: z.boolean(),
      ucdLabel: z.string(),
      statusReference: z.string().optional(),
    }),
  ),
  prestationCodes: z.array(z.object({ code: z.enum(prestationCodes), rate: z.literal(reimbursementRates), label: z.string() })),
  parameters: z.object({ flatMargin: parameterSchema, vatRate: parameterSchema }),
  rounding: z.string(),
});

export type BillingData = z.infer<typeof billingDataSchema>;
