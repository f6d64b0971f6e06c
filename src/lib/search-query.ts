/**
 * The search page's state: query and selected filter values, read from and written to
 * the page address, and turned into Pagefind filters (OR within a facet, AND across).
 * Pure, so it is tested without a browser.
 */
import { WITHDRAWN_BADGE, accessLabels, atcGroups, badgeLabels, shortageLabels } from './labels.ts';
import { categoryInfo, searchableCategories } from './prescription-categories.ts';

/** The search filter `type` of each indexed page: medicine pages through their search document, the others through Base.astro. */
export const searchPageTypes = ['Médicament', 'Explication', 'Liste'] as const;
export type SearchPageType = (typeof searchPageTypes)[number];

export interface Facet {
  /** Pagefind filter name and address parameter. */
  key: 'liste' | 'disponibilite' | 'prescription' | 'atc' | 'statut' | 'type';
  label: string;
  /** Values as written in the index, and as shown. */
  values: Array<{ param: string; indexed: string; label: string }>;
}

const same = (value: string) => ({ param: value, indexed: value, label: value });

export const facets: Facet[] = [
  // The badges' words, as the medicine pages index them (medicine-view.ts, searchFiltersOf).
  {
    key: 'liste',
    label: 'Liste',
    values: (['retrocession', 'mitm', ...Object.keys(accessLabels)] as Array<keyof typeof badgeLabels>).map((key) => same(badgeLabels[key])),
  },
  { key: 'disponibilite', label: 'Disponibilité', values: Object.values(shortageLabels).map(same) },
  {
    key: 'prescription',
    label: 'Conditions de prescription',
    values: searchableCategories.map((category) => ({ param: category, indexed: categoryInfo[category].label, label: categoryInfo[category].label })),
  },
  {
    key: 'atc',
    label: 'Classe ATC (MITM)',
    values: Object.entries(atcGroups).map(([letter, label]) => ({ param: letter, indexed: `${letter} – ${label}`, label: `${letter} – ${label}` })),
  },
  {
    key: 'statut',
    label: 'Statut dans la BDPM',
    values: [{ param: WITHDRAWN_BADGE, indexed: badgeLabels[WITHDRAWN_BADGE], label: badgeLabels[WITHDRAWN_BADGE] }],
  },
  { key: 'type', label: 'Type de page', values: searchPageTypes.map(same) },
];

export interface SearchState {
  query: string;
  /** Selected values per facet, as address parameters. */
  selected: Record<Facet['key'], string[]>;
}

export function readSearchState(params: URLSearchParams): SearchState {
  const selected = Object.fromEntries(
    facets.map((facet) => {
      const allowed = new Set(facet.values.map((value) => value.param));
      return [facet.key, [...new Set(params.getAll(facet.key))].filter((value) => allowed.has(value))];
    }),
  ) as SearchState['selected'];
  return { query: (params.get('q') ?? '').trim(), selected };
}

export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of facets) for (const value of state.selected[facet.key]) params.append(facet.key, value);
  return params;
}

/** Pagefind filters for the state, leaving out one facet (to count that facet's own values). */
export function pagefindFilters(state: SearchState, leaveOut?: Facet['key']): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const facet of facets) {
    const chosen = state.selected[facet.key];
    if (facet.key === leaveOut || chosen.length === 0) continue;
    filters[facet.key] = { any: facet.values.filter((value) => chosen.includes(value.param)).map((value) => value.indexed) };
  }
  return filters;
}

export function hasSelection(state: SearchState): boolean {
  return facets.some((facet) => state.selected[facet.key].length > 0);
}

/** A CIS (8 digits), CIP7 or UCD7 (7), CIP13 or UCD13 (13), spaces allowed. */
export function isCodeQuery(query: string): boolean {
  return /^(\d{7}|\d{8}|\d{13})$/.test(query.replace(/\s/g, ''));
}

/** Codes are indexed without spaces. */
export function normaliseQuery(query: string): string {
  return isCodeQuery(query) ? query.replace(/\s/g, '') : query;
}
