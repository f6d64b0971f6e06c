/**
 * The content checks and the comparison with the previous snapshot, run by the content
 * step once every file is read: join shares go into the accounting, large changes stop
 * the build unless the maintainer accepts them (--accept-changes).
 */
import type { ContentReport } from '../content-report.ts';
import type { JoinInputs } from '../join-medicines.ts';
import type { SourcesFolder } from '../sources-dir.ts';
import { changesSince, enforce, lowJoinShares, summarise } from './list-checks.ts';
import { readPreviousSnapshot } from './previous-snapshot.ts';

export async function checkChanges(
  folder: SourcesFolder,
  inputs: JoinInputs,
  report: ContentReport,
  acceptChanges: boolean,
  read: (folder: SourcesFolder) => Promise<{ inputs: JoinInputs }>,
): Promise<void> {
  const summary = summarise(inputs);
  for (const account of report.accounts) {
    const share = summary.shares[account.id as keyof typeof summary.shares];
    if (share) account.joinShare = share;
  }
  const previous = await readPreviousSnapshot(folder, read);
  if (previous && 'error' in previous) {
    report.warnings.push({ file: folder.dir, message: `instantané ${previous.name} illisible, pas de comparaison des décomptes : ${previous.error}` });
  }
  const since = previous && 'summary' in previous ? changesSince(previous.summary, summary, previous.name) : [];
  report.acceptedChanges = enforce([...lowJoinShares(summary), ...since], acceptChanges);
}
