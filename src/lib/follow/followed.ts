/**
 * The medicines a reader follows, kept in this browser only (localStorage), and what changed for
 * them since their last visit. Pure: the page script passes the stored text and the history in.
 *
 * Each medicine keeps two versions of the history: `seen`, the newest version of the history at the
 * reader's latest visit, and `before`, the one seen at the visit before a newer version came. The
 * changes newer than `before` are "new since the last visit", and stay so on a reload until a still
 * newer version is published. `null` means no version had been compared yet: every change is newer.
 */

export const FOLLOWED_STORAGE_KEY = 'regimes-medicaments.suivis';

export interface FollowedMedicine {
  id: string;
  name: string;
  before: string | null;
  seen: string | null;
}

/** Only what a change set must have for this module: the dates and each change's medicine. */
export interface DatedChanges<C extends { id: string }> {
  from: string;
  to: string;
  changes: C[];
}

const isDate = (value: unknown): value is string | null => value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));

function isFollowed(value: unknown): value is FollowedMedicine {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.id === 'string' && entry.id !== '' && typeof entry.name === 'string' && isDate(entry.before) && isDate(entry.seen);
}

/** The stored list; anything unreadable (another format, edited by hand) counts as no list, entry by entry. */
export function readFollowed(stored: string | null): FollowedMedicine[] {
  if (stored === null) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter(isFollowed) : [];
  } catch {
    return [];
  }
}

export const writeFollowed = (followed: FollowedMedicine[]): string => JSON.stringify(followed);

/** Follows a medicine from the newest published version on: older changes are not news to the reader. */
export function follow(followed: FollowedMedicine[], medicine: { id: string; name: string }, newest: string | null): FollowedMedicine[] {
  if (followed.some((entry) => entry.id === medicine.id)) return followed;
  return [...followed, { id: medicine.id, name: medicine.name, before: newest, seen: newest }];
}

export const unfollow = (followed: FollowedMedicine[], id: string): FollowedMedicine[] => followed.filter((entry) => entry.id !== id);

/** A visit with `newest` as the newest published version: what was seen becomes "before". */
export function recordVisit(followed: FollowedMedicine[], newest: string | null): FollowedMedicine[] {
  return followed.map((entry) => (newest === null || entry.seen === newest ? entry : { ...entry, before: entry.seen, seen: newest }));
}

/** The newest version a history names, or null before any comparison. */
export const newestVersion = (history: Array<DatedChanges<{ id: string }>>): string | null =>
  history.reduce<string | null>((newest, set) => (newest === null || set.to > newest ? set.to : newest), null);

/** This medicine's changes in versions newer than `before`, newest version first, each with its two dates. */
export function changesSince<C extends { id: string }>(history: Array<DatedChanges<C>>, entry: FollowedMedicine): Array<C & { from: string; to: string }> {
  return history
    .filter((set) => entry.before === null || set.to > entry.before)
    .toSorted((a, b) => b.to.localeCompare(a.to))
    .flatMap((set) => set.changes.filter((change) => change.id === entry.id).map((change) => ({ ...change, from: set.from, to: set.to })));
}
