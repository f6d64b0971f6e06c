/**
 * Fetches every official file into a new dated snapshot folder. Files land first in
 * `.incoming-<date>/`, each checked as the build would read it; only when all are good does
 * the folder become `<date>/`. A failure leaves every earlier snapshot as it was; the working
 * folder is kept only if it holds checked files (the next run of the same day resumes from
 * them), else removed, with data/sources/ itself if this run created it. A host that cannot be
 * reached at all (no DNS, refused connection) is not asked for its other files.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { isoDateSchema, isoDay } from '../../src/lib/dates.ts';
import { replaceFolder } from '../lib/write-atomically.ts';
import { checkDownload } from './check-download.ts';
import { checkPackageDownload, portalLastModified } from './check-package.ts';
import { DownloadError, type DownloadOptions, download } from './http-download.ts';
import { findXlsxLink } from './find-xlsx-link.ts';
import type { OfficialSource } from './official-sources.ts';

export const snapshotFileSchema = z.object({
  /** Where the file came from, after redirects. */
  url: z.url(),
  /** The address asked for: for a BDPM file, the address form that answered (official-sources.ts). */
  requestedUrl: z.url().optional(),
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
  published: z.object({ date: isoDateSchema, how: z.enum(['last-modified', 'page-update', 'package-created']) }).nullable(),
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

  constructor(failures: string[], workingFolder: string, kept: boolean) {
    super(
      `${failures.length} fichier(s) en échec ; aucun instantané n'a été remplacé :\n  ${failures.join('\n  ')}\n` +
        (kept
          ? `Fichiers déjà vérifiés gardés dans ${workingFolder} : relancer le même jour reprend à partir d'eux.`
          : `Dossier de travail ${workingFolder} supprimé : rien n'est resté.`),
    );
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

/** Hosts found unreachable during this fetch: their other files are not asked for. */
type Unreachable = Map<string, string>;

/** Downloads one address, unless its host was already found unreachable. */
async function downloadFrom(url: string, target: string, options: FetchSnapshotOptions, unreachable: Unreachable, log?: (message: string) => void) {
  const { host } = new URL(url);
  const known = unreachable.get(host);
  if (known) throw new DownloadError(url, `non tenté : ${host} injoignable (${known})`, true);
  try {
    return await download(url, target, { ...options.download, log });
  } catch (error) {
    if (error instanceof DownloadError && error.unreachable) unreachable.set(host, `${error.code}, voir plus haut`);
    throw error;
  }
}

/** The addresses to try for a file, in order: a BDPM file's address forms, or the .xlsx link of an ANSM page. */
async function addressesOf(
  source: OfficialSource,
  incoming: string,
  options: FetchSnapshotOptions,
  unreachable: Unreachable,
): Promise<{ urls: string[]; pageUpdated: string | null }> {
  if (source.kind !== 'ansm-xlsx') return { urls: [source.url, ...(source.alternatives ?? [])], pageUpdated: null };
  const pageFile = join(incoming, `${source.file}.page.html`);
  const page = await downloadFrom(source.url, pageFile, options, unreachable);
  const html = readFileSync(pageFile, 'utf8');
  rmSync(pageFile);
  const link = findXlsxLink(html, page.finalUrl, source.linkHint);
  if (!link) throw new Error(`${source.url} : aucun lien .xlsx${source.linkHint ? ` contenant « ${source.linkHint} »` : ''} sur la page`);
  return { urls: [link], pageUpdated: pageUpdateDate(html) };
}

/**
 * Fetches one file, trying its addresses in order: the next one is tried when an address
 * answers with an error or with something that is not the file. An unreachable host stops
 * the file at once.
 */
async function fetchFile(source: OfficialSource, incoming: string, options: FetchSnapshotOptions, unreachable: Unreachable): Promise<SnapshotFile> {
  const target = join(incoming, source.file);
  const log = options.log ?? (() => {});
  const { urls, pageUpdated } = await addressesOf(source, incoming, options, unreachable);
  const refused: string[] = [];
  for (const url of urls) {
    try {
      const fetched = await downloadFrom(url, target, options, unreachable, (m) => log(`${source.file} : ${m}`));
      const { rows, published } =
        source.kind === 'datapackage'
          ? await packagePublication(source, incoming, options, unreachable, fetched)
          : {
              ...(await checkDownload(source.file, readFileSync(target), fetched.contentType)),
              published: publicationOf(pageUpdated, dayOfHttpDate(fetched.lastModified)),
            };
      if (refused.length > 0) log(`${source.file} : pris à ${url} après ${refused.join(' ; ')}`);
      return {
        url: fetched.finalUrl,
        requestedUrl: url,
        ...(source.kind === 'ansm-xlsx' ? { page: source.url } : {}),
        sha256: fetched.sha256,
        size: fetched.size,
        rows,
        etag: fetched.etag,
        lastModified: fetched.lastModified,
        published,
        fetchedAt: (options.now ?? (() => new Date()))().toISOString(),
      };
    } catch (error) {
      // What one address gave must not be resumed from another.
      rmSync(target, { force: true });
      rmSync(`${target}.part`, { force: true });
      if (error instanceof DownloadError && error.unreachable) throw error;
      refused.push((error as Error).message);
    }
  }
  throw new Error(refused.join(' ; puis '));
}

/**
 * A package download, checked as the build reads it, and its date: the descriptor's `created`,
 * else the portal's metadata, else the file's Last-Modified.
 */
async function packagePublication(
  source: OfficialSource,
  incoming: string,
  options: FetchSnapshotOptions,
  unreachable: Unreachable,
  fetched: { contentType: string | null; lastModified: string | null },
): Promise<{ rows: number; published: SnapshotFile['published'] }> {
  if (/text\/html/i.test(fetched.contentType ?? '')) throw new Error(`une page HTML a été servie à la place du paquet (type ${fetched.contentType})`);
  const { rows, created } = await checkPackageDownload(incoming, source.file);
  if (created) return { rows, published: { date: created, how: 'package-created' } };
  if (source.metadataUrl) {
    const metadataFile = join(incoming, `${source.file}.metadata.json`);
    try {
      await downloadFrom(source.metadataUrl, metadataFile, options, unreachable);
      const day = portalLastModified(readFileSync(metadataFile, 'utf8'));
      if (day) return { rows, published: { date: day, how: 'last-modified' } };
    } catch {
      // The portal's metadata only dates the package: without it, the file's Last-Modified does.
    } finally {
      rmSync(metadataFile, { force: true });
    }
  }
  return { rows, published: publicationOf(null, dayOfHttpDate(fetched.lastModified)) };
}

/** Working folders of earlier runs that stopped short on another day: nothing will resume them. */
function removeOtherWorkingFolders(outRoot: string, keep: string, log: (message: string) => void): void {
  for (const name of readdirSync(outRoot)) {
    if (name.startsWith('.incoming-') && name !== keep) {
      rmSync(join(outRoot, name), { recursive: true, force: true });
      log(`dossier de travail d'un téléchargement interrompu supprimé : ${name}`);
    }
  }
}

export async function fetchSnapshot(options: FetchSnapshotOptions): Promise<{ dir: string; manifest: SnapshotManifest }> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const createdRoot = !existsSync(options.outRoot);
  const incoming = join(options.outRoot, `.incoming-${options.date}`);
  mkdirSync(incoming, { recursive: true });
  removeOtherWorkingFolders(options.outRoot, basename(incoming), log);
  const progressFile = join(incoming, 'progress.json');
  const done: SnapshotManifest['files'] = existsSync(progressFile)
    ? snapshotManifestSchema.shape.files.parse(JSON.parse(readFileSync(progressFile, 'utf8')))
    : {};
  const failures: string[] = [];
  const unreachable: Unreachable = new Map();

  for (const source of options.sources) {
    if (done[source.file] && existsSync(join(incoming, source.file))) {
      log(`${source.file} : déjà téléchargé, gardé`);
      continue;
    }
    try {
      done[source.file] = await fetchFile(source, incoming, options, unreachable);
      writeFileSync(progressFile, `${JSON.stringify(done, null, 2)}\n`);
      log(`${source.file} : ${done[source.file].size} octets, ${done[source.file].rows} lignes`);
    } catch (error) {
      failures.push(`${source.file} : ${(error as Error).message}`);
    }
  }
  if (failures.length > 0) {
    const kept = Object.keys(done).length > 0;
    if (!kept) {
      rmSync(incoming, { recursive: true, force: true });
      if (createdRoot && readdirSync(options.outRoot).length === 0) rmSync(options.outRoot, { recursive: true, force: true });
    }
    throw new SnapshotError(failures, incoming, kept);
  }

  const manifest: SnapshotManifest = { fetchedAt: now().toISOString(), files: done };
  writeFileSync(join(incoming, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(progressFile);
  const dir = join(options.outRoot, options.date);
  replaceFolder(incoming, dir);
  return { dir, manifest };
}
