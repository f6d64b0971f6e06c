/**
 * Reading stage: every recognised file of a sources folder is parsed by the parser its name
 * calls for, dated, and accounted for row by row (read, kept, rejected, duplicates). Once
 * every file is dated, a date far past the data's own date is emptied as a typo. Used for the
 * snapshot built and for the one before it, so that both are read alike.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ManifestSource, type SourceId, zeroCounts } from '../../../src/lib/content/manifest.ts';
import { isoToday } from '../../../src/lib/dates.ts';
import { clearImplausibleDates, dateCeiling } from '../checks/implausible-dates.ts';
import type { ContentReport } from '../content-report.ts';
import type { JoinInputs } from '../join-medicines.ts';
import { isBdpmFile, parseSourceFile } from '../parse-source.ts';
import type { ParsedSource } from '../parse/records.ts';
import type { SourcesFolder } from '../sources-dir.ts';
import { sourceDate } from './choose-source-date.ts';
import { readSourceOrigins } from './source-origins.ts';
import { readFolderPackage } from '../../sources/datapackage/package-sources.ts';

const BDPM_DOWNLOAD = 'https://base-donnees-publique.medicaments.gouv.fr/telechargement.php?fichier=';

/** What the manifest says of a source file besides its row counts, which come from the report's accounting. */
export type SourceFacts = Omit<ManifestSource, 'rows' | 'kept' | 'rejected' | 'duplicates' | 'joinShare'>;

/** A sources folder as read: the join's inputs, each file's facts, and the report begun with the accounting. */
export interface ReadSources {
  inputs: JoinInputs;
  files: SourceFacts[];
  report: ContentReport;
}

/** The file each source was read from (source id → file name): a BDPM file, an ANSM list or a datapackage resource. */
export type FilesRead = Partial<Record<SourceId, string>>;

export function filesRead(report: Pick<ContentReport, 'accounts'>): FilesRead {
  return Object.fromEntries(report.accounts.map((account) => [account.id, account.file]));
}

/** The report as reading begins it: nothing accounted for yet. */
export function emptyReport(folder: Pick<SourcesFolder, 'dir' | 'unused'>, demo: boolean): ContentReport {
  return {
    sourcesDir: folder.dir,
    demo,
    accounts: [],
    rejections: [],
    duplicates: [],
    warnings: [],
    unused: folder.unused,
    acceptedChanges: [],
    counts: zeroCounts(),
    conditions: { categories: [], headers: [], unclassified: [] },
    genericGroups: { groups: 0, memberships: 0, medicines: 0 },
    historyTarget: null,
    history: { snapshot: null, comparedWith: null, note: null },
  };
}

export async function readSources(folder: SourcesFolder): Promise<ReadSources> {
  const { demo, demoDate, fetched } = readSourceOrigins(folder.dir);
  const inputs: JoinInputs = {};
  const files: SourceFacts[] = [];
  const report = emptyReport(folder, demo);

  const datapackage = folder.datapackage ? await readFolderPackage(folder, fetched, demo, demoDate) : null;
  for (const [id, file] of Object.entries(datapackage?.txtFiles ?? folder.files) as Array<[SourceId, string]>) {
    const path = join(folder.dir, file);
    const bytes = readFileSync(path);
    const { parsed, encoding } = await parseSourceFile(id, file, bytes);
    (inputs as Record<string, unknown>)[id] = parsed;
    report.rejections.push(...parsed.rejections);
    report.duplicates.push(...parsed.duplicates);
    report.warnings.push(...parsed.warnings.map((message) => ({ file, message })));
    const origin = fetched[file];
    files.push({
      id,
      file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.byteLength,
      ...sourceDate(id, parsed, origin?.published ?? null, demoDate),
      originUrl: origin?.url ?? (isBdpmFile(id) && !demo ? `${BDPM_DOWNLOAD}${file}` : null),
      encoding,
      demo,
    });
    report.accounts.push({
      id,
      file,
      read: parsed.read,
      kept: parsed.records.length,
      rejected: parsed.rejections.length,
      duplicates: parsed.duplicates.length,
      ...(parsed.sheet === undefined ? {} : { sheet: parsed.sheet, unknownHeaders: parsed.unknownHeaders ?? [] }),
    });
  }
  datapackage?.addTo(inputs, files, report);
  // Once every source is dated: a date far past the data's own date is a typo, not published.
  const ceiling = dateCeiling(
    files.map((file) => file.date),
    isoToday(),
  );
  for (const parsed of Object.values(inputs) as Array<ParsedSource<Record<string, unknown>>>) {
    report.warnings.push(...clearImplausibleDates(parsed, ceiling));
  }
  return { inputs, files, report };
}
