import { describe, expect, it } from 'vitest';
import { billingStatuses, prestationCodes, reimbursementRates } from '../../src/lib/billing/statuses.ts';

describe('billing statuses, rates and codes', () => {
  it('are the closed sets of note 2024/160, section 3', () => {
    expect(billingStatuses).toEqual(['import', 'mitm-hospital', 'mitm-city']);
    expect(reimbursementRates).toEqual([100, 65, 30]);
    expect(prestationCodes).toEqual(['PHH', 'PHS', 'PHQ', 'PHI']);
  });
});
