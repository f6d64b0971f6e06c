/**
 * Measures search as a visitor meets it, in Debian's Chromium on loopback, on two paths:
 * - from the box in the page header (what most visitors do): Enter on another page, then
 *   the search page loads with `?q=` and searches at once;
 * - typed on the search page (box focused, then typed): a first query (cold: Pagefind's
 *   script, WebAssembly and index chunks) and a second one.
 * Each gives the time from Enter to the first result on screen and the bytes fetched by
 * then, by kind of file (file-kinds.ts), and the bytes once the filters are counted.
 */
import { type Browser, type Page, chromium } from 'playwright-core';
import { type FileKind, bytesByKind } from './file-kinds.ts';

export interface QueryTiming {
  query: string;
  /** From Enter to the first result on screen. */
  ms: number;
  /** Fetched by then. */
  bytes: number;
  /** The same, by kind of file. */
  byKind: Record<FileKind, number>;
  /** Fetched in all, facet counts included, once the network is idle. */
  totalBytes: number;
  requests: number;
}

export interface SearchTimings {
  /** The search page alone, loaded before typing. */
  pageBytes: number;
  /** From the header box of another page. */
  header: QueryTiming;
  /** Typed on the search page: a first query, then a second. */
  typed: QueryTiming[];
}

interface Fetched {
  /** When the response ended, on the wall clock, from the browser's own timing of it. */
  end: number;
  size: Promise<number>;
  path: string;
}

function recordFetches(page: Page): Fetched[] {
  const fetched: Fetched[] = [];
  page.on('requestfinished', (request) => {
    const timing = request.timing();
    const size = request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize);
    fetched.push({ end: timing.startTime + timing.responseEnd, size, path: new URL(request.url()).pathname });
  });
  return fetched;
}

async function fetchedBetween(fetched: Fetched[], from: number, to: number, verbose: boolean) {
  const within = fetched.filter(({ end }) => end >= from && end <= to);
  const files = await Promise.all(within.map(async ({ path, size }) => ({ path, bytes: await size })));
  if (verbose) for (const { path, bytes } of files) console.log(`    ${bytes.toString().padStart(7)} o  ${path}`);
  return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), byKind: bytesByKind(files), requests: files.length };
}

/**
 * Notes, on the wall clock, when a result that was not in the list before shows (the
 * previous query's results stay until the first new one replaces them). Runs in the page.
 */
function watchFirstNewResult(): void {
  const watched = window as unknown as { __shownAt: number };
  watched.__shownAt = 0;
  const start = () => {
    const list = document.getElementById('resultats');
    if (!list) return;
    const old = new Set(list.querySelectorAll('li'));
    new MutationObserver(() => {
      if (!watched.__shownAt && [...list.querySelectorAll('li')].some((item) => !old.has(item))) watched.__shownAt = performance.timeOrigin + performance.now();
    }).observe(list, { childList: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}

/** From Enter in `box` to the first new result, then to the counted filters and an idle network. */
async function timeQuery(page: Page, fetched: Fetched[], box: string, query: string, verbose: boolean): Promise<QueryTiming> {
  const filled = Date.now();
  await page.fill(box, query);
  const pressed = Date.now();
  await page.press(box, 'Enter');
  await page.waitForFunction(() => (window as unknown as { __shownAt: number }).__shownAt > 0);
  const shown = await page.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
  await page.waitForSelector('form[data-counts="ready"]');
  await page.waitForLoadState('networkidle');
  if (verbose) console.log(`  « ${query} » (${box}) : premier résultat à ${(shown - pressed).toFixed(0)} ms ; avant :`);
  const before = await fetchedBetween(fetched, filled, shown, verbose);
  if (verbose) console.log('  puis :');
  const after = await fetchedBetween(fetched, shown + 0.001, Date.now(), verbose);
  return { query, ms: shown - pressed, bytes: before.bytes, byKind: before.byKind, totalBytes: before.bytes + after.bytes, requests: before.requests + after.requests };
}

async function headerPath(browser: Browser, baseUrl: string, query: string, verbose: boolean): Promise<QueryTiming> {
  // A context of its own: nothing of the typed path in its cache.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/glossaire/`, { waitUntil: 'networkidle' });
    const fetched = recordFetches(page);
    // Runs in the search page once the header form has taken the browser there.
    await page.addInitScript(watchFirstNewResult);
    return await timeQuery(page, fetched, '#recherche-entete', query, verbose);
  } finally {
    await context.close();
  }
}

async function typedPath(browser: Browser, baseUrl: string, queries: string[], verbose: boolean): Promise<{ pageBytes: number; typed: QueryTiming[] }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const fetched = recordFetches(page);
    const loadStart = Date.now();
    await page.goto(`${baseUrl}/recherche/`, { waitUntil: 'networkidle' });
    const pageBytes = (await fetchedBetween(fetched, loadStart, Date.now(), false)).bytes;
    const typed: QueryTiming[] = [];
    for (const query of queries) {
      await page.evaluate(watchFirstNewResult);
      typed.push(await timeQuery(page, fetched, '#q', query, verbose));
    }
    return { pageBytes, typed };
  } finally {
    await context.close();
  }
}

/** With `verbose`, prints each request of each query (size, and whether before the first result). */
export async function measureSearch(baseUrl: string, queries: [string, string], verbose = false): Promise<SearchTimings> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const header = await headerPath(browser, baseUrl, queries[0], verbose);
    const { pageBytes, typed } = await typedPath(browser, baseUrl, queries, verbose);
    return { pageBytes, header, typed };
  } finally {
    await browser.close();
  }
}
