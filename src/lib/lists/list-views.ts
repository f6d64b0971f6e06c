/**
 * The ids of the lists the site shows, and of their parts: a list is split into pages of
 * its own by access type (accès dérogatoire), by state (shortages) and by category
 * (prescription conditions). The registry (./registry.ts) says everything else of each.
 */
import { type AccessType, type ShortageState, accessTypes, shortageStates } from '../content/medicine.ts';
import { type PrescriptionCategory, searchableCategories } from '../prescription-categories.ts';

export const listIds = ['retrocession', 'mitm', 'accesDerogatoire', 'shortages', 'prescriptionConditions'] as const;
export type ListId = (typeof listIds)[number];

/** What each list is split by; `never` for a list shown whole only. */
export interface ListParts {
  retrocession: never;
  mitm: never;
  accesDerogatoire: AccessType;
  shortages: ShortageState;
  prescriptionConditions: PrescriptionCategory;
}

/** The parts that have a page: every access type and state, the categories offered as a search filter. */
export const listParts: { [L in ListId]: readonly ListParts[L][] } = {
  retrocession: [],
  mitm: [],
  accesDerogatoire: accessTypes,
  shortages: shortageStates,
  prescriptionConditions: searchableCategories,
};

/** A list whole, or one of its parts. */
export type ListView = { [L in ListId]: { list: L; part?: ListParts[L] } }[ListId];

/** The list whole, then each of its parts. */
export function viewsOf<L extends ListId>(list: L): ListView[] {
  return [{ list } as ListView, ...listParts[list].map((part) => ({ list, part }) as ListView)];
}
