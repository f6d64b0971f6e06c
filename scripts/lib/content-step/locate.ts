/**
 * First stage, before any file is read: which sources folder this build reads (its files
 * recognised by name, a partial BDPM download refused), and which change history it adds to.
 * A snapshot older than the newest one already built is refused here, at once.
 */
import type { ChangeSet } from '../../../src/lib/content/history.ts';
import { checkFileSet } from '../checks/file-set.ts';
import { historyUpTo } from '../checks/snapshot-order.ts';
import { type HistoryPlace, locateHistory, readHistory } from '../history/history-store.ts';
import { SourceError } from '../problems.ts';
import { type SourcesFolder, locateSources } from '../sources-dir.ts';

export interface LocateOptions {
  root: string;
  sourcesFlag?: string;
  sourcesEnv?: string;
  /** Build a snapshot older than the newest one the history has recorded (the site goes back). */
  allowOlderSnapshot?: boolean;
}

export interface BuildPlace {
  folder: SourcesFolder;
  /** Where the change history lives, and the snapshot before this one; null when the sources are not a dated snapshot and carry no history. */
  history: HistoryPlace | null;
  /** The change sets the history holds, read once. */
  recorded: ChangeSet[];
  /** For a dated snapshot: the change sets it may show, and the newer snapshot already built when going back was allowed. */
  shown: { changeSets: ChangeSet[]; older: string | null } | null;
}

export function locateBuild(options: LocateOptions): BuildPlace {
  const folder = locateSources(options.root, options.sourcesFlag, options.sourcesEnv);
  if (!folder.datapackage && Object.keys(folder.files).length === 0) {
    throw new SourceError({ file: folder.dir }, 'aucun fichier officiel reconnu dans ce dossier');
  }
  checkFileSet(folder);
  const history = locateHistory(folder.dir);
  const recorded = history ? readHistory(history.path) : [];
  const shown = history?.current ? historyUpTo(recorded, history.current.date, history.path, options.allowOlderSnapshot === true) : null;
  return { folder, history, recorded, shown };
}
