import { describe, expect, it } from 'vitest';
import { billingPageData } from '../../src/lib/billing-page.ts';
import type { BillingData } from '../../src/lib/billing/schema.ts';

const parameter = (value: number, unit: string, effectiveDate: string | null): BillingData['parameters']['flatMargin'] => ({
  value,
  unit,
  reference: `Référence ${unit}`,
  effectiveDate,
  confidence: 'à vérifier',
  caveat: 'Réserve.',
  sources: [{ label: 'Texte', url: 'https://exemple.fr/texte' }],
});

const data: BillingData = {
  source: { title: 'Note 2024/160', nor: 'NOR0000000N', section: '3. Facturation', signed: '2024-12-03' },
  formula: 'prix + marge + TVA',
  formulaNote: 'Lecture.',
  statuses: [
    {
      id: 'import',
      label: 'Importé',
      base: 'purchase-price',
      baseLabel: "Prix d'achat",
      baseReference: 'II de R. 163-9-2',
      patientShare: 'none',
      patientShareLabel: 'Aucune',
      patientShareReference: 'R. 160-8',
      prestationCodes: ['PHI'],
      ucdRequired: false,
      ucdLabel: 'Non requis',
      statusReference: 'R. 5121-108',
    },
    {
      id: 'mitm-hospital',
      label: 'MITM hôpital',
      base: 'purchase-price',
      baseLabel: "Prix d'achat",
      baseReference: 'III de R. 163-9-2',
      patientShare: 'rate',
      patientShareLabel: 'Taux de la spécialité',
      prestationCodes: ['PHH', 'PHS', 'PHQ'],
      ucdRequired: true,
      ucdLabel: 'Obligatoire',
    },
  ],
  prestationCodes: [
    { code: 'PHH', rate: 100, label: 'Pris en charge à 100 %' },
    { code: 'PHI', rate: 100, label: 'Importé' },
  ],
  parameters: { flatMargin: parameter(22, '€ par ligne', null), vatRate: parameter(2.1, '%', '2024-01-01') },
  rounding: 'Au centime.',
};

describe('billingPageData', () => {
  const page = billingPageData(data);

  it('gives each status its row of the rules table, codes joined, missing references as null', () => {
    expect(page.statuses).toEqual([
      {
        id: 'import',
        label: 'Importé',
        statusReference: 'R. 5121-108',
        baseLabel: "Prix d'achat",
        baseReference: 'II de R. 163-9-2',
        patientShareLabel: 'Aucune',
        patientShareReference: 'R. 160-8',
        codes: 'PHI',
        ucdLabel: 'Non requis',
      },
      {
        id: 'mitm-hospital',
        label: 'MITM hôpital',
        statusReference: null,
        baseLabel: "Prix d'achat",
        baseReference: 'III de R. 163-9-2',
        patientShareLabel: 'Taux de la spécialité',
        patientShareReference: null,
        codes: 'PHH, PHS, PHQ',
        ucdLabel: 'Obligatoire',
      },
    ]);
    expect(page.prestationCodes).toEqual([
      { code: 'PHH', label: 'Pris en charge à 100 %' },
      { code: 'PHI', label: 'Importé' },
    ]);
  });

  it('shows the parameters the French way, with "non établie" for an unknown effective date', () => {
    expect(page.parameters.map(({ name, anchor, shown, effectiveDate }) => ({ name, anchor, shown, effectiveDate }))).toEqual([
      { name: 'Marge forfaitaire', anchor: 'param-Marge forfaitaire', shown: '22 € par ligne', effectiveDate: 'non établie' },
      { name: 'TVA', anchor: 'param-TVA', shown: '2,1 %', effectiveDate: '2024-01-01' },
    ]);
    expect(page.signedOn).toBe('03/12/2024');
  });

  it('starts the calculator on a hospital MITM, with the file’s margin and VAT as typed defaults', () => {
    expect(page.calculator).toEqual({
      statuses: [
        { id: 'import', label: 'Importé (PHI)', checked: false },
        { id: 'mitm-hospital', label: 'MITM hôpital (PHH, PHS, PHQ)', checked: true },
      ],
      rates: [100, 65, 30],
      margin: '22',
      vat: '2,1',
    });
  });

  it('hands the calculator the whole data, safe inside a script element', () => {
    expect(JSON.parse(page.json)).toEqual(data);
    expect(billingPageData({ ...data, rounding: '</script>' }).json).toContain('"rounding":"\\u003c/script>"');
  });
});
