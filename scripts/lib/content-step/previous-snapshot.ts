/**
 * The snapshot before this one, when the sources folder is a dated snapshot with a dated
 * predecessor beside it (data/sources/<date>/): read by the same stage as the snapshot built,
 * and joined, once. The change checks compare its counts, the history its medicines; no
 * stored state could drift from the files. A snapshot that cannot be read or joined is not
 * compared, and each user of it says so.
 */
import type { Medicine } from '../../../src/lib/content/medicine.ts';
import { type SnapshotSummary, summariseSnapshot } from '../checks/list-checks.ts';
import type { HistoryPlace } from '../history/history-store.ts';
import { joinMedicines } from '../join-medicines.ts';
import { locateSources } from '../sources-dir.ts';
import { type FilesRead, type ReadSources, filesRead, readSources } from './read-sources.ts';

/** What a use of the previous snapshot gets: the value, or why there is none. */
type Readable<T> = { value: T } | { error: string };

export interface PreviousSnapshot {
  date: string;
  dir: string;
  /** Rows, list members and join shares, for the change checks. */
  summary: Readable<SnapshotSummary>;
  /** Its medicines as joined and the files it read (source id → file name), for the history. */
  joined: Readable<{ medicines: Medicine[]; files: FilesRead }>;
}

function attempt<T>(work: () => T): Readable<T> {
  try {
    return { value: work() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export async function readPreviousSnapshot(history: HistoryPlace | null): Promise<PreviousSnapshot | null> {
  const previous = history?.previous;
  if (!previous) return null;
  const { dir, date } = previous;
  let read: ReadSources;
  try {
    read = await readSources(locateSources(dir, dir, undefined));
  } catch (error) {
    const unread = { error: (error as Error).message };
    return { date, dir, summary: unread, joined: unread };
  }
  return {
    date,
    dir,
    summary: attempt(() => summariseSnapshot(read.inputs)),
    joined: attempt(() => ({ medicines: joinMedicines(read.inputs).medicines, files: filesRead(read.report) })),
  };
}
