import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every HTML page of a built site, by its address. */
export function sitePages(siteDir: string): Map<string, string> {
  return new Map(
    readdirSync(siteDir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [`/${relative(siteDir, file).replace(/index\.html$/, '')}`, readFileSync(file, 'utf8')] as const;
      }),
  );
}

/** Whether a link's target is a file the site serves: a folder counts only with its index.html. */
export function siteHasFile(siteDir: string, pathname: string): boolean {
  const file = join(siteDir, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).byteLength;

/** Budgets per page type, gzip bytes. */
export const budgets = {
  medicineHtml: 10_000,
  otherHtml: 40_000,
  /** A list page of 200 rows (issue 13: 60 KB). */
  listHtml: 60_000,
  /** All the JavaScript a page loads itself (Pagefind's own files come only on search). */
  pageJs: 15_000,
};

/** A script element the browser runs: any but a JSON-LD data block. */
export const executableScript = /<script(?![^>]*type="application\/ld\+json")/;

/** Scripts a page loads from the site, with their gzip sizes. */
export function pageScripts(siteDir: string, html: string): Array<{ src: string; gzip: number }> {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(([, src]) => ({ src, gzip: gzipSize(readFileSync(join(siteDir, src))) }));
}
