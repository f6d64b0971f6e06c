/**
 * Addresses of the change history's pages and feeds: Nouveautés and its pages per kind of change,
 * the Atom feeds, the followed-medicines page. One small module, for the address module to absorb.
 */
import type { ShortageState } from './content/shortage-states.ts';

export type FeedList = 'retrocession' | 'mitm' | 'accesDerogatoire' | 'shortages';

/** The lists' slugs as their pages already spell them (/listes/…/, /ruptures/). */
const listSlugs: Record<FeedList, string> = { retrocession: 'retrocession', mitm: 'mitm', accesDerogatoire: 'acces-derogatoire', shortages: 'ruptures' };

export const newsPath = '/nouveautes/';
export const newsFeedPath = '/nouveautes.xml';
export const followedPath = '/suivis/';
export const historyDataPath = '/donnees/historique.json';

/** One kind of change in one version; page n > 1 follows Astro's paginate: `…/2/`. */
export const newsKindPath = (version: string, slug: string, page = 1): string => `/nouveautes/${version}/${slug}/${page > 1 ? `${page}/` : ''}`;

/** The page each feed follows (its rel="alternate"): the list pages as they are today. */
export const listPagePath = (list: FeedList): string => (list === 'shortages' ? '/ruptures/' : `/listes/${listSlugs[list]}/`);
export const shortageStatePagePath = (state: ShortageState): string => `/ruptures/etat/${state}/`;

export const listFeedPath = (list: FeedList): string => `/flux/listes/${listSlugs[list]}.xml`;
export const shortageFeedPath = (state: ShortageState): string => `/flux/ruptures/${state}.xml`;
export const medicineFeedPath = (id: string): string => `/flux/medicaments/${id}.xml`;

/**
 * The medicine page's "Suivre" button leads here with the medicine in the fragment, which a browser
 * never sends: the server sees only /suivis/. Read back by followRequestOf.
 */
export const followRequestPath = (id: string, name: string): string => `${followedPath}#${new URLSearchParams({ suivre: id, nom: name })}`;

export function followRequestOf(hash: string): { id: string; name: string } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('suivre');
  return id ? { id, name: params.get('nom') || id } : null;
}
