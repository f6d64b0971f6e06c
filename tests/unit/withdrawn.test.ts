import { describe, expect, it } from 'vitest';
import { carryWithdrawn, newlyWithdrawn, withdrawnAsOf } from '../../scripts/lib/history/withdrawn.ts';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import { bdpmMedicine, presentation } from '../helpers/medicines.ts';

const medicine = bdpmMedicine;
const shortage = {
  cip13: null,
  state: 'rupture' as const,
  label: 'Rupture de stock',
  startDate: '2025-05-02',
  updatedDate: null,
  availableAgainDate: null,
  ansmUrl: null,
  from: { source: 'CIS_CIP_Dispo_Spec.txt', row: 2 },
};
const box = presentation('3400930000011');
const gone = medicine('60000002', {
  form: 'comprimé',
  holders: ['LABO'],
  commercialStatus: 'Commercialisée',
  presentations: [box],
  prescriptionConditions: [{ text: 'Liste I', category: 'liste-i', detail: null }],
  mitm: { atc: 'A01', name: null, from: [{ source: 'CIS_MITM.txt', row: 4 }] },
  shortages: [shortage],
  shortageState: 'rupture',
  sources: ['CIS_bdpm.txt'],
});

describe('withdrawn medicines', () => {
  const files = { medicines: 'CIS_bdpm.txt', shortages: 'CIS_CIP_Dispo_Spec.txt' };
  const [entry] = newlyWithdrawn(
    { date: '2025-07-01', medicines: [medicine('60000001'), gone], files },
    { date: '2026-01-28', medicines: [medicine('60000001')], files },
  );

  it('are found only when both versions read the medicines file (without it, every medicine would read as withdrawn)', () => {
    const previous = { date: '2025-07-01', medicines: [medicine('60000001'), gone], files };
    expect(newlyWithdrawn(previous, { date: '2026-01-28', medicines: [], files: { shortages: 'CIS_CIP_Dispo_Spec.txt' } })).toEqual([]);
    expect(entry.lastKnown?.files).toEqual(files);
  });

  it('keeps what the last version said apart, and nothing of it as current', () => {
    expect(entry).toMatchObject({
      id: '60000002',
      name: 'MÉDICAMENT 60000002',
      form: 'comprimé',
      holders: ['LABO'],
      inBdpm: false,
      retiredOn: '2026-01-28',
      sources: [],
    });
    expect(entry).toMatchObject({ commercialStatus: null, presentations: [], prescriptionConditions: [], mitm: null, shortages: [], shortageState: null });
    expect(entry.lastKnown).toMatchObject({
      on: '2025-07-01',
      commercialStatus: 'Commercialisée',
      presentations: [box],
      shortageState: 'rupture',
      mitm: { atc: 'A01' },
    });
  });

  it('carries it in; keeps the current list entry of a CIS still on a list; drops one back in the BDPM', () => {
    const listed = {
      ...emptyMedicine('60000002', '60000002', 'NOM LISTE'),
      shortages: [shortage],
      shortageState: 'rupture' as const,
      sources: ['CIS_CIP_Dispo_Spec.txt'],
    };
    expect(carryWithdrawn([medicine('60000001')], [entry]).map((m) => m.id)).toEqual(['60000001', '60000002']);
    const merged = carryWithdrawn([medicine('60000001'), listed], [entry]).find((m) => m.id === '60000002');
    expect(merged).toMatchObject({
      name: 'MÉDICAMENT 60000002',
      shortageState: 'rupture',
      sources: ['CIS_CIP_Dispo_Spec.txt'],
      retiredOn: '2026-01-28',
      lastKnown: { on: '2025-07-01' },
    });
    expect(carryWithdrawn([medicine('60000002')], [entry])).toEqual([medicine('60000002')]);
  });

  it('keeps the stored ones, newly withdrawn first, none withdrawn after the date built or back in the BDPM', () => {
    const older = { ...entry, id: '60000009', retiredOn: '2025-07-01' };
    const later = { ...entry, id: '60000008', retiredOn: '2026-06-01' };
    expect(withdrawnAsOf([older, later, { ...entry, retiredOn: '2025-01-01' }], [entry], '2026-01-28', []).map((m) => [m.id, m.retiredOn])).toEqual([
      ['60000002', '2026-01-28'],
      ['60000009', '2025-07-01'],
    ]);
    expect(withdrawnAsOf([older], [], '2026-01-28', [medicine('60000009')])).toEqual([]);
  });
});
