/** What the followed-medicines page shows for each medicine, in words. Pure; the page script only renders it. */
import { formatDate } from '../format.ts';
import { medicineFeedPath } from '../addresses.ts';
import { medicinePagePath } from '../addresses.ts';
import { type DatedChanges, type FollowedMedicine, changesSince } from './followed.ts';

export interface FollowedView {
  id: string;
  name: string;
  href: string;
  /** Only a medicine with at least one recorded change has a feed. */
  feed: string | null;
  /** What the list below is: new since which version, or nothing new. */
  summary: string;
  changes: string[];
}

/** `history` null: it could not be loaded, and the page must not say "nothing new". */
export function followedViews<C extends { id: string }>(
  followed: FollowedMedicine[],
  history: Array<DatedChanges<C>> | null,
  describe: (change: C & { from: string; to: string }) => string,
): FollowedView[] {
  if (history === null) {
    return followed.map((entry) => ({
      ...entry,
      href: medicinePagePath(entry.id),
      feed: null,
      summary: "Changements inconnus : l'historique n'a pas pu être chargé.",
      changes: [],
    }));
  }
  const withEvents = new Set(history.flatMap((set) => set.changes.map((change) => change.id)));
  return followed.map((entry) => {
    const changes = changesSince(history, entry);
    const since = entry.before === null ? 'depuis que vous le suivez' : `depuis la version du ${formatDate(entry.before)}`;
    // Changes are always newer than a version the reader had seen: at a visit, or when starting to follow.
    const summary =
      changes.length === 0
        ? `Aucun changement enregistré ${since} dans les fichiers comparés.`
        : `${changes.length === 1 ? 'Un changement' : `${changes.length} changements`} ${since}${entry.before === null ? '' : ', la dernière que vous aviez vue'} :`;
    return {
      id: entry.id,
      name: entry.name,
      href: medicinePagePath(entry.id),
      feed: withEvents.has(entry.id) ? medicineFeedPath(entry.id) : null,
      summary,
      changes: changes.map((change) => `${describe(change)} (version du ${formatDate(change.to)}, comparée à celle du ${formatDate(change.from)})`),
    };
  });
}
