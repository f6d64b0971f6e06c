import { describe, expect, it } from 'vitest';
import { evaluateForm } from '../../src/lib/billing-form.ts';
import { billingData } from '../../src/lib/billing/data.ts';

const form = (values: Record<string, string>) => new URLSearchParams(values);

describe('evaluateForm', () => {
  it('reads French decimals and computes', () => {
    const outcome = evaluateForm(form({ statut: 'mitm-hospital', prix: '12,50', ucd: '2', taux: '65', marge: '22', tva: '2,1' }), billingData);
    expect(outcome).toMatchObject({ ok: true, result: { prestationCode: 'PHS', amountTTC: 47.99 } });
  });

  it('falls back on the data file defaults for empty margin and VAT', () => {
    const outcome = evaluateForm(form({ statut: 'import', prix: '10', ucd: '3', marge: '', tva: '' }), billingData);
    expect(outcome).toMatchObject({ ok: true, result: { amountTTC: 53.09 } });
  });

  it('names every wrong field at once', () => {
    const outcome = evaluateForm(form({ statut: '', prix: 'douze', ucd: '1,5', marge: 'x', tva: '' }), billingData);
    expect(outcome.ok).toBe(false);
    expect(Object.keys(outcome.ok ? {} : outcome.errors).sort()).toEqual(['marge', 'prix', 'statut', 'ucd']);
  });

  it('reports the rule errors of computeBilling on their field', () => {
    expect(evaluateForm(form({ statut: 'mitm-city', prix: '5', ucd: '0', taux: '65' }), billingData)).toMatchObject({
      ok: false,
      errors: { ucd: expect.any(String) },
    });
    expect(evaluateForm(form({ statut: 'mitm-city', prix: '5', ucd: '1', taux: '' }), billingData)).toMatchObject({
      ok: false,
      errors: { taux: expect.stringContaining('taux') },
    });
    expect(evaluateForm(form({ statut: 'mitm-city', prix: '-5', ucd: '1', taux: '30' }), billingData)).toMatchObject({
      ok: false,
      errors: { prix: expect.any(String) },
    });
  });
});
