/**
 * Measures search as a visitor meets it, in Debian's Chromium on loopback: from pressing
 * Enter on the search page to the first result on screen, and the bytes fetched meanwhile,
 * for a first query (cold: Pagefind's script, WebAssembly and index chunks) and a second.
 */
import { chromium } from 'playwright-core';

export interface QueryTiming {
  query: string;
  /** From Enter to the first result on screen. */
  ms: number;
  /** Fetched by then. */
  bytes: number;
  /** Fetched in all, facet counts included, once the network is idle. */
  totalBytes: number;
  requests: number;
}

/** With `verbose`, prints each request of each query (size, and whether before the first result). */
export async function measureSearch(
  baseUrl: string,
  queries: [string, string],
  verbose = false,
): Promise<{ pageBytes: number; queries: QueryTiming[] }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    // When each response ended, on the wall clock, from the browser's own timing of it.
    const finished: Array<{ end: number; size: Promise<number>; path: string }> = [];
    page.on('requestfinished', (request) => {
      const timing = request.timing();
      const size = request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize);
      finished.push({ end: timing.startTime + timing.responseEnd, size, path: new URL(request.url()).pathname });
    });
    const bytesBetween = async (from: number, to: number) => {
      const within = finished.filter(({ end }) => end >= from && end <= to);
      const sizes = await Promise.all(within.map(({ size }) => size));
      if (verbose) {
        for (const [index, { path }] of within.entries()) console.log(`    ${sizes[index].toString().padStart(7)} o  ${path}`);
      }
      return { bytes: sizes.reduce((sum, size) => sum + size, 0), requests: within.length };
    };
    const loadStart = Date.now();
    await page.goto(`${baseUrl}/recherche/`, { waitUntil: 'networkidle' });
    const pageBytes = (await bytesBetween(loadStart, Date.now())).bytes;
    const timings: QueryTiming[] = [];
    for (const query of queries) {
      // The page notes the moment the new results are in the list (the previous query's stay,
      // marked busy, until they are replaced), on the same wall clock as the responses.
      await page.evaluate((q) => {
        const shown = window as unknown as { __shownAt: number };
        shown.__shownAt = 0;
        const check = () => {
          if (!shown.__shownAt && new URLSearchParams(location.search).get('q') === q && document.querySelector('#resultats:not([aria-busy]) li')) {
            shown.__shownAt = performance.timeOrigin + performance.now();
          }
        };
        new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true });
      }, query);
      // From the moment the box is filled: Pagefind starts loading when the box gets focus.
      const filled = Date.now();
      await page.fill('#q', query);
      const pressed = Date.now();
      await page.press('#q', 'Enter');
      await page.waitForFunction(() => (window as unknown as { __shownAt: number }).__shownAt > 0);
      const shown = await page.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
      const ms = shown - pressed;
      await page.waitForSelector('form[data-counts="ready"]');
      await page.waitForLoadState('networkidle');
      const atResults = await bytesBetween(filled, shown);
      if (verbose) console.log(`  « ${query} » : premier résultat à ${ms.toFixed(0)} ms, ${atResults.bytes} o ; puis :`);
      const after = await bytesBetween(shown + 0.001, Date.now());
      timings.push({ query, ms, bytes: atResults.bytes, totalBytes: atResults.bytes + after.bytes, requests: atResults.requests + after.requests });
    }
    return { pageBytes, queries: timings };
  } finally {
    await browser.close();
  }
}
