/** Selections and orderings of medicines for the list and index pages. Pure. */
import type { AccessType, Medicine, ShortageState } from './content/medicine.ts';
import type { PrescriptionCategory } from './prescription-categories.ts';
import { removeDiacritics } from './text.ts';

export type ListKey = 'retrocession' | 'mitm' | 'acces-derogatoire' | 'ruptures' | 'conditions';

// Pure: the search page's script, which sorts nothing, does not build it (several ms in a browser).
const collator = /* @__PURE__ */ new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export function byName(a: Medicine, b: Medicine): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);
}

export function membersOf(medicines: Medicine[], list: Exclude<ListKey, 'conditions'>, access?: AccessType): Medicine[] {
  const filter: Record<Exclude<ListKey, 'conditions'>, (m: Medicine) => boolean> = {
    retrocession: (m) => m.retrocession.length > 0,
    mitm: (m) => m.mitm !== null,
    'acces-derogatoire': (m) => m.accesDerogatoire.some((a) => access === undefined || a.type === access),
    ruptures: (m) => m.shortageState !== null,
  };
  return medicines.filter(filter[list]).sort(byName);
}

export function withCondition(medicines: Medicine[], category: PrescriptionCategory): Medicine[] {
  return medicines.filter((m) => m.prescriptionConditions.some((condition) => condition.category === category)).sort(byName);
}

/** The index letter of a medicine: A–Z with accents folded, "0-9" for the rest. */
function letterOf(name: string): string {
  const first = removeDiacritics(name).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '0-9';
}

export function groupByLetter(medicines: Medicine[]): Map<string, Medicine[]> {
  const groups = new Map<string, Medicine[]>();
  for (const medicine of [...medicines].sort(byName)) {
    const letter = letterOf(medicine.name);
    const group = groups.get(letter);
    if (group) group.push(medicine);
    else groups.set(letter, [medicine]);
  }
  return new Map([...groups].sort(([a], [b]) => (a === '0-9' ? 1 : b === '0-9' ? -1 : a.localeCompare(b))));
}

export function countByShortageState(medicines: Medicine[]): Record<ShortageState, number> {
  const counts: Record<ShortageState, number> = { rupture: 0, tension: 0, arret: 0, remise: 0 };
  for (const m of medicines) if (m.shortageState) counts[m.shortageState]++;
  return counts;
}

/** First-level ATC groups, labelled as the WHO classification names them in French. */
export const atcGroups: Record<string, string> = {
  A: 'Voies digestives et métabolisme',
  B: 'Sang et organes hématopoïétiques',
  C: 'Système cardiovasculaire',
  D: 'Médicaments dermatologiques',
  G: 'Système génito-urinaire et hormones sexuelles',
  H: 'Hormones systémiques (hors hormones sexuelles et insulines)',
  J: 'Anti-infectieux généraux à usage systémique',
  L: 'Antinéoplasiques et immunomodulateurs',
  M: 'Muscle et squelette',
  N: 'Système nerveux',
  P: 'Antiparasitaires insecticides et répulsifs',
  R: 'Système respiratoire',
  S: 'Organes sensoriels',
  V: 'Divers',
};

export function atcGroupOf(atc: string | null): string | null {
  const letter = atc?.charAt(0).toUpperCase();
  return letter && atcGroups[letter] ? letter : null;
}
export const LIST_PAGE_SIZE = 200;

/** The source files each list page draws on (manifest ids). */
export const listSources: Record<ListKey, string[]> = {
  retrocession: ['retrocession'],
  mitm: ['mitm', 'mitmList'],
  'acces-derogatoire': ['accesDerogatoire'],
  ruptures: ['shortages'],
  conditions: ['prescriptionConditions'],
};
