import { describe, expect, it } from 'vitest';
import { joinMedicines, nameFromAnsmUrl } from '../../scripts/lib/join-medicines.ts';
import type { ParsedSource } from '../../scripts/lib/parse/records.ts';

function source<T>(file: string, values: T[]): ParsedSource<T> {
  return { file, records: values.map((value, index) => ({ row: index + 1, value })), rejections: [], duplicates: [], read: values.length, warnings: [] };
}

const bdpmRow = (cis: string, name: string) => ({
  cis,
  name,
  form: 'comprimé',
  routes: 'orale;sublinguale',
  ammStatus: 'Autorisation active',
  procedure: null,
  commercialStatus: 'Commercialisée',
  ammDate: '2020-01-01',
  bdpmStatus: null,
  euNumber: null,
  holders: ' LAB A; LAB B',
  enhancedMonitoring: false,
});

const shortageRow = (cis: string, state: 'rupture' | 'tension' | 'arret' | 'remise') => ({
  cis,
  cip13: null,
  state,
  stateLabel: null,
  startDate: null,
  updatedDate: null,
  availableAgainDate: null,
  ansmUrl: 'https://ansm.sante.fr/disponibilites-des-produits-de-sante/medicaments/semap-20-mg-comprime',
});

describe('joinMedicines', () => {
  it('splits routes and holders, and keeps BDPM medicines on no list as plain entries', () => {
    const { medicines } = joinMedicines({ medicines: source('CIS_bdpm.txt', [bdpmRow('60000001', 'A')]) });
    expect(medicines).toHaveLength(1);
    expect(medicines[0]).toMatchObject({
      id: '60000001',
      inBdpm: true,
      routes: ['orale', 'sublinguale'],
      holders: ['LAB A', 'LAB B'],
      mitm: null,
      retrocession: [],
    });
  });

  it('gives an entry to a list row whose CIS the BDPM lacks', () => {
    const { medicines } = joinMedicines({
      medicines: source('CIS_bdpm.txt', [bdpmRow('60000001', 'A')]),
      mitm: source('CIS_MITM.txt', [{ cis: '69590076', atc: 'C09CA03', name: 'VALSARTAN', bdpmUrl: null }]),
      shortages: source('CIS_CIP_Dispo_Spec.txt', [shortageRow('63877443', 'rupture')]),
    });
    expect(medicines.map((m) => [m.id, m.inBdpm, m.name])).toEqual([
      ['60000001', true, 'A'],
      ['63877443', false, 'SEMAP 20 MG COMPRIME'],
      ['69590076', false, 'VALSARTAN'],
    ]);
  });

  it('keys entries without CIS by UCD or by name', () => {
    const { medicines } = joinMedicines({
      retrocession: source('r.xlsx', [
        {
          cis: null,
          ucd: '9000081',
          cip13: null,
          name: 'IMPORTÉ',
          substance: null,
          laboratory: null,
          authorisation: 'AI' as const,
          inscriptionDate: null,
          remarks: null,
        },
      ]),
      accesDerogatoire: source('ad.xlsx', [
        {
          type: 'AAC' as const,
          name: 'Molécule X 10 mg',
          substance: null,
          cis: null,
          ucd: null,
          indication: null,
          status: null,
          startDate: null,
          endDate: null,
          laboratory: null,
          putRdUrl: null,
          rcpUrl: null,
          conditionsUrl: null,
        },
      ]),
    });
    expect(medicines.map((m) => m.id)).toEqual(['nom-molecule-x-10-mg', 'ucd-9000081']);
  });

  it('rejects detail rows that have no BDPM medicine to attach to', () => {
    const { orphans } = joinMedicines({
      medicines: source('CIS_bdpm.txt', [bdpmRow('60000001', 'A')]),
      prescriptionConditions: source('CIS_CPD_bdpm.txt', [{ cis: '60000002', condition: 'liste I' }]),
    });
    expect(orphans).toEqual([{ file: 'CIS_CPD_bdpm.txt', row: 1, column: '1 (code CIS)', reason: 'CIS 60000002 absent de CIS_bdpm.txt' }]);
  });

  it('classifies prescription conditions and attaches generic-group memberships with the members CIS_bdpm.txt lacks', () => {
    const { medicines, orphans } = joinMedicines({
      medicines: source('CIS_bdpm.txt', [bdpmRow('60000001', 'A')]),
      prescriptionConditions: source('CIS_CPD_bdpm.txt', [{ cis: '60000001', condition: 'prescription initiale hospitalière semestrielle' }]),
      genericGroups: source('CIS_GENER_bdpm.txt', [
        { groupId: '12', label: 'A 10 mg - B 10 mg', cis: '60000001', type: 'generique' as const, order: 2 },
        { groupId: '12', label: 'A 10 mg - B 10 mg', cis: '60000009', type: 'princeps' as const, order: 1 },
        { groupId: '13', label: 'C 5 mg', cis: '60000008', type: 'princeps' as const, order: 1 },
      ]),
    });
    expect(medicines[0].prescriptionConditions).toEqual([{ text: 'prescription initiale hospitalière semestrielle', category: 'pih', detail: 'semestrielle' }]);
    expect(medicines[0].genericGroups).toEqual([
      {
        id: '12',
        label: 'A 10 mg - B 10 mg',
        type: 'generique',
        order: 2,
        from: { source: 'CIS_GENER_bdpm.txt', row: 1 },
        absentMembers: [{ cis: '60000009', type: 'princeps', order: 1, from: { source: 'CIS_GENER_bdpm.txt', row: 2 } }],
      },
    ]);
    // A member absent from CIS_bdpm.txt is kept with its group; a group with no member there has no page to show it.
    expect(orphans).toEqual([
      { file: 'CIS_GENER_bdpm.txt', row: 3, column: '3 (code CIS)', reason: 'CIS 60000008 absent de CIS_bdpm.txt, comme tous les membres du groupe 13' },
    ]);
  });

  it('says where the name of an entry known only from the shortage file comes from', () => {
    const { medicines } = joinMedicines({
      medicines: source('CIS_bdpm.txt', [bdpmRow('60000001', 'A')]),
      shortages: source('CIS_CIP_Dispo_Spec.txt', [
        shortageRow('60000001', 'rupture'),
        shortageRow('60000002', 'rupture'),
        { ...shortageRow('60000003', 'rupture'), ansmUrl: null },
      ]),
    });
    expect(medicines.map(({ name, nameOrigin }) => [name, nameOrigin])).toEqual([
      ['A', 'file'],
      ['SEMAP 20 MG COMPRIME', 'ansm-url'],
      ['CIS 60000003', 'cis'],
    ]);
  });

  it('takes the most pressing shortage state of a medicine', () => {
    const { medicines } = joinMedicines({
      medicines: source('CIS_bdpm.txt', [bdpmRow('60000001', 'A')]),
      shortages: source('CIS_CIP_Dispo_Spec.txt', [shortageRow('60000001', 'remise'), shortageRow('60000001', 'tension'), shortageRow('60000001', 'arret')]),
    });
    expect(medicines[0].shortageState).toBe('tension');
    expect(medicines[0].shortages).toHaveLength(3);
  });

  it('merges the MITM text file and spreadsheet into one membership', () => {
    const { medicines } = joinMedicines({
      medicines: source('CIS_bdpm.txt', [bdpmRow('60000001', 'A')]),
      mitm: source('CIS_MITM.txt', [{ cis: '60000001', atc: null, name: 'A', bdpmUrl: null }]),
      mitmList: source('liste-mitm.xlsx', [{ cis: '60000001', atc: 'N03AG01', name: 'A', bdpmUrl: null }]),
    });
    expect(medicines[0].mitm).toEqual({
      atc: 'N03AG01',
      name: 'A',
      from: [
        { source: 'CIS_MITM.txt', row: 1 },
        { source: 'liste-mitm.xlsx', row: 1 },
      ],
    });
  });
});

describe('nameFromAnsmUrl', () => {
  it('reads the name at the end of an ANSM address', () => {
    expect(nameFromAnsmUrl('https://ansm.sante.fr/x/medicaments/semap-20-mg-comprime')).toBe('SEMAP 20 MG COMPRIME');
    expect(nameFromAnsmUrl(null)).toBeNull();
  });
});
