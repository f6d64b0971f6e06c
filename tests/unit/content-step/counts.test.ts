import { describe, expect, it } from 'vitest';
import { countMedicines, genericGroupCounts } from '../../../scripts/lib/content-step/counts.ts';
import { zeroCounts } from '../../../src/lib/content/manifest.ts';
import type { GenericGroupMembership } from '../../../src/lib/content/medicine.ts';
import { medicine, onMitm, withAccess, withShortage } from '../../helpers/content-step.ts';

const membership = (id: string): GenericGroupMembership => ({
  id,
  label: `GROUPE ${id}`,
  type: 'generique',
  order: 1,
  from: { source: 'CIS_GENER_bdpm.txt', row: 1 },
  absentMembers: [],
});

describe('countMedicines (counting stage)', () => {
  it('counts each medicine once per list, access type and shortage state, and a medicine gone from every source as retired only', () => {
    const medicines = [
      medicine('60000001', { ...onMitm, ...withShortage('rupture') }),
      medicine('60000002', { ...withAccess('AAC', 'AAC', 'CPC'), inBdpm: false }),
      medicine('60000003', { ...withShortage('tension'), ...onMitm }),
      medicine('60000004', { retiredOn: '2025-07-15', inBdpm: false, sources: [] }),
      // Withdrawn from the BDPM but still on a list: counted on that list, as list-only.
      medicine('60000005', { ...onMitm, retiredOn: '2025-07-15', inBdpm: false, sources: ['CIS_MITM.txt'] }),
    ];
    expect(countMedicines(medicines)).toEqual({
      ...zeroCounts(),
      medicines: 5,
      bdpm: 2,
      listOnly: 2,
      retired: 2,
      lists: { retrocession: 0, mitm: 3, accesDerogatoire: 1, shortages: 2, prescriptionConditions: 0 },
      accessTypes: { AAC: 1, AAP: 0, CPC: 1 },
      shortageStates: { rupture: 1, tension: 1, arret: 0, remise: 0 },
    });
  });
});

describe('genericGroupCounts', () => {
  it('counts distinct groups, memberships and medicines in a group', () => {
    const medicines = [
      medicine('60000001', { genericGroups: [membership('1')] }),
      medicine('60000002', { genericGroups: [membership('1'), membership('2')] }),
      medicine('60000003'),
    ];
    expect(genericGroupCounts(medicines)).toEqual({ groups: 2, memberships: 3, medicines: 2 });
  });
});
