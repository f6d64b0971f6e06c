import { describe, expect, it } from 'vitest';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import { CODE_WEIGHT, NAME_WEIGHT, searchSummaryOf } from '../../src/lib/search-summary.ts';

const medicine = (change: Partial<Medicine> = {}): Medicine => ({
  ...emptyMedicine('60000001', '60000001', 'PARACETAMOL EXEMPLE 1000 mg, comprimé'),
  inBdpm: true,
  form: 'comprimé',
  routes: ['orale'],
  holders: ['EXEMPLE'],
  ...change,
});
const text = (lines: ReturnType<typeof searchSummaryOf>) => lines.map((line) => line.map((part) => part.text).join(''));

describe('searchSummaryOf', () => {
  it('writes the name, form, composition, holder and codes as sentences that never run together', () => {
    const lines = searchSummaryOf(
      medicine({
        substances: [{ element: null, substanceCode: null, name: 'PARACÉTAMOL', dosage: '1000 mg', dosageReference: 'un comprimé', nature: 'SA', link: null }],
        presentations: [
          {
            cip7: '3000011',
            cip13: '3400930000011',
            label: null,
            adminStatus: null,
            commercialStatus: null,
            commercialisationDate: null,
            collectivities: null,
            reimbursementRate: null,
            price: null,
            priceWithFee: null,
            dispensingFee: null,
            reimbursementNotes: null,
          },
        ],
      }),
    );
    expect(text(lines)).toEqual([
      'PARACETAMOL EXEMPLE 1000 mg, comprimé.',
      'Comprimé, voie orale.',
      'Composition : PARACÉTAMOL 1000 mg pour un comprimé.',
      'Titulaire : EXEMPLE.',
      'CIS 60000001 · CIP13 3400930000011 · CIP7 3000011',
    ]);
    expect(lines[0][0].weight).toBe(NAME_WEIGHT);
    expect(
      lines
        .at(-1)!
        .filter((part) => part.weight === CODE_WEIGHT)
        .map((part) => part.text),
    ).toEqual(['60000001', '3400930000011', '3000011']);
    for (const line of text(lines).slice(0, -1)) expect(line).toMatch(/\.$/);
  });

  it('names the lists and the shortage state, and the codes only the lists know', () => {
    const lines = text(
      searchSummaryOf(
        medicine({
          cis: null,
          mitm: { atc: 'J01CA04', name: null, from: [{ source: 'mitm', row: 2 }] },
          shortageState: 'rupture',
          retrocession: [
            {
              ucd: '9000081',
              cip13: null,
              name: 'PARACETAMOL HOPITAL',
              substance: 'paracétamol',
              laboratory: 'LABO',
              authorisation: 'AI',
              inscriptionDate: null,
              remarks: null,
              from: { source: 'retrocession', row: 3 },
            },
          ],
        }),
      ),
    );
    expect(lines).toContain('Titulaire : EXEMPLE, LABO.');
    expect(lines).toContain('Aussi inscrit sous : PARACETAMOL HOPITAL.');
    expect(lines).toContain('Rétrocession, MITM, Rupture de stock.');
    expect(lines).toContain('Classe ATC J01CA04.');
    expect(lines.at(-1)).toBe('UCD 9000081');
  });

  it('names the regimes of its prescription conditions, in the words of the filters', () => {
    const lines = text(
      searchSummaryOf(
        medicine({
          prescriptionConditions: [
            { text: 'stupéfiants', category: 'stupefiants', detail: null },
            { text: "réservé à l'usage HOSPITALIER", category: 'rh', detail: null },
            { text: 'prescription limitée à 28 jours', category: 'duree', detail: '28 jours' },
          ],
        }),
      ),
    );
    expect(lines).toContain("Conditions de prescription : Stupéfiant, Réservé à l'usage hospitalier.");
  });

  it('states each dose with its reference quantity, as the medicine page does', () => {
    const lines = text(
      searchSummaryOf(
        medicine({
          substances: [
            { element: 'solution', substanceCode: '74148', name: 'LINÉZOLIDE', dosage: '2 mg', dosageReference: '1 ml de solution', nature: 'SA', link: '5' },
            { element: 'solution', substanceCode: '04442', name: 'METFORMINE', dosage: '780 mg', dosageReference: 'un comprimé', nature: 'FT', link: '1' },
          ],
        }),
      ),
    );
    expect(lines).toContain('Composition : LINÉZOLIDE 2 mg pour 1 ml de solution, METFORMINE 780 mg pour un comprimé (fraction thérapeutique).');
  });
});
