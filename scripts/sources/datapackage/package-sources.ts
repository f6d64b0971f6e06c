/**
 * The content step's hook for the package: reads it (read-package.ts) and adds each resource it
 * read to the step's inputs, manifest facts and accounting, exactly as the loop over the BDPM
 * files does for a .txt file. BDPM files whose facts the package carries are left out of that
 * loop (`txtFiles`) and listed "non utilisé" with why.
 */
import { createHash } from 'node:crypto';
import type { ManifestSource } from '../../../src/lib/content/manifest.ts';
import type { ContentReport } from '../../lib/content-report.ts';
import type { JoinInputs } from '../../lib/join-medicines.ts';
import { sourceDate } from '../../lib/content-step/choose-source-date.ts';
import type { SourcesFolder } from '../../lib/sources-dir.ts';
import { readDatapackage } from './read-package.ts';

type SourceFacts = Omit<ManifestSource, 'rows' | 'kept' | 'rejected' | 'duplicates' | 'joinShare'>;

/** What sources:fetch recorded for a file (manifest.json beside the files). */
type Fetched = Record<string, { url?: string; published?: { date: string; how: 'last-modified' | 'page-update' | 'package-created' } | null }>;

export interface FolderPackage {
  /** The folder's BDPM and list files still to read by name. */
  txtFiles: SourcesFolder['files'];
  addTo(inputs: JoinInputs, files: SourceFacts[], report: ContentReport): void;
}

export async function readFolderPackage(folder: SourcesFolder, fetched: Fetched, demo: boolean, demoDate: string | null): Promise<FolderPackage> {
  const entry = folder.datapackage!;
  const read = await readDatapackage(folder.dir, entry, folder.files);
  const txtFiles = { ...folder.files };
  for (const { id } of read.replaced) delete txtFiles[id];
  // The package is one download: its fetch record (or else its descriptor) dates every resource.
  const origin = fetched[entry];
  const publication = origin?.published ?? (read.date && !demoDate ? { date: read.date, how: 'package-created' as const } : null);
  return {
    txtFiles,
    addTo(inputs, files, report) {
      Object.assign(inputs, read.inputs);
      report.unused.push(...read.unused, ...read.replaced.map(({ file, why }) => ({ file, why })));
      report.warnings.push(...read.warnings);
      for (const { id, file, bytes, parsed, encoding } of read.sources) {
        report.rejections.push(...parsed.rejections);
        report.duplicates.push(...parsed.duplicates);
        files.push({
          id,
          file,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          size: bytes.byteLength,
          ...sourceDate(id, parsed, publication, demoDate),
          originUrl: origin?.url ?? null,
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
        });
      }
    },
  };
}
