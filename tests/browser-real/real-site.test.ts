import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../browser/axe.ts';
import { blockedRequests, consoleErrors, useSite } from '../browser/chromium.ts';
import { realSnapshotDir, realSnapshotPresent } from '../helpers/sources.ts';

const present = realSnapshotPresent(`tests navigateur sur données réelles`);

describe.skipIf(!present)('real-data build (BDPM July 2025)', () => {
  const site = useSite();

  async function results(query: string): Promise<{ page: Page; titles: string[]; urls: string[] }> {
    const page = await site.page(`/recherche/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /résultat|Aucun/.test(document.getElementById('etat-recherche')?.textContent ?? ''), null, { timeout: 20_000 });
    const titles = await page.$$eval('#resultats a', (links) => links.map((a) => a.textContent ?? ''));
    const urls = await page.$$eval('#resultats a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    return { page, titles, urls };
  }

  it('folds accents: "agomelatine" finds the name written AGOMÉLATINE', async () => {
    const { page, titles } = await results('agomelatine');
    expect(titles.length).toBeGreaterThanOrEqual(3);
    expect(titles.slice(0, 3).every((title) => /^AGOM[EÉ]LATINE/.test(title))).toBe(true);
    expect(titles).toContain('AGOMÉLATINE HCS 25 mg, comprimé pelliculé');
    expect(blockedRequests(page)).toEqual([]);
    await page.close();
  });

  it('folds accents both ways: "paracétamol" and "paracetamol" find the same medicines', async () => {
    const plain = await results('paracetamol');
    const accented = await results('paracétamol');
    // Names in the BDPM say PARACETAMOL, compositions say PARACÉTAMOL: both count.
    expect(plain.titles.length).toBeGreaterThanOrEqual(5);
    expect(plain.titles.slice(0, 5).every((title) => /^PARAC[EÉ]TAMOL/.test(title))).toBe(true);
    expect(await accented.page.textContent('#etat-recherche')).toBe(await plain.page.textContent('#etat-recherche'));
    expect(accented.titles).toEqual(plain.titles);
    await Promise.all([plain.page.close(), accented.page.close()]);
  });

  it.each([
    ['CIS', '60002283'],
    ['CIP13', '3400949497294'],
    ['CIP7', '4949729'],
  ])('finds a medicine by its %s first', async (_kind, code) => {
    const { page, urls } = await results(code);
    expect(urls[0]).toBe('/medicaments/60002283/');
    await page.close();
  });

  it('finds every medicine containing a substance', async () => {
    const compositions = readFileSync(join(realSnapshotDir, 'CIS_COMPO_bdpm.txt'), 'utf8').split(/\r?\n/);
    const expected = new Set(compositions.filter((line) => line.split('\t')[3] === 'ANASTROZOLE').map((line) => `/medicaments/${line.split('\t')[0]}/`));
    const { page } = await results('anastrozole');
    while (await page.isVisible('#plus')) {
      const before = await page.$$eval('#resultats li', (items) => items.length);
      await page.click('#plus');
      await page.waitForFunction((n) => document.querySelectorAll('#resultats li').length > n, before);
    }
    const found = new Set(await page.$$eval('#resultats a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
    expect(expected.size).toBeGreaterThan(10);
    expect([...expected].filter((url) => !found.has(url))).toEqual([]);
    await page.close();
  });

  it('has no accessibility violation on a real medicine page in shortage', async () => {
    const page = await site.page('/medicaments/62583314/');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('renders the MITM-only entry and a BDPM medicine in shortage', async () => {
    const mitmOnly = await site.page('/medicaments/69590076/');
    expect(await mitmOnly.textContent('h1')).toBe('VALSARTAN TEVA 40 mg, comprimé pelliculé sécable');
    expect(await mitmOnly.textContent('main')).toContain("n'est pas dans la Base de données publique");
    const shortage = await site.page('/medicaments/62583314/');
    expect(await shortage.textContent('#disponibilite')).toContain("Tension d'approvisionnement");
    expect(await shortage.$$eval('script:not([type="application/ld+json"])', (scripts) => scripts.length)).toBe(0);
    await shortage.waitForLoadState('networkidle');
    expect(consoleErrors(shortage)).toEqual([]);
    await Promise.all([mitmOnly.close(), shortage.close()]);
  });

  it('counts the real lists', async () => {
    const page = await site.page('/');
    const text = (await page.textContent('main'))?.replace(/\s/g, ' ');
    expect(text).toContain('MITM : 8 107');
    expect(text).toContain('Ruptures et tensions : 933');
    await page.close();
  });
});
