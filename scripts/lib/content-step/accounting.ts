/**
 * Accounting stage: the report's accounting is the one count of each file's rows (read, kept,
 * rejected, duplicates); the join moves the rows it cannot attach from kept to rejected, and
 * the manifest copies the result. Under --strict, any rejected row stops the build.
 */
import type { ManifestSource } from '../../../src/lib/content/manifest.ts';
import type { ContentReport, SourceAccount } from '../content-report.ts';
import { type Rejection, SourceError } from '../problems.ts';
import type { SourceFacts } from './read-sources.ts';

function accountOf(report: ContentReport, file: string): SourceAccount {
  const account = report.accounts.find((candidate) => candidate.file === file);
  if (!account) throw new Error(`${file} : fichier absent du décompte des lignes`);
  return account;
}

/**
 * A detail row of the BDPM (presentation, composition, condition…) whose CIS is absent
 * from CIS_bdpm.txt is found only by the join: it moves from its file's kept rows to its
 * rejected rows.
 */
export function countOrphans(report: ContentReport, orphans: Rejection[]): void {
  for (const orphan of orphans) {
    report.rejections.push(orphan);
    const account = accountOf(report, orphan.file);
    account.kept--;
    account.rejected++;
  }
}

/** Under --strict, the first rejected row (the parsers' or the join's) stops the build. */
export function refuseRejectedRows(report: ContentReport, strict: boolean): void {
  if (!strict || report.rejections.length === 0) return;
  const [first] = report.rejections;
  throw new SourceError(first, `${first.reason} (${report.rejections.length} ligne(s) rejetée(s), mode strict)`);
}

/** The manifest's sources: each file's facts, with its row counts as the report's accounting has them (in the manifest's key order). */
export function manifestSources(files: SourceFacts[], report: ContentReport): ManifestSource[] {
  return files.map(({ id, file, sha256, size, ...origin }) => {
    const { read, kept, rejected, duplicates, joinShare } = accountOf(report, file);
    return { id, file, sha256, size, rows: read, kept, rejected, duplicates, joinShare: joinShare ?? null, ...origin };
  });
}
