/** The site-wide Atom feed of the change history: one entry per version and kind of change. Pure. */
import type { ChangeSet } from '../content/history.ts';
import { formatDate } from '../format.ts';
import { sitePaths } from '../addresses.ts';
import { changePhrase } from '../news/change-wording.ts';
import { newestFirst, newsSections } from '../news/news-kinds.ts';
import type { AtomFeed } from './atom.ts';

/** An entry names at most this many changes; its pages and the JSON file hold the rest. */
const LINES_PER_ENTRY = 100;

/** `sets` as the history file keeps them; `site` is the public address of the site; `updated` dates a feed without entries. */
export function newsFeed(sets: ChangeSet[], site: URL, updated: string): AtomFeed {
  const url = (path: string) => new URL(path, site).toString();
  return {
    id: url(sitePaths.changes),
    title: 'Régimes des médicaments — nouveautés',
    self: url(sitePaths.changesFeed),
    page: url(sitePaths.changes),
    author: 'Régimes des médicaments',
    updated,
    entries: newestFirst(sets).flatMap((set) =>
      newsSections(set).map((section) => {
        const more = section.changes.length - LINES_PER_ENTRY;
        return {
          // The kind's first page: a permanent address for this version and kind.
          id: url(section.href),
          title: `${section.kind.label} : ${section.changes.length} dans la version du ${formatDate(set.to)}`,
          updated: set.to,
          link: url(section.href),
          content: [
            ...section.changes.slice(0, LINES_PER_ENTRY).map((change) => `${change.name} : ${changePhrase(change)}`),
            ...(more > 0 ? [`… et ${more} autre(s) sur la page.`] : []),
          ].join('\n'),
        };
      }),
    ),
  };
}
