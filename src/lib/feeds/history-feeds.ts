/**
 * The Atom feeds of the change history: one per list, one per shortage state, one per medicine
 * with at least one recorded change. One entry per version, its changes in plain words. Pure.
 */
import { type Change, type ChangeSet, type MedicineEvent, type Topic, topicsNotCompared } from '../content/history.ts';
import type { ShortageState } from '../content/shortage-states.ts';
import { formatDate } from '../format.ts';
import { type FeedList, listFeedPath, listPagePath, medicineFeedPath, shortageFeedPath, sitePaths } from '../addresses.ts';
import { changePhrase, datedChangeSentence } from '../news/change-wording.ts';
import { shortageStatesOf } from '../news/change-shortage-states.ts';
import { medicinePagePath } from '../addresses.ts';
import type { AtomEntry, AtomFeed } from './atom.ts';
import { listFeedTitle, shortageFeedTitle } from './feed-catalogue.ts';

/** An entry names at most this many changes; its page and the JSON file hold the rest. */
const LINES_PER_ENTRY = 200;
const AUTHOR = 'Régimes des médicaments';

const plural = (count: number) => (count === 1 ? '1 changement' : `${count} changements`);

function lines(changes: Array<Pick<Change, 'name'> & Parameters<typeof changePhrase>[0]>): string {
  const shown = changes.slice(0, LINES_PER_ENTRY).map((change) => `${change.name} : ${changePhrase(change)}`);
  const more = changes.length - shown.length;
  return [...shown, ...(more > 0 ? [`… et ${more} autre(s) : voir la page liée à cette entrée.`] : [])].join('\n');
}

/** One entry per version with changes, newest first. */
function perVersion(sets: ChangeSet[], select: (change: Change) => boolean, entry: (set: ChangeSet, changes: Change[]) => AtomEntry): AtomEntry[] {
  return sets
    .toSorted((a, b) => b.to.localeCompare(a.to))
    .flatMap((set) => {
      const changes = set.changes.filter(select);
      return changes.length > 0 ? [entry(set, changes)] : [];
    });
}

const feed = (site: URL, self: string, page: string, title: string, entries: AtomEntry[], updated: string, subtitle?: string): AtomFeed => {
  const url = (path: string) => new URL(path, site).toString();
  return { id: url(self), title, ...(subtitle ? { subtitle } : {}), self: url(self), page: url(page), author: AUTHOR, updated, entries };
};

/**
 * The versions that did not compare a topic (its file missing from one of the two): a feed
 * without entries there says nothing changed, which nobody checked. Versions recorded before
 * `compared` existed are not named.
 */
export function notComparedSubtitle(sets: ChangeSet[], topic: Topic): string | undefined {
  const versions = sets
    .filter((set) => topicsNotCompared(set)?.includes(topic))
    .map((set) => set.to)
    .sort()
    .map(formatDate);
  if (versions.length === 0) return undefined;
  return `Non comparé dans ${versions.length === 1 ? 'la version' : 'les versions'} du ${versions.join(', du ')} : le fichier manquait dans l'une des deux versions comparées, ses changements n'y sont pas connus.`;
}

/** A history without any version still has a date: the build's newest snapshot. */
export function listFeed(list: FeedList, sets: ChangeSet[], site: URL, updated: string): AtomFeed {
  const entries = perVersion(
    sets,
    (change) => change.topic === list,
    (set, changes) => ({
      id: new URL(`${listFeedPath(list)}#${set.to}`, site).toString(),
      title: `${listFeedTitle(list)} : ${plural(changes.length)} dans la version du ${formatDate(set.to)}`,
      updated: set.to,
      link: new URL(`${sitePaths.changes}#v${set.to}`, site).toString(),
      content: lines(changes),
    }),
  );
  return feed(site, listFeedPath(list), listPagePath({ list }), listFeedTitle(list), entries, updated, notComparedSubtitle(sets, list));
}

export function shortageStateFeed(
  state: ShortageState,
  medicines: Array<{ id: string; name: string; history: MedicineEvent[] }>,
  sets: ChangeSet[],
  site: URL,
  updated: string,
): AtomFeed {
  const byVersion = new Map<string, { from: string; to: string; changes: Change[] }>();
  for (const medicine of medicines) {
    for (const event of medicine.history) {
      if (!shortageStatesOf(event).includes(state)) continue;
      const { from, to, ...change } = event;
      const set = byVersion.get(to) ?? { from, to, changes: [] };
      set.changes.push({ id: medicine.id, name: medicine.name, ...change });
      byVersion.set(to, set);
    }
  }
  const entries = perVersion(
    [...byVersion.values()],
    () => true,
    (set, changes) => ({
      id: new URL(`${shortageFeedPath(state)}#${set.to}`, site).toString(),
      title: `${shortageFeedTitle(state)} : ${plural(changes.length)} dans la version du ${formatDate(set.to)}`,
      updated: set.to,
      link: new URL(listPagePath({ list: 'shortages', part: state }), site).toString(),
      content: lines(changes.toSorted((a, b) => a.name.localeCompare(b.name, 'fr'))),
    }),
  );
  const page = listPagePath({ list: 'shortages', part: state });
  return feed(site, shortageFeedPath(state), page, shortageFeedTitle(state), entries, updated, notComparedSubtitle(sets, 'shortages'));
}

/** Only for a medicine with at least one event: the others get no feed (page count). */
export function medicineFeed(medicine: { id: string; name: string; history: MedicineEvent[] }, site: URL): AtomFeed {
  const versions = [...new Set(medicine.history.map((event) => event.to))].sort().reverse();
  const entries = versions.map((to) => {
    const events = medicine.history.filter((event) => event.to === to);
    return {
      id: new URL(`${medicineFeedPath(medicine.id)}#${to}`, site).toString(),
      title: `${medicine.name} : ${plural(events.length)} dans la version du ${formatDate(to)}`,
      updated: to,
      link: new URL(`${medicinePagePath(medicine.id)}#historique`, site).toString(),
      content: events.map(datedChangeSentence).join('\n'),
    };
  });
  return feed(site, medicineFeedPath(medicine.id), medicinePagePath(medicine.id), `${medicine.name} : changements`, entries, versions[0]);
}
