/**
 * Every address of the site, built in one place: the routes of src/pages, the anchors the
 * code links to, the data files and the feed. A regime, list, glossary entry or data file
 * that does not exist does not compile; tests/browser/addresses.test.ts checks every
 * address built here against the pages of the demo build. Only this module and the site
 * navigation (src/components/layout/SiteHeader.astro) write a site address as a literal
 * (tests/unit/code-rules.test.ts).
 */
import type { AccessType } from './content/access-types.ts';
import type { ShortageState } from './content/shortage-states.ts';
import { type ListId, type ListView, listShapes } from './lists/list-views.ts';
import { type Explanation, type GlossaryTerm, type RegimeId, regimeIds } from './page-ids.ts';

/** The pages and files that have one address each. */
export const sitePaths = {
  home: '/',
  search: '/recherche/',
  medicines: '/medicaments/',
  regimes: '/regimes/',
  billing: '/facturation/',
  glossary: '/glossaire/',
  sources: '/sources/',
  openData: '/donnees/',
  changes: '/nouveautes/',
  changesFeed: '/nouveautes.xml',
  followed: '/suivis/',
  scanner: '/scanner/',
  sitemap: '/sitemap-index.xml',
  favicon: '/favicon.svg',
  webManifest: '/site.webmanifest',
  pagefindScript: '/pagefind/pagefind.js',
} as const;

/** The open-data files besides the list CSVs, whose names the list registry gives. */
export const openDataJsonFiles = ['medicaments.json', 'historique.json', 'schema-medicament.json', 'schema-historique.json'] as const;
export type OpenDataFile = (typeof openDataJsonFiles)[number] | `${string}.csv`;

/** The route is src/pages/medicaments/[id].astro. */
export const medicinePagePath = (id: string): string => `/medicaments/${id}/`;

/** A letter of the A–Z index, as src/pages/medicaments/lettre/[letter].astro names it ("a", "0-9"). */
export const letterPagePath = (letter: string): string => `/medicaments/lettre/${letterSlug(letter)}/`;
export const letterSlug = (letter: string): string => letter.toLowerCase();

export const regimePagePath = (id: RegimeId): string => `/regimes/${id}/`;

/** A regime page's id from the collection: a file without an id here stops the build. */
export function regimeIdOf(id: string): RegimeId {
  if (!(regimeIds as readonly string[]).includes(id)) throw new Error(`page de régime inconnue des adresses du site : ${id} (src/lib/addresses.ts)`);
  return id as RegimeId;
}

export const glossaryEntryPath = (term: GlossaryTerm): string => `${sitePaths.glossary}#${term}`;

/** The glossary entry of each access type. */
export const accessTypeTerms: Record<AccessType, GlossaryTerm> = { AAC: 'aac', AAP: 'aap', CPC: 'cpc' };

/** Where a term is explained: its glossary entry or its regime page. */
export const explanationPath = (explanation: Explanation): string =>
  'glossary' in explanation ? glossaryEntryPath(explanation.glossary) : regimePagePath(explanation.regime);

/** The billing calculator, filled in by the address's parameters. */
export const billingCalculatorPath = (params?: URLSearchParams): string => `${sitePaths.billing}${params ? `?${params.toString()}` : ''}#calculateur`;

export const openDataFilePath = (file: OpenDataFile): string => `${sitePaths.openData}${file}`;

/** A list part's segment of its page address (the routes' [type], [state] and [category]): "aac", "rupture", "liste-i". */
export const listPartSlug = (part: string): string => part.toLowerCase();

/** The address of a list's page, or of the page of one of its parts. */
export function listPagePath(view: ListView): string {
  const part = view.part === undefined ? '' : `${listPartSlug(view.part)}/`;
  const { slug } = listShapes[view.list];
  // The shortages were at /ruptures/ before there were lists: they stay there.
  if (view.list === 'shortages') return part ? `/${slug}/etat/${part}` : `/${slug}/`;
  return `/listes/${slug}/${part}`;
}

/** Page n of a paginated list, as Astro's paginate writes it: page 1 is the list's own address. */
export function numberedPagePath(firstPage: string, n: number): string {
  return n === 1 ? firstPage : `${firstPage}${n}/`;
}

/** The name a list table's JSON file carries (src/pages/donnees/tables/[table].json.ts). */
export function listTableName(view: ListView): string {
  const { slug } = listShapes[view.list];
  return view.part === undefined ? slug : `${slug}-${listPartSlug(view.part)}`;
}

/** Where a list table is published whole, for the browser to sort over every page. */
export const listTablePath = (view: ListView): string => `${sitePaths.openData}tables/${listTableName(view)}.json`;

/** The published change history, which the followed-medicines page reads. */
export const historyDataPath = openDataFilePath('historique.json');

/** One kind of change in one version of Nouveautés; page n > 1 as Astro's paginate writes it. */
export const changesKindPath = (version: string, slug: string, page = 1): string => numberedPagePath(`${sitePaths.changes}${version}/${slug}/`, page);

/** The lists whose changes the history follows, each with its own feed. */
export type FeedList = Exclude<ListId, 'prescriptionConditions'>;

export const listFeedPath = (list: FeedList): string => `/flux/listes/${listShapes[list].slug}.xml`;
export const shortageFeedPath = (state: ShortageState): string => `/flux/ruptures/${state}.xml`;
export const medicineFeedPath = (id: string): string => `/flux/medicaments/${id}.xml`;

/**
 * The medicine page's "Suivre" button leads here with the medicine in the fragment, which a browser
 * never sends: the server sees only /suivis/. Read back by followRequestOf.
 */
export const followRequestPath = (id: string, name: string): string => `${sitePaths.followed}#${new URLSearchParams({ suivre: id, nom: name })}`;

export function followRequestOf(hash: string): { id: string; name: string } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('suivre');
  return id ? { id, name: params.get('nom') || id } : null;
}

/** One shard of the pack-code lookup of the scan page (src/pages/donnees/cip/[shard].json.ts). */
export const cipShardPath = (shard: string): string => `${sitePaths.openData}cip/${shard}.json`;

/** A file of the Pagefind index, which the Pagefind step writes under /pagefind/ (its entry file, WebAssembly…). */
export const pagefindFilePath = (file: string): string => `/pagefind/${file}`;
