/** Medicines in name order, and the A–Z index by first letter. Pure. */
import type { Medicine } from './content/medicine.ts';
import { removeDiacritics } from './text.ts';

// Pure: the search page's script, which sorts nothing, does not build it (several ms in a browser).
const collator = /* @__PURE__ */ new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export function byName(a: Medicine, b: Medicine): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);
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
