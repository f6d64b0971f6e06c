import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../scripts/lib/history/compare-snapshots.ts';
import { bdpmMedicine, presentation } from '../helpers/medicines.ts';

const row = { source: 'CIS_CIP_bdpm.txt', row: 1 };
const medicine = bdpmMedicine;
const box = presentation;
const group = {
  id: '12',
  label: 'PARACÉTAMOL 500 mg',
  type: 'generique' as const,
  order: 1,
  from: { source: 'CIS_GENER_bdpm.txt', row: 3 },
  absentMembers: [],
};
const files = {
  medicines: 'CIS_bdpm.txt',
  presentations: 'CIS_CIP_bdpm.txt',
  prescriptionConditions: 'CIS_CPD_bdpm.txt',
  genericGroups: 'CIS_GENER_bdpm.txt',
  shortages: 'CIS_CIP_Dispo_Spec.txt',
};

const before = [
  medicine('60000001', {
    ammStatus: 'Autorisation active',
    presentations: [box('3400930000011'), box('3400930000022')],
    prescriptionConditions: [{ text: 'Liste I', category: 'liste-i', detail: null }],
    genericGroups: [group],
  }),
  medicine('60000002', { name: 'RETIRÉ 10 mg', presentations: [box('3400930000033')] }),
  medicine('60000004', {
    shortages: [
      {
        cip13: null,
        state: 'rupture',
        label: 'Rupture de stock',
        startDate: '2025-05-02',
        updatedDate: null,
        availableAgainDate: null,
        ansmUrl: null,
        from: row,
      },
    ],
    shortageState: 'rupture',
  }),
  medicine('60000005'),
  medicine('60000006', {
    shortages: [
      {
        cip13: null,
        state: 'tension',
        label: "Tension d'approvisionnement",
        startDate: '2025-03-01',
        updatedDate: null,
        availableAgainDate: null,
        ansmUrl: null,
        from: row,
      },
    ],
    shortageState: 'tension',
  }),
];
const after = [
  medicine('60000001', {
    ammStatus: 'Autorisation retirée',
    presentations: [box('3400930000011', { price: 4.1, priceWithFee: 5.12, reimbursementRate: 30 }), box('3400930000044')],
    prescriptionConditions: [
      { text: 'Liste I', category: 'liste-i', detail: null },
      { text: 'prescription hospitalière', category: 'ph', detail: null },
    ],
    genericGroups: [{ ...group, type: 'princeps' }],
  }),
  medicine('60000003', { name: 'NOUVEAU 5 mg' }),
  medicine('60000004', {
    shortages: [
      {
        cip13: null,
        state: 'rupture',
        label: 'Rupture de stock',
        startDate: '2025-05-02',
        updatedDate: null,
        availableAgainDate: null,
        ansmUrl: null,
        from: row,
      },
    ],
    shortageState: 'rupture',
  }),
  medicine('60000005', {
    shortages: [
      {
        cip13: null,
        state: 'tension',
        label: "Tension d'approvisionnement",
        startDate: '2025-12-01',
        updatedDate: null,
        availableAgainDate: null,
        ansmUrl: null,
        from: row,
      },
    ],
    shortageState: 'tension',
  }),
  medicine('60000006'),
];

describe('comparing two versions of everything the site shows', () => {
  const { changeSet, rejected } = compareSnapshots({ date: '2025-07-01', medicines: before, files }, { date: '2026-01-28', medicines: after, files });
  const of = (id: string) => changeSet.changes.filter((change) => change.id === id).map(({ id: _, name: __, ...change }) => change);

  it('records medicines that entered and left CIS_bdpm.txt once each, without their presentations', () => {
    expect(of('60000003')).toEqual([{ topic: 'bdpm', kind: 'added', files: ['CIS_bdpm.txt'] }]);
    expect(of('60000002')).toEqual([{ topic: 'bdpm', kind: 'removed', files: ['CIS_bdpm.txt'] }]);
    expect(changeSet.changes.find((change) => change.id === '60000002')?.name).toBe('RETIRÉ 10 mg');
  });

  it('records, for a medicine in both, its AMM status, each presentation, conditions with their category and group memberships', () => {
    expect(of('60000001')).toEqual([
      { topic: 'bdpm', kind: 'changed', field: 'ammStatus', old: 'Autorisation active', new: 'Autorisation retirée', files: ['CIS_bdpm.txt'] },
      { topic: 'presentations', kind: 'changed', key: '3400930000011', field: 'reimbursementRate', old: '65', new: '30', files: ['CIS_CIP_bdpm.txt'] },
      { topic: 'presentations', kind: 'changed', key: '3400930000011', field: 'price', old: '4.5', new: '4.1', files: ['CIS_CIP_bdpm.txt'] },
      { topic: 'presentations', kind: 'changed', key: '3400930000011', field: 'priceWithFee', old: '5.52', new: '5.12', files: ['CIS_CIP_bdpm.txt'] },
      { topic: 'presentations', kind: 'removed', key: '3400930000022', old: 'boîte 3400930000022', files: ['CIS_CIP_bdpm.txt'] },
      { topic: 'presentations', kind: 'added', key: '3400930000044', new: 'boîte 3400930000044', files: ['CIS_CIP_bdpm.txt'] },
      { topic: 'conditions', kind: 'added', key: 'prescription hospitalière', category: 'ph', files: ['CIS_CPD_bdpm.txt'] },
      { topic: 'genericGroups', kind: 'changed', key: '12', field: 'type', old: 'generique', new: 'princeps', files: ['CIS_GENER_bdpm.txt'] },
    ]);
  });

  it('records a shortage opened, one closed, and nothing for one that did not move', () => {
    expect(of('60000005')).toEqual([{ topic: 'shortages', kind: 'added', new: 'tension', files: ['CIS_CIP_Dispo_Spec.txt'] }]);
    expect(of('60000006')).toEqual([{ topic: 'shortages', kind: 'removed', old: 'tension', files: ['CIS_CIP_Dispo_Spec.txt'] }]);
    expect(of('60000004')).toEqual([]);
    expect(rejected).toEqual([]);
  });

  it('does not compare a file one version did not read', () => {
    const { presentations: _, ...withoutPresentations } = files;
    const partial = compareSnapshots({ date: '2025-07-01', medicines: before, files: withoutPresentations }, { date: '2026-01-28', medicines: after, files });
    expect(partial.changeSet.changes.filter((change) => change.topic === 'presentations')).toEqual([]);
    // The change set records what was compared, so that "no change" and "not compared" stay apart.
    expect(partial.changeSet.compared).toEqual(['bdpm', 'conditions', 'genericGroups', 'shortages']);
  });

  it('sets aside a change whose value does not fit its field, and writes the others', () => {
    const broken = after.map((m) => (m.id === '60000001' ? { ...m, presentations: [box('3400930000011', { price: -2 }), box('3400930000044')] } : m));
    const result = compareSnapshots({ date: '2025-07-01', medicines: before, files }, { date: '2026-01-28', medicines: broken, files });
    expect(result.rejected).toEqual([
      {
        change: expect.objectContaining({ id: '60000001', topic: 'presentations', key: '3400930000011', field: 'price', old: '4.5', new: '-2' }),
        problems: ['new « -2 » : nombre décimal attendu (point décimal)'],
      },
    ]);
    expect(result.changeSet.changes.some((change) => change.field === 'price')).toBe(false);
    expect(result.changeSet.changes.some((change) => change.key === '3400930000022')).toBe(true);
  });
});

describe('a version whose presentations come from the datapackage (no prices nor rates)', () => {
  it('records no price or rate change, only the presentations added, withdrawn or with a changed marketing status', () => {
    const packaged = { ...files, presentations: 'presentation.csv' };
    const withoutPrices = after.map((entry) => ({
      ...entry,
      presentations: entry.presentations.map((item) => ({ ...item, price: null, priceWithFee: null, reimbursementRate: null })),
    }));
    const { changeSet } = compareSnapshots({ date: '2025-07-01', medicines: before, files }, { date: '2026-01-28', medicines: withoutPrices, files: packaged });
    const presentations = changeSet.changes.filter((change) => change.topic === 'presentations');
    expect(presentations.map(({ kind, key, field }) => [kind, key, field ?? null])).toEqual([
      ['removed', '3400930000022', null],
      ['added', '3400930000044', null],
    ]);
  });
});
