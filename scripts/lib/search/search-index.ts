/**
 * The site's Pagefind index, built in two parts so that the larger one runs while Astro
 * renders: the medicine pages' search documents (src/lib/search-document.ts), made from
 * the content step's medicines.json; then, once Astro has written the site, every other
 * page, read from its HTML. Each medicine document's address is checked against the
 * built site before the index is written, so that no result can point to a missing page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import type { Medicine } from '../../../src/lib/content/medicine.ts';
import { medicinePagePath } from '../../../src/lib/addresses.ts';
import { searchDocumentOf } from '../../../src/lib/search-document.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Enough documents in flight to keep Pagefind busy, few enough to keep memory flat. */
const BATCH = 256;

const failed = (what: string, errors: string[]) => new Error(`Pagefind (${what}) : ${errors.join(', ')}`);

export async function openSearchIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw failed('création', errors);
  return index;
}

/** Adds documents BATCH at a time, failing with the address of the first one Pagefind refuses. */
async function addAll<Item>(index: PagefindIndex, items: Item[], documentOf: (item: Item) => { url: string; content: string }): Promise<number> {
  for (let start = 0; start < items.length; start += BATCH) {
    await Promise.all(
      items.slice(start, start + BATCH).map(async (item) => {
        const document = documentOf(item);
        const added = await index.addHTMLFile(document);
        if (added.errors.length > 0) throw failed(document.url, added.errors);
      }),
    );
  }
  return items.length;
}

export function addMedicineDocuments(index: PagefindIndex, medicines: Medicine[]): Promise<number> {
  return addAll(index, medicines, (medicine) => ({ url: medicinePagePath(medicine.id), content: searchDocumentOf(medicine) }));
}

/** The addresses of medicine pages that Astro did not write (none, unless the two steps disagree). */
export function missingMedicinePages(siteDir: string, medicines: Medicine[]): string[] {
  return medicines.map(({ id }) => medicinePagePath(id)).filter((path) => !existsSync(join(siteDir, path, 'index.html')));
}

function* htmlFiles(folder: string, skipFolder: (path: string) => boolean): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!skipFolder(path)) yield* htmlFiles(path, skipFolder);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}

/** A built file's address: `a/b/index.html` is `/a/b/`, `404.html` is `/404.html`. */
export function pageAddress(siteDir: string, file: string): string {
  const path = `/${relative(siteDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Adds every built page that asks to be indexed, except the medicine pages, whose
 * documents are already in. A page without `data-pagefind-body` (further pages of a
 * list, the A–Z and search pages) is not sent at all: Pagefind would parse it only to
 * leave it out, since the medicine documents carry that attribute.
 */
export async function addOtherPages(index: PagefindIndex, siteDir: string, medicines: Medicine[]): Promise<number> {
  const medicinePages = new Set(medicines.map(({ id }) => medicinePagePath(id)));
  // A medicine page's folder holds only its index.html: not even listed.
  const files = [...htmlFiles(siteDir, (folder) => medicinePages.has(pageAddress(siteDir, join(folder, 'index.html'))))];
  const pages = files
    .map((file) => ({ url: pageAddress(siteDir, file), content: readFileSync(file, 'utf8') }))
    .filter(({ content }) => content.includes('data-pagefind-body'));
  return addAll(index, pages, (page) => page);
}

export async function writeSearchIndex(index: PagefindIndex, outputPath: string): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw failed('écriture', written.errors);
}

export const closeSearchIndex = () => pagefind.close();
