/**
 * The content step as a pipeline of named stages, each in its own module: locate the sources
 * → read them → check the changes → join → account → history (compare with the previous
 * snapshot) → check the entries → classify → count → write. The previous snapshot is read and
 * joined once, for the change checks and the history. Any fatal problem throws before
 * anything is written.
 */
import { join } from 'node:path';
import type { Manifest } from '../../../src/lib/content/manifest.ts';
import { applyHistory } from '../history/apply-history.ts';
import { carryWithdrawn } from '../history/withdrawn.ts';
import { checkUnknownHeaders } from '../checks/list-checks.ts';
import type { ContentReport } from '../content-report.ts';
import { joinMedicines } from '../join-medicines.ts';
import { countOrphans, manifestSources, refuseRejectedRows } from './accounting.ts';
import { checkChanges } from './check-changes.ts';
import { checkEntries } from './check-entries.ts';
import { classificationReport } from './classify.ts';
import { countMedicines, genericGroupCounts } from './counts.ts';
import { type LocateOptions, locateBuild } from './locate.ts';
import { readPreviousSnapshot } from './previous-snapshot.ts';
import { readSources } from './read-sources.ts';
import { historyForBuild } from './snapshot-history.ts';
import { writeContent } from './write-content.ts';

export interface BuildContentOptions extends LocateOptions {
  /** Where content goes; content/data by default. */
  outDir?: string;
  /** Treat any rejected row, and any unknown spreadsheet column, as fatal. */
  strict?: boolean;
  /** Accept large changes (shrunk sources or lists, low join shares) instead of stopping. */
  acceptChanges?: boolean;
}

export async function buildContent(options: BuildContentOptions): Promise<ContentReport> {
  const strict = options.strict === true;
  const place = locateBuild(options);
  const { inputs, files, report } = await readSources(place.folder);
  checkUnknownHeaders(inputs, strict);
  const previous = await readPreviousSnapshot(place.history);
  checkChanges(inputs, report, previous, options.acceptChanges === true);
  const { medicines, orphans } = joinMedicines(inputs);
  const history = historyForBuild(place, previous, medicines, report);
  countOrphans(report, orphans);
  refuseRejectedRows(report, strict);
  const entries = checkEntries(applyHistory(carryWithdrawn(medicines, history.withdrawn), history.changeSets, place.history?.current?.date ?? null));
  report.conditions = classificationReport(entries, strict, inputs.prescriptionConditions?.file);
  const manifest: Manifest = { demo: report.demo, sources: manifestSources(files, report), counts: countMedicines(entries) };
  report.counts = manifest.counts;
  report.genericGroups = genericGroupCounts(entries);
  writeContent(options.outDir ?? join(options.root, 'content', 'data'), {
    entries,
    manifest,
    changeSets: history.changeSets,
    withdrawn: history.withdrawn,
    report,
  });
  report.historyTarget = history.persistTo;
  return report;
}
