/**
 * content/billing.json, parsed once by its schema: a wrong edit of the file fails the
 * build. The /facturation/ page renders from this object and hands it, serialised, to the
 * calculator script; the tests import it too. Not for the browser bundle (it pulls zod).
 */
import rawBillingData from '../../../content/billing.json' with { type: 'json' };
import { type BillingData, billingDataSchema } from './schema.ts';

export const billingData: BillingData = billingDataSchema.parse(rawBillingData);
