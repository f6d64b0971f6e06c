/**
 * Generic groups of the BDPM (CIS_GENER_bdpm.txt) as a medicine page shows them: the
 * group's label and its members, each with its availability. For a medicine in rupture,
 * tension or arrêt de commercialisation the members are ordered so that those marketed and
 * not short come first. Pure.
 */
import type { GenericGroupMembership, GenericType, Medicine } from './content/medicine.ts';
import type { ShortageState } from './content/shortage-states.ts';
import { isMarketed } from './commercial-status.ts';
import { shortageLabels } from './labels.ts';

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

interface GroupMemberView {
  /** The member's page, or null for a member absent from CIS_bdpm.txt (it has none). */
  id: string | null;
  name: string;
  type: string;
  /** Marketed according to CIS_bdpm.txt. */
  marketed: boolean;
  shortageState: ShortageState | null;
  availability: string;
  order: number;
}

export interface GenericGroupView {
  id: string;
  label: string;
  /** This medicine's place in the group. */
  type: string;
  /** The other members, those absent from CIS_bdpm.txt included. */
  members: GroupMemberView[];
  /** True when the members are ordered for a medicine that is short: available ones first. */
  asAlternatives: boolean;
}

/** Rupture, tension and arrêt make a pharmacist look for another member; a remise does not. */
export function needsAlternatives(medicine: Medicine): boolean {
  return medicine.shortageState === 'rupture' || medicine.shortageState === 'tension' || medicine.shortageState === 'arret';
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The commercialisation state CIS_bdpm.txt gives, then the shortage state if any.
 * `shortagesLoaded`: without the shortage file, "no shortage reported" cannot be said.
 */
function availabilityOf(medicine: Medicine, shortagesLoaded: boolean): string {
  const commercial = medicine.commercialStatus ? lowerFirst(medicine.commercialStatus) : 'état de commercialisation non renseigné dans CIS_bdpm.txt';
  const state = medicine.shortageState;
  if (state && state !== 'remise') return `${commercial} ; ${shortageLabels[state].toLowerCase()}`;
  if (!isMarketed(medicine.commercialStatus)) return commercial;
  return shortagesLoaded ? `${commercial}, aucune rupture ni tension signalée` : `${commercial} (fichier des ruptures non chargé)`;
}

function memberView({ medicine, type, order }: Membership, shortagesLoaded: boolean): GroupMemberView {
  return {
    id: medicine.id,
    name: medicine.name,
    type: genericTypeLabels[type],
    marketed: isMarketed(medicine.commercialStatus),
    shortageState: medicine.shortageState,
    availability: availabilityOf(medicine, shortagesLoaded),
    order,
  };
}

/** A member CIS_GENER_bdpm.txt lists but CIS_bdpm.txt lacks: the group file gives no name of its own, only its CIS (the group's label is above). */
function absentMemberView({ cis, type, order }: GenericGroupMembership['absentMembers'][number]): GroupMemberView {
  return {
    id: null,
    name: `CIS ${cis}`,
    type: genericTypeLabels[type],
    marketed: false,
    shortageState: null,
    availability: 'absent de CIS_bdpm.txt',
    order,
  };
}

/** Marketed and not short first, then marketed but short, then the rest, then those absent from CIS_bdpm.txt. */
function availabilityRank(member: GroupMemberView): number {
  const short = member.shortageState !== null && member.shortageState !== 'remise';
  if (member.id === null) return 3;
  if (member.marketed && !short) return 0;
  if (member.marketed) return 1;
  return 2;
}

export function genericGroupsOf(medicine: Medicine, index: GenericGroupIndex, shortagesLoaded: boolean): GenericGroupView[] {
  const asAlternatives = needsAlternatives(medicine);
  return medicine.genericGroups.map(({ id, label, type, absentMembers }) => {
    const others = [
      ...(index.get(id) ?? []).filter((member) => member.medicine.id !== medicine.id).map((member) => memberView(member, shortagesLoaded)),
      ...absentMembers.map(absentMemberView),
    ];
    // The BDPM order, stable for equal numbers; for a short medicine, by availability first.
    const members = others
      .map((member, position) => ({ member, position }))
      .sort(
        (a, b) => (asAlternatives ? availabilityRank(a.member) - availabilityRank(b.member) : 0) || a.member.order - b.member.order || a.position - b.position,
      )
      .map(({ member }) => member);
    return { id, label, type: genericTypeLabels[type], members, asAlternatives };
  });
}
