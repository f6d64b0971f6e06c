import { describe, expect, it } from 'vitest';
import { emptyEntry } from '../../scripts/lib/join-medicines.ts';
import type { GenericType, Medicine, ShortageState } from '../../src/lib/content/medicine.ts';
import { genericGroupIndex, genericGroupsOf } from '../../src/lib/generic-groups.ts';

const member = (cis: string, type: GenericType, order: number, state: ShortageState | null = null, commercialStatus = 'Commercialisée'): Medicine => ({
  ...emptyEntry(cis, cis, `MÉDICAMENT ${cis}`),
  inBdpm: true,
  commercialStatus,
  shortageState: state,
  genericGroups: [{ id: '7', label: 'X 10 mg - PRINCEPS 10 mg', type, order, from: { source: 'CIS_GENER_bdpm.txt', row: order } }],
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
      ['60000004', 'commercialisé, aucune rupture ni tension signalée'],
      ['60000002', "tension d'approvisionnement"],
      ['60000003', 'non commercialisée'],
    ]);
  });

  it("keeps the BDPM's order for a medicine that is available", () => {
    const [group] = genericGroupsOf(available, index, true);
    expect(group.asAlternatives).toBe(false);
    expect(group.members.map((m) => m.id)).toEqual(['60000001', '60000002', '60000003']);
  });

  it('does not say "no shortage reported" when the shortage file is not loaded', () => {
    const [group] = genericGroupsOf(princeps, index, false);
    expect(group.members[0].availability).toBe('commercialisé (fichier des ruptures non chargé)');
  });
});
