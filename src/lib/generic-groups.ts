/**
 * Generic groups of the BDPM (CIS_GENER_bdpm.txt) as a medicine page shows them: the
 * group's label and its members, each with its availability. For a medicine in rupture,
 * tension or arrêt de commercialisation the members are ordered so that those marketed and
 * not short come first. Pure.
 */
import type { GenericType, Medicine, ShortageState } from './content/medicine.ts';
import { isMarketed, shortageLabels } from './medicine-view.ts';

export const genericTypeLabels: Record<GenericType, string> = {
  princeps: 'princeps',
  generique: 'générique',
  complementaire: 'générique par complémentarité posologique',
  substituable: 'générique substituable',
};

interface Membership {
  medicine: Medicine;
  type: GenericType;
  order: number;
}

export type GenericGroupIndex = Map<string, Membership[]>;

export function genericGroupIndex(medicines: readonly Medicine[]): GenericGroupIndex {
  const index: GenericGroupIndex = new Map();
  for (const medicine of medicines) {
    for (const { id, type, order } of medicine.genericGroups) {
      const members = index.get(id);
      if (members) members.push({ medicine, type, order });
      else index.set(id, [{ medicine, type, order }]);
    }
  }
  for (const members of index.values()) members.sort((a, b) => a.order - b.order || (a.medicine.id < b.medicine.id ? -1 : 1));
  return index;
}

export interface GroupMemberView {
  id: string;
  name: string;
  type: string;
  /** Marketed according to CIS_bdpm.txt. */
  marketed: boolean;
  shortageState: ShortageState | null;
  availability: string;
}

export interface GenericGroupView {
  id: string;
  label: string;
  /** This medicine's place in the group. */
  type: string;
  /** The other members. */
  members: GroupMemberView[];
  /** True when the members are ordered for a medicine that is short: available ones first. */
  asAlternatives: boolean;
}

/** Rupture, tension and arrêt make a pharmacist look for another member; a remise does not. */
export function needsAlternatives(medicine: Medicine): boolean {
  return medicine.shortageState === 'rupture' || medicine.shortageState === 'tension' || medicine.shortageState === 'arret';
}

/** `shortagesLoaded`: without the shortage file, "no shortage reported" cannot be said. */
function memberView({ medicine, type }: Membership, shortagesLoaded: boolean): GroupMemberView {
  const marketed = isMarketed(medicine.commercialStatus);
  const state = medicine.shortageState;
  const availability =
    state && state !== 'remise'
      ? shortageLabels[state].toLowerCase()
      : marketed
        ? shortagesLoaded
          ? 'commercialisé, aucune rupture ni tension signalée'
          : 'commercialisé (fichier des ruptures non chargé)'
        : (medicine.commercialStatus?.toLowerCase() ?? 'état de commercialisation non renseigné');
  return { id: medicine.id, name: medicine.name, type: genericTypeLabels[type], marketed, shortageState: state, availability };
}

/** Marketed and not short first, then marketed but short, then the rest; the BDPM order within each. */
function availabilityRank(member: GroupMemberView): number {
  const short = member.shortageState !== null && member.shortageState !== 'remise';
  if (member.marketed && !short) return 0;
  if (member.marketed) return 1;
  return 2;
}

export function genericGroupsOf(medicine: Medicine, index: GenericGroupIndex, shortagesLoaded: boolean): GenericGroupView[] {
  const asAlternatives = needsAlternatives(medicine);
  return medicine.genericGroups.map(({ id, label, type }) => {
    const others = (index.get(id) ?? []).filter((member) => member.medicine.id !== medicine.id).map((member) => memberView(member, shortagesLoaded));
    const members = asAlternatives
      ? others.map((member, position) => ({ member, position })).sort((a, b) => availabilityRank(a.member) - availabilityRank(b.member) || a.position - b.position).map(({ member }) => member)
      : others;
    return { id, label, type: genericTypeLabels[type], members, asAlternatives };
  });
}
