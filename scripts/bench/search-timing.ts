/**
 * Measures search as a visitor meets it, in Debian's Chromium on loopback, on two paths:
 * - from the box in the page header (what most visitors do): Enter on another page, then
 *   the search page loads with `?q=` and searches at once;
 * - typed on the search page (box focused, then typed): a first query (cold: Pagefind's
 *   script, WebAssembly and index chunks) and a second one.
 * Each gives the time from Enter to the first result on screen and the bytes fetched by
 * then, by kind of file (file-kinds.ts), and the bytes once the filters are counted. The
 * first typed query also counts the Pagefind files the search page fetched as it loaded
 * (it preloads them), so that both paths count every file their first result needed.
 */
import { type Browser, type Page, type Request, chromium } from 'playwright-core';
import { type FileKind, bytesByKind, fileKindOf, fileKinds } from './file-kinds.ts';

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
  /** The search page's own files (HTML, CSS, JS, icon), loaded before typing; the Pagefind files it preloads count with the first typed query. */
  pageBytes: number;
  /** From the header box of another page. */
  header: QueryTiming;
  /** Typed on the search page: a first query, then a second. */
  typed: QueryTiming[];
}

interface Fetched {
  /** When the request started and the response ended, on the wall clock, from the browser's own timing of it. */
  start: number;
  end: number;
  size: Promise<number>;
  path: string;
}

/**
 * Bytes on the wire (body as sent, gzip if it was, and headers). Chromium reports no body size
 * for a dedicated worker's own script: its Content-Length is taken instead.
 */
async function bytesOf(request: Request): Promise<number> {
  const sizes = await request.sizes();
  const length = Number((await request.response())?.headers()['content-length'] ?? 0);
  return (sizes.responseBodySize || length) + sizes.responseHeadersSize;
}

function recordFetches(page: Page): Fetched[] {
  const fetched: Fetched[] = [];
  page.on('requestfinished', (request) => {
    const timing = request.timing();
    const size = bytesOf(request);
    fetched.push({ start: timing.startTime, end: timing.startTime + timing.responseEnd, size, path: new URL(request.url()).pathname });
  });
  return fetched;
}

/**
 * What ended between `from` and `to` (only Pagefind's files with `searchOnly`); with `verbose`,
 * each file's start and end in ms after `origin` (Enter).
 */
async function fetchedBetween(fetched: Fetched[], from: number, to: number, verbose: boolean, origin = from, searchOnly = false) {
  const within = fetched.filter(({ end, path }) => end >= from && end <= to && !(searchOnly && fileKindOf(path) === 'page')).sort((a, b) => a.start - b.start);
  const files = await Promise.all(within.map(async ({ path, size, start, end }) => ({ path, bytes: await size, start, end })));
  const at = (time: number) => (time - origin).toFixed(0).padStart(5);
  if (verbose) for (const { path, bytes, start, end } of files) console.log(`    ${at(start)} → ${at(end)} ms ${bytes.toString().padStart(7)} o  ${path}`);
  return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), byKind: bytesByKind(files), requests: files.length };
}

type FetchedBytes = Awaited<ReturnType<typeof fetchedBetween>>;

const addFetched = (a: FetchedBytes, b?: FetchedBytes): FetchedBytes =>
  b
    ? {
        bytes: a.bytes + b.bytes,
        byKind: Object.fromEntries(fileKinds.map((kind) => [kind, a.byKind[kind] + b.byKind[kind]])) as Record<FileKind, number>,
        requests: a.requests + b.requests,
      }
    : a;

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

/** When the page that shows the results was asked for, received and parsed, in ms after `pressed` (if loaded after it). */
async function pageMilestones(page: Page, pressed: number): Promise<string> {
  const times = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return [0, navigation.responseEnd, navigation.domContentLoadedEventStart].map((time) => performance.timeOrigin + time);
  });
  if (times[0] < pressed) return '';
  const [asked, received, parsed] = times.map((time) => (time - pressed).toFixed(0));
  return ` (page demandée à ${asked} ms, reçue à ${received} ms, DOMContentLoaded à ${parsed} ms)`;
}

/**
 * From Enter in `box` to the first new result, then to the counted filters and an idle network.
 * With `searchFilesSince`, the Pagefind files fetched from then until the query is typed count
 * as fetched before the first result (those the search page preloads as it loads).
 */
async function timeQuery(page: Page, fetched: Fetched[], box: string, query: string, verbose: boolean, searchFilesSince?: number): Promise<QueryTiming> {
  const filled = Date.now();
  await page.fill(box, query);
  const pressed = Date.now();
  await page.press(box, 'Enter');
  await page.waitForFunction(() => (window as unknown as { __shownAt: number }).__shownAt > 0);
  const shown = await page.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
  await page.waitForSelector('form[data-counts="ready"]');
  await page.waitForLoadState('networkidle');
  if (verbose) console.log(`  « ${query} » (${box}) : premier résultat à ${(shown - pressed).toFixed(0)} ms${await pageMilestones(page, pressed)} ; avant :`);
  const preloaded = searchFilesSince === undefined ? undefined : await fetchedBetween(fetched, searchFilesSince, filled - 0.001, verbose, pressed, true);
  const before = addFetched(await fetchedBetween(fetched, filled, shown, verbose, pressed), preloaded);
  if (verbose) console.log('  puis :');
  const after = await fetchedBetween(fetched, shown + 0.001, Date.now(), verbose, pressed);
  return {
    query,
    ms: shown - pressed,
    bytes: before.bytes,
    byKind: before.byKind,
    totalBytes: before.bytes + after.bytes,
    requests: before.requests + after.requests,
  };
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
    // The page's own files (HTML, CSS, JS, icon); the Pagefind files it preloads count with the first query.
    const pageBytes = (await fetchedBetween(fetched, loadStart, Date.now(), false)).byKind.page;
    const typed: QueryTiming[] = [];
    for (const [index, query] of queries.entries()) {
      await page.evaluate(watchFirstNewResult);
      // The first query also counts the Pagefind files the page fetched as it loaded.
      typed.push(await timeQuery(page, fetched, '#q', query, verbose, index === 0 ? loadStart : undefined));
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
