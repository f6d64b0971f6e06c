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
    let bytes = 0;
    let requests = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      requests++;
      if (verbose) console.log(`    ${(sizes.responseBodySize + sizes.responseHeadersSize).toString().padStart(7)} o  ${new URL(request.url()).pathname}`);
    });
    await page.goto(`${baseUrl}/recherche/`, { waitUntil: 'networkidle' });
    const pageBytes = bytes;
    const timings: QueryTiming[] = [];
    for (const query of queries) {
      [bytes, requests] = [0, 0];
      await page.fill('#q', query);
      const started = performance.now();
      await page.press('#q', 'Enter');
      await page.waitForFunction(
        (q) => new URLSearchParams(location.search).get('q') === q && document.querySelector('#resultats li') !== null,
        query,
      );
      const ms = performance.now() - started;
      const atResults = bytes;
      if (verbose) console.log(`  « ${query} » : premier résultat à ${ms.toFixed(0)} ms, ${atResults} o`);
      await page.waitForSelector('form[data-counts="ready"]');
      await page.waitForLoadState('networkidle');
      timings.push({ query, ms, bytes: atResults, totalBytes: bytes, requests });
    }
    return { pageBytes, queries: timings };
  } finally {
    await browser.close();
  }
}
