/**
 * The scan page on the real build (BDPM July 2025): every presentation of CIS_CIP_bdpm.txt is
 * in the shard its codes name; typed CIP7 and CIP13, and a DataMatrix photo, lead to the right
 * medicine page. Prints the shard sizes and the time from code read to page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BDPM_FILES, parseRows, seededShuffle } from '../helpers/bdpm-rows.ts';
import { gs1DataMatrix, pngOf } from '../helpers/datamatrix.ts';
import { gzipSize } from '../helpers/site-files.ts';
import { realSnapshotDir, realSnapshotPresent } from '../helpers/sources.ts';
import { blockedRequests, consoleErrors, useSite } from '../browser/chromium.ts';

const present = realSnapshotPresent('tests navigateur sur données réelles');

describe.skipIf(!present)('scan page on the real build (BDPM July 2025)', () => {
  const site = useSite();
  const siteDir = inject('siteDir');
  const read = (file: string) => parseRows(file, readFileSync(join(realSnapshotDir, file), 'utf8'));
  const presentations = present ? read(BDPM_FILES.presentations) : [];
  const names = new Map(present ? read(BDPM_FILES.medicines).map((row) => [row.cells[0], row.cells[1]]) : []);
  const withPage = presentations.filter((row) => names.has(row.cells[0]));
  const [byCip7, byCip13, byPhoto] = seededShuffle(withPage, 29);

  it('publishes 1 000 small shards holding every presentation under its CIP13 and its CIP7', () => {
    const dir = join(siteDir, 'donnees', 'cip');
    const files = readdirSync(dir).toSorted();
    expect(files).toHaveLength(1000);
    const shards = new Map(
      files.map((file) => [
        file.replace('.json', ''),
        JSON.parse(readFileSync(join(dir, file), 'utf8')) as Array<{ cip13: string; cip7: string; medicine: string }>,
      ]),
    );
    const found = (cip13: string, cip7: string) => ({
      byCode13: shards.get(cip13.slice(9, 12))?.find((entry) => entry.cip13 === cip13)?.medicine,
      byCode7: shards.get(cip7.slice(4, 7))?.find((entry) => entry.cip7 === cip7)?.medicine,
    });
    const missing = withPage.filter(({ cells: [cis, cip7, , , , , cip13] }) => found(cip13, cip7).byCode13 !== cis || found(cip13, cip7).byCode7 !== cis);
    expect(withPage.length).toBeGreaterThan(20_000);
    expect(missing.map((row) => row.cells[1])).toEqual([]);
    // Rows whose CIS is not in CIS_bdpm.txt are set aside by the content step: no page, no entry.
    const withoutPage = presentations.filter((row) => !names.has(row.cells[0]));
    expect(withoutPage.length).toBeGreaterThan(0);
    expect(withoutPage.map(({ cells: [, cip7, , , , , cip13] }) => found(cip13, cip7))).toEqual(
      withoutPage.map(() => ({ byCode13: undefined, byCode7: undefined })),
    );
    const sizes = files.map((file) => readFileSync(join(dir, file))).map((bytes) => ({ raw: bytes.byteLength, gzip: gzipSize(bytes) }));
    const summary = (key: 'raw' | 'gzip') => {
      const sorted = sizes.map((size) => size[key]).toSorted((a, b) => a - b);
      return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1) ?? 0 };
    };
    console.log('Tailles des tables CIP (octets) :', JSON.stringify({ raw: summary('raw'), gzip: summary('gzip') }));
    // "A few KB" per scan: the largest shard, compressed as a server sends it.
    expect(summary('gzip').max).toBeLessThan(10_000);
  });

  async function expectPage(page: Awaited<ReturnType<typeof site.page>>, cis: string) {
    await page.waitForSelector('#scan-result:not([hidden])', { timeout: 20_000 });
    const { decodeMs, shownMs } = await page.evaluate(() => ({
      // Set when a photo was picked: its decoding, the decoder's loading included.
      decodeMs: performance.getEntriesByName('photo-picked').length > 0 ? performance.measure('decode', 'photo-picked', 'scan-read').duration : null,
      shownMs: performance.measure('lookup', 'scan-read', 'scan-shown').duration,
    }));
    const started = Date.now();
    await Promise.all([page.waitForURL(`**/medicaments/${cis}/`), page.click(`#scan-result a[href="/medicaments/${cis}/"]`)]);
    await page.waitForLoadState('load');
    const pageMs = Date.now() - started;
    expect(await page.textContent('h1')).toBe(names.get(cis));
    return { decodeMs, shownMs, pageMs };
  }

  it('leads from a typed CIP7 and a typed CIP13 to the right medicine page', async () => {
    const timings: Record<string, unknown> = {};
    for (const [kind, row] of [
      ['CIP7', byCip7],
      ['CIP13', byCip13],
    ] as const) {
      const page = await site.page('/scanner/');
      await page.fill('#code', kind === 'CIP7' ? row.cells[1] : row.cells[6]);
      await page.click('#code-form button');
      timings[`${kind} ${kind === 'CIP7' ? row.cells[1] : row.cells[6]}`] = await expectPage(page, row.cells[0]);
      expect(blockedRequests(page)).toEqual([]);
      await page.close();
    }
    console.log('Code tapé → résultat affiché, puis clic → fiche chargée (ms) :', JSON.stringify(timings));
  });

  it('reads a DataMatrix photo of a real presentation and leads to its page', async () => {
    const cip13 = byPhoto.cells[6];
    const page = await site.page('/scanner/');
    await page.setInputFiles('#photo', {
      name: 'boite.png',
      mimeType: 'image/png',
      buffer: pngOf(gs1DataMatrix(`(01)0${cip13}(17)271231(10)A1B2C3(21)0123456789`)),
    });
    const timing = await expectPage(page, byPhoto.cells[0]);
    console.log(
      `Photo DataMatrix ${cip13} : photo choisie → code lu (décodeur chargé compris), code lu → résultat affiché, puis clic → fiche chargée (ms) :`,
      JSON.stringify(timing),
    );
    expect(consoleErrors(page)).toEqual([]);
    await page.close();
  });
});
