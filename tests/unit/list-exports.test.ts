import { describe, expect, it } from 'vitest';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import { exportsOf, listExports, renderListCsv } from '../../src/lib/open-data/list-exports.ts';
import { allSourceIds, bdpmOnlyIds, manifestWith } from '../helpers/manifest.ts';

const shortageMedicine: Medicine = {
  ...emptyMedicine('60000022', '60000022', 'VALPROATE "DÉMO" 500 mg'),
  inBdpm: true,
  shortageState: 'rupture',
  shortages: [
    {
      cip13: '3400930000237',
      state: 'rupture',
      label: null,
      startDate: '2025-05-12',
      updatedDate: '2025-07-04',
      availableAgainDate: null,
      ansmUrl: null,
      from: { source: 'CIS_CIP_Dispo_Spec.txt', row: 2 },
    },
  ],
  presentations: [
    {
      cip7: '3000022',
      cip13: '3400930000222',
      label: null,
      adminStatus: null,
      commercialStatus: null,
      commercialisationDate: null,
      collectivities: null,
      reimbursementRate: 100,
      price: 7.54,
      priceWithFee: 8.56,
      dispensingFee: 1.02,
      reimbursementNotes: null,
    },
    {
      cip7: '3000023',
      cip13: '3400930000237',
      label: null,
      adminStatus: null,
      commercialStatus: null,
      commercialisationDate: null,
      collectivities: null,
      reimbursementRate: 100,
      price: null,
      priceWithFee: null,
      dispensingFee: null,
      reimbursementNotes: null,
    },
  ],
};

describe('list exports', () => {
  it('writes one CSV row per shortage report, French dates and decimal comma, quotes doubled, for Excel (BOM, semicolons, CRLF)', () => {
    const ruptures = listExports.find((definition) => definition.file === 'ruptures.csv')!;
    const csv = renderListCsv(ruptures, [shortageMedicine, { ...emptyMedicine('60000011', '60000011', 'SANS RUPTURE'), inBdpm: true }]);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF"identifiant";"code_cis";"denomination";"etat";"code_cip13";"date_debut";"date_mise_a_jour";"date_remise_a_disposition";"prix_max_presentations"',
      '"60000022";"60000022";"VALPROATE ""DÉMO"" 500 mg";"Rupture de stock";"3400930000237";"12/05/2025";"04/07/2025";"";"7,54"',
      '',
    ]);
  });

  it('documents every column it writes', () => {
    const onEveryList: Medicine = {
      ...shortageMedicine,
      mitm: { atc: 'N03AG01', name: null, from: [{ source: 'CIS_MITM.txt', row: 1 }] },
      retrocession: [
        {
          ucd: '9000022',
          cip13: null,
          name: 'VALPROATE',
          substance: null,
          laboratory: 'LABO',
          authorisation: 'AMM',
          inscriptionDate: '2024-01-23',
          remarks: null,
          from: { source: 'r.xlsx', row: 2 },
        },
      ],
      accesDerogatoire: [
        {
          type: 'CPC',
          name: 'VALPROATE',
          substance: null,
          ucd: null,
          indication: 'X',
          status: 'En cours',
          startDate: '2022-03-15',
          endDate: null,
          laboratory: null,
          putRdUrl: null,
          rcpUrl: null,
          conditionsUrl: null,
          from: { source: 'a.xlsx', row: 2 },
        },
      ],
    };
    for (const definition of listExports) {
      const rows = definition.rows([onEveryList]);
      expect(rows.length, definition.file).toBeGreaterThan(0);
      for (const row of rows) expect(row, definition.file).toHaveLength(definition.columns.length);
    }
  });

  it('leaves out the price of a presentation declared stopped', () => {
    const ruptures = listExports.find((definition) => definition.file === 'ruptures.csv')!;
    const [first, ...others] = shortageMedicine.presentations;
    const stopped = { ...shortageMedicine, presentations: [{ ...first, commercialStatus: "Déclaration d'arrêt de commercialisation" }, ...others] };
    expect(ruptures.rows([stopped])[0].at(-1)).toBeNull();
  });

  it('publishes no file for a list this build did not load, and names it', () => {
    const bdpmOnly = exportsOf(manifestWith(bdpmOnlyIds));
    expect(bdpmOnly.published.map((definition) => definition.file)).toEqual(['liste-mitm.csv', 'ruptures.csv']);
    expect(bdpmOnly.notLoaded.map((definition) => definition.file)).toEqual(['liste-retrocession.csv', 'acces-derogatoire.csv']);
    expect(exportsOf(manifestWith(allSourceIds)).notLoaded).toEqual([]);
    expect(exportsOf(manifestWith(['medicines', 'mitmList'])).published.map((definition) => definition.file)).toEqual(['liste-mitm.csv']);
  });
});
