import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { searchPreloads } from '../../src/lib/search-preload.ts';
import { blockedRequests, consoleErrors, cspViolations, useSite } from './chromium.ts';

const site = useSite();

async function search(address: string): Promise<{ page: Page; urls: string[] }> {
  const page = await site.page(address);
  await page.waitForFunction(() => /résultat|Aucun/.test(document.getElementById('etat-recherche')?.textContent ?? ''));
  // Results come 10 at a time: show them all.
  while (await page.isVisible('#plus')) {
    const before = await page.$$eval('#resultats li', (items) => items.length);
    await page.click('#plus');
    await page.waitForFunction((n) => document.querySelectorAll('#resultats li').length > n, before);
  }
  const urls = await page.$$eval('#resultats a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { page, urls };
}

/** What the page under test records from its start: layout shifts not caused by input, and when the first result showed. */
interface Watched {
  __shifts: number;
  __firstResultAt: number;
}

async function watchLoading(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const watched = window as unknown as Watched;
    watched.__shifts = 0;
    watched.__firstResultAt = 0;
    new PerformanceObserver((entries) => {
      for (const shift of entries.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!shift.hadRecentInput) watched.__shifts += shift.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      const list = document.getElementById('resultats');
      if (!list) return;
      new MutationObserver(() => {
        if (!watched.__firstResultAt && list.querySelector('li')) watched.__firstResultAt = Date.now();
      }).observe(list, { childList: true });
    });
  });
}

async function firstResult(query: string): Promise<string> {
  const { page, urls } = await search(`/recherche/?q=${encodeURIComponent(query)}`);
  expect(blockedRequests(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  await page.close();
  return urls[0];
}

describe('search', () => {
  it.each([
    ['paracetamol', '/medicaments/60000011/'],
    ['PARACÉTAMOL', '/medicaments/60000011/'],
    ['levothyroxine', '/medicaments/60000023/'],
  ])('folds accents: %s', async (query, expected) => {
    expect(await firstResult(query)).toBe(expected);
  });

  it.each([
    ['CIS', '60000033', '/medicaments/60000033/'],
    ['CIP13', '3400930000335', '/medicaments/60000033/'],
    ['CIP13 typed with spaces', '3400 9300 0033 5', '/medicaments/60000033/'],
    ['CIP7', '3000033', '/medicaments/60000033/'],
    ['UCD', '9000081', '/medicaments/ucd-9000081/'],
  ])('finds a medicine by its %s first', async (_kind, query, expected) => {
    expect(await firstResult(query)).toBe(expected);
  });

  it('finds a brand first and every medicine with a substance', async () => {
    expect(await firstResult('nivolumab')).toBe('/medicaments/60000041/');
    const { page, urls } = await search('/recherche/?q=thalidomide');
    expect(urls.slice(0, 1)).toEqual(['/medicaments/60000043/']);
    await page.close();
  });

  it.each([
    ['rétrocession', '/regimes/retrocession/'],
    ['accès compassionnel', '/regimes/acces-compassionnel/'],
  ])('finds the explanation first for %s', async (query, expected) => {
    expect(await firstResult(query)).toBe(expected);
  });

  it('combines filters: OR within a facet, AND across facets, with counts', async () => {
    const mitm = await search('/recherche/?liste=MITM');
    const mitmCount = mitm.urls.length;
    const aap = await search('/recherche/?liste=AAP');
    const both = await search('/recherche/?liste=MITM&liste=AAP');
    const union = new Set([...mitm.urls, ...aap.urls]);
    expect(both.urls.length).toBe(union.size);
    // Counts of a facet's values ignore that facet's own selection.
    await both.page.waitForSelector('form[data-counts="ready"]');
    expect(await both.page.textContent('[data-count="liste:MITM"]')).toBe(`(${mitmCount})`);
    const ruptureMitm = await search('/recherche/?liste=MITM&disponibilite=Rupture+de+stock');
    expect(ruptureMitm.urls.sort()).toEqual(['/medicaments/60000022/', '/medicaments/60000025/']);
    expect(await ruptureMitm.page.isChecked('#f-liste-MITM')).toBe(true);
    for (const { page } of [mitm, aap, both, ruptureMitm]) await page.close();
  });

  it('counts the values of every facet for the current results', async () => {
    const { page } = await search('/recherche/?q=amoxicilline&liste=MITM');
    await page.waitForSelector('form[data-counts="ready"]');
    const counts = await page.$$eval('[data-count]', (slots) => Object.fromEntries(slots.map((slot) => [slot.getAttribute('data-count'), slot.textContent])));
    expect(counts).toMatchObject({
      'liste:MITM': '(1)',
      'type:Médicament': '(1)',
      'type:Explication': '(0)',
      "disponibilite:Tension d'approvisionnement": '(1)',
      'atc:J': '(1)',
      'atc:C': '(0)',
    });
    await page.close();
  });

  it('filters by page type and ATC class', async () => {
    const explanations = await search('/recherche/?type=Explication');
    expect(explanations.urls).toContain('/regimes/mitm/');
    expect(explanations.urls.every((url) => !url.startsWith('/medicaments/'))).toBe(true);
    const atc = await search('/recherche/?atc=J');
    expect(atc.urls.sort()).toEqual(['/medicaments/60000021/', '/medicaments/60000025/', '/medicaments/60000032/', '/medicaments/60000057/']);
    await Promise.all([explanations.page.close(), atc.page.close()]);
  });

  it('names the medicine, its form, badges and CIS in each result', async () => {
    const { page } = await search('/recherche/?q=60000022');
    const result = '#resultats li.result';
    expect(await page.textContent(`${result} h2`)).toContain('VALPROATE DE SODIUM DÉMO');
    expect(await page.textContent(`${result} .result-details`)).toBe('comprimé gastro-résistant');
    const badges = await page.$$eval(`${result} .badge`, (items) => items.map((item) => item.textContent));
    expect(badges.slice(0, 2)).toEqual(['MITM', 'Rupture de stock']);
    expect(await page.textContent(`${result} .result-cis`)).toBe('CIS 60000022');
    await page.close();
  });

  it('shows an excerpt with the matched words highlighted and no words run together', async () => {
    const { page } = await search('/recherche/?q=paracetamol');
    const first = '#resultats li.result:first-child';
    const excerpt = (await page.textContent(`${first} .result-excerpt`)) ?? '';
    expect(excerpt).toMatch(/PARAC[EÉ]TAMOL/);
    // The excerpt is the indexed summary, in sentences: no cell or label glued to the next.
    expect(excerpt).not.toMatch(/[a-zé][A-Z]{2}|\.[A-Za-z]|\d[A-Za-z]{3}/);
    const marks = await page.$$eval(`${first} .result-excerpt mark`, (items) => items.map((item) => item.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((text) => /parac[eé]tamol/i.test(text ?? ''))).toBe(true);
    // Only <mark> elements: everything else is text.
    expect(await page.$$eval('#resultats .result-excerpt *', (items) => [...new Set(items.map((item) => item.tagName))])).toEqual(['MARK']);
    await page.close();
  });

  it('hides the filter values counted at zero, keeps the chosen ones, and stays accessible', async () => {
    const { page } = await search('/recherche/?q=amoxicilline&liste=MITM');
    await page.waitForSelector('form[data-counts="ready"]');
    expect(await page.isVisible('#f-atc-J')).toBe(true);
    expect(await page.isVisible('#f-atc-C')).toBe(false);
    expect(await page.isVisible('#f-liste-MITM')).toBe(true);
    expect(await page.isVisible('fieldset[data-facet="atc"]')).toBe(true);
    expect(await page.textContent('#filtres summary')).toContain('1 choisi');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows the results before the filters on a phone, the filters folded', async () => {
    const page = await site.page('/recherche/');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${site.baseUrl()}/recherche/?q=paracetamol`);
    await page.waitForSelector('#resultats li');
    expect(await page.getAttribute('#filtres', 'open')).toBeNull();
    const resultsTop = (await page.locator('#resultats').boundingBox())!.y;
    const filtersTop = (await page.locator('#filtres').boundingBox())!.y;
    expect(resultsTop).toBeLessThan(filtersTop);
    expect(resultsTop).toBeLessThan(800);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // Opened from the keyboard, the filters work as on a wide screen.
    await page.focus('#filtres summary');
    await page.keyboard.press('Enter');
    await page.waitForSelector('form[data-counts="ready"]');
    await page.focus('#f-type-Médicament');
    await page.keyboard.press('Space');
    await page.waitForURL(/type=M/);
    await page.close();
  });

  it('works from the keyboard alone, from the box in the page header', async () => {
    const page = await site.page('/medicaments/60000011/');
    // Tab through the skip link and the navigation to the search box.
    for (let presses = 0; presses < 15 && (await page.evaluate(() => document.activeElement?.id)) !== 'recherche-entete'; presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('recherche-entete');
    await page.keyboard.type('amoxicilline');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/recherche\/\?q=amoxicilline/);
    await page.waitForFunction(() => /résultat/.test(document.getElementById('etat-recherche')?.textContent ?? ''));
    await page.focus('#f-liste-MITM');
    await page.keyboard.press('Space');
    await page.waitForURL(/liste=MITM/);
    await page.waitForFunction(() => /résultat/.test(document.getElementById('etat-recherche')?.textContent ?? ''));
    expect(await page.getAttribute('#resultats li a', 'href')).toBe('/medicaments/60000021/');
    await page.close();
  });

  it('fetches the Pagefind files it preloads while the page loads, each once, and runs Pagefind on them without a worker', async () => {
    const page = await site.page('/glossaire/');
    const requested: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      requested.push(`${url.pathname}${url.search}`);
    });
    await page.goto(`${site.baseUrl()}/recherche/?q=paracetamol`);
    await page.waitForSelector('form[data-counts="ready"]');
    const preloads = await page.$$eval('link[rel="preload"], link[rel="modulepreload"]', (links) => links.map((link) => link.getAttribute('href')));
    const tag = await page.getAttribute('#recherche', 'data-index-tag');
    expect(preloads).toEqual(searchPreloads(tag!).map(({ href }) => href));
    // Each asked for once: Pagefind took the preloaded copy rather than fetching its own.
    for (const href of preloads) expect(requested.filter((path) => path === href)).toHaveLength(1);
    expect(requested.filter((path) => path.startsWith('/pagefind/pagefind-entry.json'))).toHaveLength(1);
    expect(requested).not.toContain('/pagefind/pagefind-worker.js');
    expect(consoleErrors(page)).toEqual([]);
    await page.close();
  });

  describe.each([
    ['from the box in the page header', true],
    ['from a shared link', false],
  ])('on /recherche/?q=… %s', (_path, fromHeader) => {
    async function open(width: number): Promise<{ page: Page; filterAskedAt: number[] }> {
      const page = await site.page('/medicaments/60000011/');
      await page.setViewportSize({ width, height: 800 });
      await watchLoading(page);
      // Filter chunks are held back until the test lets them go: the results must not wait for them.
      const filterAskedAt: number[] = [];
      let release = () => {};
      const released = new Promise<void>((done) => {
        release = done;
      });
      await page.route(/\/pagefind\/filter\//, async (route) => {
        filterAskedAt.push(Date.now());
        await released;
        await route.continue();
      });
      if (fromHeader) {
        await page.fill('#recherche-entete', 'amoxicilline');
        await page.press('#recherche-entete', 'Enter');
      } else await page.goto(`${site.baseUrl()}/recherche/?q=amoxicilline`);
      await page.waitForSelector('#resultats li');
      release();
      return { page, filterAskedAt };
    }

    it('shows the first results before asking for any filter chunk, then the counted filters', async () => {
      const { page, filterAskedAt } = await open(1280);
      const shownAt = await page.evaluate(() => (window as unknown as Watched).__firstResultAt);
      expect(shownAt).toBeGreaterThan(0);
      expect(filterAskedAt.filter((askedAt) => askedAt <= shownAt)).toEqual([]);
      await page.waitForSelector('form[data-counts="ready"]');
      expect(filterAskedAt.length).toBeGreaterThan(0);
      expect(await page.isVisible('#f-type-Médicament')).toBe(true);
      await page.close();
    });

    it.each([1280, 360])('moves nothing on screen while results and filters load, at %i px (CLS ≤ 0.05)', async (width) => {
      const { page } = await open(width);
      await page.waitForSelector('form[data-counts="ready"]');
      await page.waitForLoadState('networkidle');
      // Layout shifts are reported after the frame that made them.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await page.evaluate(() => (window as unknown as Watched).__shifts)).toBeLessThanOrEqual(0.05);
      await page.close();
    });
  });
});
