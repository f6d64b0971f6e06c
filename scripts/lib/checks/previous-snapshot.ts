/**
 * The snapshot before this one, when the sources folder is a dated snapshot with a dated
 * predecessor beside it (data/sources/<date>/): its files are read again by the same
 * parsers, so the comparison needs no stored state that could drift from the files.
 */
import type { JoinInputs } from '../join-medicines.ts';
import { locateHistory } from '../history/history-store.ts';
import { type SourcesFolder, locateSources } from '../sources-dir.ts';
import { type SnapshotSummary, summarise } from './list-checks.ts';

export type PreviousSnapshot = { name: string; summary: SnapshotSummary } | { name: string; error: string } | null;

export async function readPreviousSnapshot(
  folder: SourcesFolder,
  read: (folder: SourcesFolder) => Promise<{ inputs: JoinInputs }>,
): Promise<PreviousSnapshot> {
  const previous = locateHistory(folder.dir)?.previous;
  if (!previous) return null;
  try {
    const { inputs } = await read(locateSources(folder.dir, previous.dir, undefined));
    return { name: `du ${previous.date}`, summary: summarise(inputs) };
  } catch (error) {
    return { name: `du ${previous.date}`, error: (error as Error).message };
  }
}
