import { describe, expect, it } from 'vitest';
import rawBillingData from '../../content/billing.json' with { type: 'json' };
import { type BillingInput, BillingInputError, computeBilling, roundToCent } from '../../src/lib/billing.ts';
import { billingData } from '../../src/lib/billing/data.ts';
import { billingDataSchema } from '../../src/lib/billing/schema.ts';

describe('billing data file', () => {
  it('is parsed whole: no key of the file is dropped by the schema', () => {
    expect(billingData).toEqual(rawBillingData);
  });

  it('fails to parse when an edit breaks the rules the calculator relies on', () => {
    const withRate = (rate: number) => ({ ...rawBillingData, prestationCodes: [{ code: 'PHS', rate, label: 'x' }] });
    expect(billingDataSchema.safeParse(withRate(65)).success).toBe(true);
    expect(billingDataSchema.safeParse(withRate(50)).success).toBe(false);
    const unknownStatus = { ...rawBillingData, statuses: [{ ...rawBillingData.statuses[0], id: 'other' }] };
    expect(billingDataSchema.safeParse(unknownStatus).success).toBe(false);
  });

  it('carries the defaults (22 € per line, 2.1 % VAT), each with references', () => {
    expect(billingData.parameters.flatMargin.value).toBe(22);
    expect(billingData.parameters.vatRate.value).toBe(2.1);
    for (const parameter of Object.values(billingData.parameters)) {
      expect(parameter.reference).not.toBe('');
      expect(parameter.sources.length).toBeGreaterThan(0);
    }
    expect(billingData.statuses.map((s) => [s.id, s.prestationCodes.join('/'), s.ucdRequired])).toEqual([
      ['import', 'PHI', false],
      ['mitm-hospital', 'PHH/PHS/PHQ', true],
      ['mitm-city', 'PHH/PHS/PHQ', true],
    ]);
  });
});

describe('billing data wording (issue 16)', () => {
  it('asserts nothing unknown: no "HT" in parameter names, rounding labelled as a convention, unknown dates left empty', () => {
    for (const name of Object.keys(billingData.parameters)) expect(name).not.toMatch(/HT|TTC/);
    expect(billingData.rounding).toMatch(/^Convention de ce site/);
    expect(billingData.parameters.flatMargin.effectiveDate).toBeNull();
    expect(billingData.parameters.flatMargin.reference).not.toMatch(/R\. 5126-107 à R\. 5126-109 du code/);
    for (const parameter of Object.values(billingData.parameters)) {
      for (const source of parameter.sources) expect(source.url).toMatch(/^https:\/\/[^/]+\/./);
    }
  });
});

describe('computeBilling', () => {
  // Expected amounts worked out by hand: HT = price × UCD + margin; VAT on rounded HT; insurer = TTC × rate.
  it.each<[string, BillingInput, Partial<ReturnType<typeof computeBilling>>]>([
    [
      'import: PHI, 100 %, no UCD code, defaults',
      { status: 'import', unitPriceHT: 10, quantity: 3 },
      {
        prestationCode: 'PHI',
        ucdRequired: false,
        reimbursementRate: 100,
        baseHT: 30,
        amountHT: 52,
        vatAmount: 1.09,
        amountTTC: 53.09,
        insurerShare: 53.09,
        patientShare: 0,
      },
    ],
    [
      'import ignores a rate given by mistake',
      { status: 'import', unitPriceHT: 10, quantity: 3, reimbursementRate: 30 },
      { prestationCode: 'PHI', reimbursementRate: 100, patientShare: 0 },
    ],
    [
      'MITM hospital at 100 %: PHH',
      { status: 'mitm-hospital', unitPriceHT: 12.5, quantity: 2, reimbursementRate: 100 },
      { prestationCode: 'PHH', ucdRequired: true, amountHT: 47, vatAmount: 0.99, amountTTC: 47.99, insurerShare: 47.99, patientShare: 0 },
    ],
    [
      'MITM hospital at 65 %: PHS',
      { status: 'mitm-hospital', unitPriceHT: 12.5, quantity: 2, reimbursementRate: 65 },
      { prestationCode: 'PHS', amountTTC: 47.99, insurerShare: 31.19, patientShare: 16.8 },
    ],
    [
      'MITM hospital at 30 %: PHQ',
      { status: 'mitm-hospital', unitPriceHT: 12.5, quantity: 2, reimbursementRate: 30 },
      { prestationCode: 'PHQ', amountTTC: 47.99, insurerShare: 14.4, patientShare: 33.59 },
    ],
    [
      'MITM city at 100 %: PHH',
      { status: 'mitm-city', unitPriceHT: 4.35, quantity: 5, reimbursementRate: 100 },
      { prestationCode: 'PHH', ucdRequired: true, baseHT: 21.75, amountHT: 43.75, vatAmount: 0.92, amountTTC: 44.67, insurerShare: 44.67, patientShare: 0 },
    ],
    [
      'MITM city at 65 %: PHS',
      { status: 'mitm-city', unitPriceHT: 4.35, quantity: 5, reimbursementRate: 65 },
      { prestationCode: 'PHS', amountTTC: 44.67, insurerShare: 29.04, patientShare: 15.63 },
    ],
    [
      'MITM city at 30 %: PHQ',
      { status: 'mitm-city', unitPriceHT: 4.35, quantity: 5, reimbursementRate: 30 },
      { prestationCode: 'PHQ', amountTTC: 44.67, insurerShare: 13.4, patientShare: 31.27 },
    ],
    [
      'VAT and margin overridden',
      { status: 'mitm-city', unitPriceHT: 10, quantity: 1, reimbursementRate: 65, vatRate: 5.5, flatMargin: 0 },
      { vatRate: 5.5, flatMargin: 0, amountHT: 10, vatAmount: 0.55, amountTTC: 10.55, insurerShare: 6.86, patientShare: 3.69 },
    ],
    [
      'half a cent rounds up',
      { status: 'import', unitPriceHT: 0.335, quantity: 3, vatRate: 0, flatMargin: 0 },
      { baseHT: 1.01, amountHT: 1.01, amountTTC: 1.01 },
    ],
    [
      'a free medicine still bears the margin',
      { status: 'mitm-hospital', unitPriceHT: 0, quantity: 1, reimbursementRate: 65 },
      { baseHT: 0, amountHT: 22, vatAmount: 0.46, amountTTC: 22.46, insurerShare: 14.6, patientShare: 7.86 },
    ],
  ])('%s', (_name, input, expected) => {
    expect(computeBilling(input, billingData)).toMatchObject(expected);
  });

  it('applies the data file defaults when VAT and margin are not given', () => {
    const result = computeBilling({ status: 'import', unitPriceHT: 1, quantity: 1 }, billingData);
    expect([result.vatRate, result.flatMargin]).toEqual([2.1, 22]);
  });

  it.each<[string, Partial<BillingInput>, string, keyof BillingInput]>([
    ['negative price', { unitPriceHT: -1 }, 'invalid-price', 'unitPriceHT'],
    ['NaN price', { unitPriceHT: Number.NaN }, 'invalid-price', 'unitPriceHT'],
    ['infinite price', { unitPriceHT: Number.POSITIVE_INFINITY }, 'invalid-price', 'unitPriceHT'],
    ['zero quantity', { quantity: 0 }, 'invalid-quantity', 'quantity'],
    ['fractional quantity', { quantity: 1.5 }, 'invalid-quantity', 'quantity'],
    ['negative quantity', { quantity: -2 }, 'invalid-quantity', 'quantity'],
    ['missing rate for a MITM', { reimbursementRate: undefined }, 'missing-rate', 'reimbursementRate'],
    ['15 % rate has no code', { reimbursementRate: 15 as never }, 'unknown-rate', 'reimbursementRate'],
    ['negative VAT', { vatRate: -1 }, 'invalid-vat', 'vatRate'],
    ['VAT over 100 %', { vatRate: 101 }, 'invalid-vat', 'vatRate'],
    ['negative margin', { flatMargin: -0.01 }, 'invalid-margin', 'flatMargin'],
    ['unknown status', { status: 'atu' as never }, 'unknown-status', 'status'],
  ])('rejects %s with a typed error', (_name, change, code, field) => {
    const input: BillingInput = { status: 'mitm-hospital', unitPriceHT: 10, quantity: 1, reimbursementRate: 65, ...change };
    const error = (() => {
      try {
        computeBilling(input, billingData);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(BillingInputError);
    expect(error).toMatchObject({ code, field });
  });
});

describe('roundToCent', () => {
  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [0.994999, 0.99],
    [47.99, 47.99],
  ])('%d → %d', (input, expected) => expect(roundToCent(input)).toBe(expected));
});
