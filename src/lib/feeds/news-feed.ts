/** The site-wide Atom feed of the change history: one entry per list and version. Pure. */
import type { ChangeSet } from '../content/history.ts';
import { anchorOf, describeChange, summarise, summaryTitle } from '../history-view.ts';
import type { AtomFeed } from './atom.ts';

/** An entry names at most this many changes; the page and the JSON file hold the rest. */
const LINES_PER_ENTRY = 100;

/** `sets` oldest first, as the history file keeps them; `site` is the public address of the site. */
export function newsFeed(sets: ChangeSet[], site: URL): AtomFeed {
  const url = (path: string) => new URL(path, site).toString();
  const newestFirst = sets.toReversed();
  return {
    id: url('/nouveautes/'),
    title: 'Régimes des médicaments — nouveautés des listes',
    self: url('/nouveautes.xml'),
    page: url('/nouveautes/'),
    author: 'Régimes des médicaments',
    updated: newestFirst[0]?.to ?? '1970-01-01',
    entries: newestFirst.flatMap((set) =>
      summarise(set).map((summary) => ({
        id: url(`/nouveautes/#${anchorOf(set, summary.list)}`),
        title: summaryTitle(summary, set),
        updated: set.to,
        link: url(`/nouveautes/#${anchorOf(set, summary.list)}`),
        content: [...summary.added, ...summary.removed, ...summary.changed]
          .slice(0, LINES_PER_ENTRY)
          .map((change) => `${change.name} — ${describeChange(change)}`)
          .join('\n'),
      })),
    ),
  };
}
