/**
 * Writing stage: the content the pages load, swapped into place in one move (a failed build
 * leaves the previous content as it was). The snapshots' shared history is not written here:
 * the site build records it only once Astro and Pagefind have succeeded too (recordHistory
 * in history-store.ts).
 */
import type { ChangeSet } from '../../../src/lib/content/history.ts';
import type { Medicine } from '../../../src/lib/content/medicine.ts';
import { type Manifest, manifestSchema } from '../../../src/lib/content/manifest.ts';
import { LAST_CHANGES_FILE, lastChangeDates } from '../../../src/lib/seo/sitemap-dates.ts';
import type { ContentReport } from '../content-report.ts';
import { serialiseHistory } from '../history/history-store.ts';
import { WITHDRAWN_FILE, serialiseWithdrawn } from '../history/withdrawn.ts';
import { writeFolderAtomically } from '../write-atomically.ts';

export interface Content {
  entries: Medicine[];
  manifest: Manifest;
  changeSets: ChangeSet[];
  /** Medicines gone from the BDPM, recorded beside the history once the whole build succeeds. */
  withdrawn: Medicine[];
  report: ContentReport;
}

export function writeContent(outDir: string, { entries, manifest, changeSets, withdrawn, report }: Content): void {
  manifestSchema.parse(manifest);
  writeFolderAtomically(outDir, {
    'medicines.json': `[\n${entries.map((entry) => JSON.stringify(entry)).join(',\n')}\n]\n`,
    [LAST_CHANGES_FILE]: `${JSON.stringify(lastChangeDates(entries))}\n`,
    'manifest.json': `${JSON.stringify(manifest, null, 2)}\n`,
    'history.json': serialiseHistory(changeSets),
    [WITHDRAWN_FILE]: serialiseWithdrawn(withdrawn),
    'report.json': `${JSON.stringify({ ...report, sourcesDir: undefined, historyTarget: undefined }, null, 2)}\n`,
  });
}
