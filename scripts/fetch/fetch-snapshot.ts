/**
 * Fetches every official file into a new dated snapshot folder. Files land first in
 * `.incoming-<date>/` (kept between runs, so a failed run resumes where it stopped), each
 * checked as the build would read it; only when all are good does the folder become
 * `<date>/`. A failure leaves every earlier snapshot as it was.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isoDateSchema, isoDay } from '../../src/lib/dates.ts';
import { replaceFolder } from '../lib/write-atomically.ts';
import { checkDownload } from './check-download.ts';
import { type DownloadOptions, download } from './http-download.ts';
import { findXlsxLink } from './find-xlsx-link.ts';
import type { OfficialSource } from './official-sources.ts';

export const snapshotFileSchema = z.object({
  url: z.url(),
  page: z.url().optional(),
  sha256: z.string(),
  size: z.number(),
  rows: z.number(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  /**
   * The publication date found with the download: the "mis à jour le" of the ANSM page, else the
   * Last-Modified of the file; null when neither says (the fetch day is not the data's date).
   */
  published: z.object({ date: isoDateSchema, how: z.enum(['last-modified', 'page-update']) }).nullable(),
  fetchedAt: z.string(),
});

type SnapshotFile = z.infer<typeof snapshotFileSchema>;

export const snapshotManifestSchema = z.object({ fetchedAt: z.string(), files: z.record(z.string(), snapshotFileSchema) });
export type SnapshotManifest = z.infer<typeof snapshotManifestSchema>;

export interface FetchSnapshotOptions {
  outRoot: string;
  date: string;
  sources: OfficialSource[];
  download: DownloadOptions;
  now?: () => Date;
  log?: (message: string) => void;
}

export class SnapshotError extends Error {
  readonly failures: string[];

  constructor(failures: string[]) {
    super(`${failures.length} fichier(s) en échec ; aucun instantané n'a été remplacé :\n  ${failures.join('\n  ')}`);
    this.name = 'SnapshotError';
    this.failures = failures;
  }
}

function dayOfHttpDate(httpDate: string | null): string | null {
  const parsed = httpDate ? new Date(httpDate) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? isoDay(parsed) : null;
}

function publicationOf(pageUpdated: string | null, lastModified: string | null): SnapshotFile['published'] {
  if (pageUpdated) return { date: pageUpdated, how: 'page-update' };
  return lastModified ? { date: lastModified, how: 'last-modified' } : null;
}

/** ANSM reference pages say "MIS À JOUR LE 09/01/2026" above their content. */
export function pageUpdateDate(html: string): string | null {
  const text = html.replace(/&nbsp;|&#160;|&#xa0;/gi, ' ').replace(/&agrave;|&#224;|&#xe0;/gi, 'à');
  const match = /mis(?:\s|\u00a0)+(?:à|a)(?:\s|\u00a0)+jour(?:\s|\u00a0)+le(?:\s|\u00a0)+(\d{2})\/(\d{2})\/(\d{4})/i.exec(text);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : null;
}

async function resolveFileUrl(source: OfficialSource, incoming: string, options: FetchSnapshotOptions): Promise<{ url: string; pageUpdated: string | null }> {
  if (source.kind === 'bdpm') return { url: source.url, pageUpdated: null };
  const pageFile = join(incoming, `${source.file}.page.html`);
  const page = await download(source.url, pageFile, options.download);
  const html = readFileSync(pageFile, 'utf8');
  rmSync(pageFile);
  const link = findXlsxLink(html, page.finalUrl, source.linkHint);
  if (!link) throw new Error(`${source.url} : aucun lien .xlsx${source.linkHint ? ` contenant « ${source.linkHint} »` : ''} sur la page`);
  return { url: link, pageUpdated: pageUpdateDate(html) };
}

export async function fetchSnapshot(options: FetchSnapshotOptions): Promise<{ dir: string; manifest: SnapshotManifest }> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const incoming = join(options.outRoot, `.incoming-${options.date}`);
  mkdirSync(incoming, { recursive: true });
  const progressFile = join(incoming, 'progress.json');
  const done: SnapshotManifest['files'] = existsSync(progressFile) ? snapshotManifestSchema.shape.files.parse(JSON.parse(readFileSync(progressFile, 'utf8'))) : {};
  const failures: string[] = [];

  for (const source of options.sources) {
    const target = join(incoming, source.file);
    if (done[source.file] && existsSync(target)) {
      log(`${source.file} : déjà téléchargé, gardé`);
      continue;
    }
    try {
      const { url, pageUpdated } = await resolveFileUrl(source, incoming, options);
      const fetched = await download(url, target, { ...options.download, log: (m) => log(`${source.file} : ${m}`) });
      const { rows } = await checkDownload(source.file, readFileSync(target), fetched.contentType);
      const at = now();
      done[source.file] = {
        url: fetched.finalUrl,
        ...(source.kind === 'ansm-xlsx' ? { page: source.url } : {}),
        sha256: fetched.sha256,
        size: fetched.size,
        rows,
        etag: fetched.etag,
        lastModified: fetched.lastModified,
        published: publicationOf(pageUpdated, dayOfHttpDate(fetched.lastModified)),
        fetchedAt: at.toISOString(),
      };
      writeFileSync(progressFile, `${JSON.stringify(done, null, 2)}\n`);
      log(`${source.file} : ${fetched.size} octets, ${rows} lignes`);
    } catch (error) {
      rmSync(target, { force: true });
      failures.push(`${source.file} : ${(error as Error).message}`);
    }
  }
  if (failures.length > 0) throw new SnapshotError(failures);

  const manifest: SnapshotManifest = { fetchedAt: now().toISOString(), files: done };
  writeFileSync(join(incoming, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(progressFile);
  const dir = join(options.outRoot, options.date);
  replaceFolder(incoming, dir);
  return { dir, manifest };
}
