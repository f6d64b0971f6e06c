import { describe, expect, it } from 'vitest';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { AccesDerogatoire, Medicine } from '../../src/lib/content/medicine.ts';
import { atcGroupOf } from '../../src/lib/labels.ts';
import { membersOf } from '../../src/lib/lists/registry.ts';
import { groupByLetter } from '../../src/lib/name-order.ts';

const medicine = (id: string, name: string, change: Partial<Medicine> = {}): Medicine => ({ ...emptyMedicine(id, id, name), inBdpm: true, ...change });
const access = (type: AccesDerogatoire['type']): AccesDerogatoire => ({
  type,
  name: 'x',
  substance: null,
  ucd: null,
  indication: null,
  status: null,
  startDate: null,
  endDate: null,
  laboratory: null,
  putRdUrl: null,
  rcpUrl: null,
  conditionsUrl: null,
  from: { source: 'referentiel.csv', row: 1 },
});
const names = (medicines: Medicine[]) => medicines.map((m) => m.name);

const medicines = [
  medicine('4', 'éphédrine 10 mg', { shortageState: 'rupture', accesDerogatoire: [access('AAC')] }),
  medicine('3', 'Zinc 2 mg', { shortageState: 'tension', mitm: { atc: 'A12CB01', name: null, from: [] } }),
  medicine('2', '5-FU 50 mg/ml', { shortageState: 'rupture', accesDerogatoire: [access('CPC')] }),
  medicine('1', 'ACIDE 10 mg', { prescriptionConditions: [{ text: 'Liste I', category: 'liste-i', detail: null }] }),
  medicine('5', 'acide 2 mg', { prescriptionConditions: [{ text: 'Liste I', category: 'liste-i', detail: null }] }),
];

describe('lists', () => {
  it('selects a list’s members in name order, case and accents aside, numbers by value', () => {
    expect(names(membersOf(medicines, { list: 'shortages' }))).toEqual(['5-FU 50 mg/ml', 'éphédrine 10 mg', 'Zinc 2 mg']);
    expect(names(membersOf(medicines, { list: 'shortages', part: 'rupture' }))).toEqual(['5-FU 50 mg/ml', 'éphédrine 10 mg']);
    expect(names(membersOf(medicines, { list: 'mitm' }))).toEqual(['Zinc 2 mg']);
    expect(names(membersOf(medicines, { list: 'accesDerogatoire' }))).toEqual(['5-FU 50 mg/ml', 'éphédrine 10 mg']);
    expect(names(membersOf(medicines, { list: 'accesDerogatoire', part: 'CPC' }))).toEqual(['5-FU 50 mg/ml']);
    expect(names(membersOf(medicines, { list: 'retrocession' }))).toEqual([]);
    expect(names(membersOf(medicines, { list: 'prescriptionConditions', part: 'liste-i' }))).toEqual(['acide 2 mg', 'ACIDE 10 mg']);
  });

  it('groups the A–Z index by first letter with accents folded, "0-9" last', () => {
    const groups = groupByLetter(medicines);
    expect([...groups.keys()]).toEqual(['A', 'E', 'Z', '0-9']);
    expect(names(groups.get('A')!)).toEqual(['acide 2 mg', 'ACIDE 10 mg']);
    expect(names(groups.get('E')!)).toEqual(['éphédrine 10 mg']);
  });

  it('finds the first-level ATC group, whatever the case, and none for an unknown letter', () => {
    expect(atcGroupOf('N03AG01')).toBe('N');
    expect(atcGroupOf('n03ag01')).toBe('N');
    expect(atcGroupOf('X01')).toBeNull();
    expect(atcGroupOf(null)).toBeNull();
  });
});
