/**
 * Validation stage, once every file is read: each list file's join share goes into the
 * accounting, and large changes (a share under its floor; sources or lists that shrank
 * sharply, or shares that fell, since the previous snapshot) stop the build unless the
 * maintainer accepts them (--accept-changes).
 */
import { type LargeChange, largeChangesSince, enforce, lowJoinShares, summariseSnapshot } from '../checks/list-checks.ts';
import type { ContentReport } from '../content-report.ts';
import type { JoinInputs } from '../join-medicines.ts';
import type { PreviousSnapshot } from './previous-snapshot.ts';

export function checkChanges(inputs: JoinInputs, report: ContentReport, previous: PreviousSnapshot | null, acceptChanges: boolean): void {
  const summary = summariseSnapshot(inputs);
  for (const account of report.accounts) {
    const share = summary.shares[account.id as keyof typeof summary.shares];
    if (share) account.joinShare = share;
  }
  let since: LargeChange[] = [];
  if (previous) {
    const name = `du ${previous.date}`;
    if ('value' in previous.summary) since = largeChangesSince(previous.summary.value, summary, name);
    else
      report.warnings.push({ file: report.sourcesDir, message: `instantané ${name} illisible, pas de comparaison des décomptes : ${previous.summary.error}` });
  }
  report.acceptedChanges = enforce([...lowJoinShares(summary), ...since], acceptChanges);
}
