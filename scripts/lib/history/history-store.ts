/**
 * Where the change history lives and how it grows. A sources folder may carry its own
 * history.json (the demo set does). Fetched snapshots live in dated folders side by side:
 * their history.json sits beside them, and each build of a snapshot adds (or replaces) the
 * change set from the snapshot before it.
 */
import { existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type ChangeSet, historySchema } from '../../../src/lib/content/history.ts';
import { isDatedFolderName } from '../../../src/lib/dates.ts';
import { SourceError } from '../problems.ts';
import { WITHDRAWN_FILE, readWithdrawn, writeWithdrawn } from './withdrawn.ts';

export const HISTORY_FILE = 'history.json';

export interface HistoryPlace {
  path: string;
  /** The snapshot to compare with, when this build adds a change set. */
  previous: { dir: string; date: string } | null;
  current: { date: string } | null;
}

export function locateHistory(sourcesDir: string): HistoryPlace | null {
  const own = join(sourcesDir, HISTORY_FILE);
  if (existsSync(own)) return { path: own, previous: null, current: null };
  const date = basename(sourcesDir);
  if (!isDatedFolderName(date)) return null;
  const parent = dirname(sourcesDir);
  const earlier = readdirSync(parent)
    .filter((name) => isDatedFolderName(name) && name < date && statSync(join(parent, name)).isDirectory())
    .sort();
  const previous = earlier.length > 0 ? earlier[earlier.length - 1] : null;
  return { path: join(parent, HISTORY_FILE), previous: previous ? { dir: join(parent, previous), date: previous } : null, current: { date } };
}

export function readHistory(path: string): ChangeSet[] {
  if (!existsSync(path)) return [];
  try {
    return historySchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new SourceError({ file: path }, `historique illisible : ${(error as Error).message}`);
  }
}

/** Adds a change set, replacing one between the same two versions; oldest first. */
export function withChangeSet(history: ChangeSet[], changeSet: ChangeSet): ChangeSet[] {
  return [...history.filter((set) => set.to !== changeSet.to), changeSet].sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

/** One change a line: small enough for git, and a new version reads as added lines. */
export function serialiseHistory(history: ChangeSet[]): string {
  const sets = history.map(({ from, to, compared, changes }) => {
    const lines = changes.map((change) => `  ${JSON.stringify(change)}`).join(',\n');
    const topics = compared ? `"compared":${JSON.stringify(compared)},` : '';
    return ` {"from":${JSON.stringify(from)},"to":${JSON.stringify(to)},${topics}"changes":[${changes.length > 0 ? `\n${lines}\n ` : ''}]}`;
  });
  return sets.length > 0 ? `[\n${sets.join(',\n')}\n]\n` : '[]\n';
}

export function writeHistory(path: string, history: ChangeSet[]): void {
  const temporary = `${path}.new-${process.pid}`;
  writeFileSync(temporary, serialiseHistory(history));
  renameSync(temporary, path);
}

/**
 * After a whole build succeeded: the content's history becomes the snapshots' history, and its
 * withdrawn medicines are kept beside it (first, so that a history never names a build whose
 * withdrawn medicines were not kept; rebuilding writes both again).
 */
export function recordHistory(contentDir: string, target: string): void {
  writeWithdrawn(join(dirname(target), WITHDRAWN_FILE), readWithdrawn(join(contentDir, WITHDRAWN_FILE)));
  writeHistory(target, readHistory(join(contentDir, HISTORY_FILE)));
}
