import { describe, expect, it } from 'vitest';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { GenericType, Medicine } from '../../src/lib/content/medicine.ts';
import type { ShortageState } from '../../src/lib/content/shortage-states.ts';
import { genericGroupIndex, genericGroupsOf } from '../../src/lib/generic-groups.ts';

const member = (cis: string, type: GenericType, order: number, state: ShortageState | null = null, commercialStatus = 'Commercialisée'): Medicine => ({
  ...emptyMedicine(cis, cis, `MÉDICAMENT ${cis}`),
  inBdpm: true,
  commercialStatus,
  shortageState: state,
  genericGroups: [{ id: '7', label: 'X 10 mg - PRINCEPS 10 mg', type, order, from: { source: 'CIS_GENER_bdpm.txt', row: order }, absentMembers: [] }],
});
const withAbsentMember = (medicine: Medicine): Medicine => ({
  ...medicine,
  genericGroups: medicine.genericGroups.map((g) => ({
    ...g,
    absentMembers: [{ cis: '69999999', type: 'generique', order: 3, from: { source: 'CIS_GENER_bdpm.txt', row: 9 } }],
  })),
});

describe('genericGroupsOf', () => {
  const princeps = member('60000001', 'princeps', 1, 'rupture');
  const shortGeneric = member('60000002', 'generique', 2, 'tension');
  const notMarketed = member('60000003', 'generique', 3, null, 'Non commercialisée');
  const available = member('60000004', 'substituable', 4);
  const index = genericGroupIndex([available, notMarketed, shortGeneric, princeps]);

  it('puts the marketed members without shortage first for a medicine in rupture', () => {
    const [group] = genericGroupsOf(princeps, index, true);
    expect(group).toMatchObject({ id: '7', type: 'princeps', asAlternatives: true });
    expect(group.members.map((m) => [m.id, m.availability])).toEqual([
      ['60000004', 'commercialisée, aucune rupture ni tension signalée'],
      ['60000002', "commercialisée ; tension d'approvisionnement"],
      ['60000003', 'non commercialisée'],
    ]);
  });

  it('lists the members absent from CIS_bdpm.txt by their CIS and the group label, without a page, in the BDPM order', () => {
    const [group] = genericGroupsOf(withAbsentMember(available), index, true);
    expect(group.members.map((m) => [m.id, m.name, m.availability])).toEqual([
      ['60000001', 'MÉDICAMENT 60000001', 'commercialisée ; rupture de stock'],
      ['60000002', 'MÉDICAMENT 60000002', "commercialisée ; tension d'approvisionnement"],
      ['60000003', 'MÉDICAMENT 60000003', 'non commercialisée'],
      [null, 'CIS 69999999', 'absent de CIS_bdpm.txt'],
    ]);
    // For a short medicine they come last: nothing says they are available.
    const [short] = genericGroupsOf(withAbsentMember(princeps), index, true);
    expect(short.members.at(-1)?.id).toBeNull();
  });

  it('describes a member that is not marketed by its commercialisation state as well as its shortage state', () => {
    const stopped = member('60000005', 'generique', 5, 'arret', 'Non commercialisée');
    const [group] = genericGroupsOf(available, genericGroupIndex([available, stopped]), true);
    expect(group.members[0].availability).toBe('non commercialisée ; arrêt de commercialisation');
  });

  it("keeps the BDPM's order for a medicine that is available", () => {
    const [group] = genericGroupsOf(available, index, true);
    expect(group.asAlternatives).toBe(false);
    expect(group.members.map((m) => m.id)).toEqual(['60000001', '60000002', '60000003']);
  });

  it('does not say "no shortage reported" when the shortage file is not loaded', () => {
    const [group] = genericGroupsOf(princeps, index, false);
    expect(group.members[0].availability).toBe('commercialisée (fichier des ruptures non chargé)');
  });
});
