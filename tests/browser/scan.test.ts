/**
 * The scan page on the demo build: a generated GS1 DataMatrix of a demo presentation, given as
 * a picked photo and as Chromium's fake camera, leads to its medicine; typed codes; axe; the
 * decoder is fetched by this page only, and only once a scan starts.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { gs1DataMatrix, pngOf, y4mOf } from '../helpers/datamatrix.ts';
import { scratch } from '../helpers/sources.ts';
import { sitePages } from '../helpers/site-files.ts';
import { axeViolations } from './axe.ts';
import { blockedRequests, consoleErrors, useSite } from './chromium.ts';

// PARACÉTAMOL DÉMO 500 mg, comprimé (CIS 60000011): CIP7 3000011, CIP13 3400930000113.
const DEMO_GS1 = '(01)03400930000113(17)280200(10)LOT-DEMO-42(21)SN0001';
const DEMO_NAME = 'PARACÉTAMOL DÉMO 500 mg, comprimé';
const DEMO_PAGE = '/medicaments/60000011/';

const image = gs1DataMatrix(DEMO_GS1);
const work = scratch('scan-test');
const video = join(work.dir, 'datamatrix.y4m');
writeFileSync(video, y4mOf(image));
afterAll(work.cleanup);

/** Every resource the page has loaded so far (scripts, fetches, wasm), by path. */
const loadedPaths = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));

const isDecoder = (path: string) => /zxing/i.test(path);

async function resultText(page: Page): Promise<string> {
  await page.waitForSelector('#scan-result:not([hidden])', { timeout: 20_000 });
  return (await page.textContent('#scan-result')) ?? '';
}

/** The result names the demo medicine, shows the code's data, and its link opens the medicine page. */
async function expectDemoMedicine(page: Page): Promise<void> {
  const text = await resultText(page);
  expect(text).toContain(DEMO_NAME);
  expect(text).toContain('fin février 2028 (29/02/2028)');
  expect(text).toContain('LOT-DEMO-42');
  expect(text).toContain('SN0001');
  expect(text).toContain('plaquette(s) PVC aluminium de 16 comprimé(s)');
  // The code's data went into no request: the only lookup is the shard of three digits.
  const paths = await loadedPaths(page);
  expect(paths.filter((path) => /LOT-DEMO|SN0001|280200/.test(path))).toEqual([]);
  expect(paths.filter((path) => path.startsWith('/donnees/cip/'))).toEqual(['/donnees/cip/011.json']);
  await Promise.all([page.waitForURL(`**${DEMO_PAGE}`), page.click(`#scan-result a[href="${DEMO_PAGE}"]`)]);
  expect(await page.textContent('h1')).toBe(DEMO_NAME);
}

describe('scan page (demo build)', () => {
  const site = useSite();

  it('passes axe, loads no decoder before a scan, and says what it sends', async () => {
    const page = await site.page('/scanner/');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.textContent('.scan-privacy')).toMatch(/ni envoyées ni enregistrées[\s\S]*zxing-wasm, environ \d+ ko compressés/);
    expect((await loadedPaths(page)).filter(isDecoder)).toEqual([]);
    expect(blockedRequests(page)).toEqual([]);
    await page.close();
  });

  it('reads a picked photo of a generated DataMatrix and leads to the demo medicine', async () => {
    const page = await site.page('/scanner/');
    await page.setInputFiles('#photo', { name: 'boite.png', mimeType: 'image/png', buffer: pngOf(image) });
    // Chromium on Linux has no BarcodeDetector: the WebAssembly decoder is fetched from this site.
    expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
    await resultText(page);
    expect((await loadedPaths(page)).filter(isDecoder).map((path) => path.replace(/\.[\w-]+\.(js|wasm)$/, '.$1'))).toEqual([
      '/_astro/zxing-decoder.js',
      '/_astro/zxing_reader.wasm',
    ]);
    await expectDemoMedicine(page);
    expect(blockedRequests(page)).toEqual([]);
    expect(consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('types codes: a CIP7 is found (its result passes axe), a wrong key and a foreign code are refused with their reason', async () => {
    const page = await site.page('/scanner/');
    // A result stays shown until the next lookup answers: wait for the expected text, not for visibility.
    const submitExpecting = async (code: string, expected: string) => {
      await page.fill('#code', code);
      await page.click('#code-form button');
      await expect.poll(() => page.textContent('#scan-result'), { timeout: 20_000 }).toContain(expected);
    };
    await submitExpecting('3000011', DEMO_NAME);
    // The result passes axe too.
    expect(await axeViolations(page)).toEqual([]);
    await submitExpecting('3400930000114', 'La clé de contrôle (dernier chiffre) de 3400930000114 ne correspond pas');
    await submitExpecting('(01)04006381333931', 'ne commence pas par 3400');
    await submitExpecting('3400930000113', DEMO_NAME);
    // No decoder for typed codes, and the typed code stays out of the address.
    expect((await loadedPaths(page)).filter(isDecoder)).toEqual([]);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('fits a 360 px screen with targets of at least 24 × 24 px', async () => {
    const page = await site.page('/scanner/');
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const small = await page.$$eval('main button:not([hidden]), main input', (controls) =>
      controls
        .map((c) => c.getBoundingClientRect())
        .filter((r) => r.width < 24 || r.height < 24)
        .map((r) => `${r.width}×${r.height}`),
    );
    expect(small).toEqual([]);
    await page.close();
  });
});

describe('scan page with a camera (Chromium fake device showing the DataMatrix)', () => {
  const site = useSite(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);

  it('starts the camera on the click only, reads the code, stops the camera and leads to the demo medicine', async () => {
    const page = await site.page('/scanner/');
    expect(await page.isHidden('#camera-video')).toBe(true);
    expect((await loadedPaths(page)).filter(isDecoder)).toEqual([]);
    await page.click('#camera-start');
    await resultText(page);
    // Stopped once the code is read: no stream left on the video, the start button back.
    expect(await page.evaluate(() => (document.getElementById('camera-video') as HTMLVideoElement).srcObject)).toBeNull();
    expect(await page.isVisible('#camera-start')).toBe(true);
    await expectDemoMedicine(page);
    expect(blockedRequests(page)).toEqual([]);
    await page.close();
  });
});

describe('scan page with a camera showing no code (Chromium fake device)', () => {
  const site = useSite(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']);

  it('keeps the camera on until the page is hidden, then stops it', async () => {
    const page = await site.page('/scanner/');
    await page.click('#camera-start');
    await page.waitForFunction(() => (document.getElementById('camera-video') as HTMLVideoElement).srcObject !== null);
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await page.evaluate(() => (document.getElementById('camera-video') as HTMLVideoElement).srcObject)).toBeNull();
    expect(await page.textContent('#scan-status')).toContain('Caméra éteinte');
    expect(await page.isHidden('#camera-video')).toBe(true);
    await page.close();
  });
});

describe('the decoder on other pages', () => {
  const siteDir = inject('siteDir');
  const site = useSite();

  it('is referenced by the scan page script only', () => {
    const scripts = readdirSync(join(siteDir, '_astro')).filter((file) => file.endsWith('.js'));
    const referring = scripts.filter((file) => readFileSync(join(siteDir, '_astro', file), 'utf8').includes('zxing-decoder'));
    expect(referring).toHaveLength(1);
    const pagesLoadingIt = [...sitePages(siteDir)].filter(([, html]) => html.includes(referring[0])).map(([path]) => path);
    expect(pagesLoadingIt).toEqual(['/scanner/']);
  });

  it('is not fetched by other pages, searching and the calculator included', async () => {
    for (const path of ['/', '/recherche/?q=3400930000113', DEMO_PAGE, '/facturation/', '/listes/retrocession/', '/nouveautes/']) {
      const page = await site.page(path);
      await page.waitForLoadState('networkidle');
      expect((await loadedPaths(page)).filter(isDecoder), path).toEqual([]);
      await page.close();
    }
  });
});
