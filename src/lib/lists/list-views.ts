/**
 * The ids of the lists the site shows, the French slug of their addresses, and their parts:
 * a list is split into pages of its own by access type (accès dérogatoire), by state
 * (shortages) and by category (prescription conditions). One line per list; the registry
 * (./registry.ts) says everything else of each, and must have an entry for every id here.
 */
import { accessTypes } from '../content/access-types.ts';
import { shortageStates } from '../content/shortage-states.ts';
import { searchableCategories } from '../prescription-categories.ts';

const whole: readonly never[] = [];

export const listShapes = {
  retrocession: { slug: 'retrocession', parts: whole },
  mitm: { slug: 'mitm', parts: whole },
  accesDerogatoire: { slug: 'acces-derogatoire', parts: accessTypes },
  shortages: { slug: 'ruptures', parts: shortageStates },
  prescriptionConditions: { slug: 'conditions', parts: searchableCategories },
} as const;

export type ListId = keyof typeof listShapes;
export const listIds = Object.keys(listShapes) as ListId[];

/** What each list is split by; `never` for a list shown whole only. */
export type ListParts = { [L in ListId]: (typeof listShapes)[L]['parts'][number] };

/** A list whole, or one of its parts (the parts that have a page: every access type and state, the categories offered as a search filter). */
export type ListView = { [L in ListId]: { list: L; part?: ListParts[L] } }[ListId];

/** The list whole, then each of its parts. */
export function viewsOf<L extends ListId>(list: L): ListView[] {
  return [{ list } as ListView, ...listShapes[list].parts.map((part) => ({ list, part }) as ListView)];
}
