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

  it('shows readable results: excerpt in sentences with highlights, badges, CIS', async () => {
    const { page, titles } = await results('paracetamol biogaran conseil');
    expect(titles[0]).toMatch(/^PARACETAMOL BIOGARAN CONSEIL/);
    const first = '#resultats li.result:first-child';
    const excerpt = (await page.textContent(`${first} .result-excerpt`)) ?? '';
    // The complaint of issue 13: « compriméoraleBIOGARAN Présentations. 3400930270523… ».
    expect(excerpt).not.toMatch(/[a-zé][A-Z]{2}|\.[A-Za-z]|\d[A-Za-z]{3}|Présentations/);
    const marks = await page.$$eval(`${first} .result-excerpt mark`, (items) => items.map((item) => item.textContent?.toLowerCase()));
    expect(marks).toContain('biogaran');
    expect(await page.textContent(`${first} .result-cis`)).toMatch(/^CIS \d{8}$/);
    await page.close();
    const shortage = await results('62583314');
    expect(await shortage.page.$$eval('#resultats li.result:first-child .badge', (items) => items.map((item) => item.textContent))).toContain(
      "Tension d'approvisionnement",
    );
    expect(await axeViolations(shortage.page)).toEqual([]);
    await shortage.page.close();
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

  async function dispensingLines(page: Page): Promise<Record<string, string>> {
    return page.$$eval('#obtenir + dl dd', (cells) =>
      Object.fromEntries(cells.map((dd) => [dd.getAttribute('data-line'), dd.textContent?.replace(/\s+/g, ' ').trim() ?? ''])),
    );
  }

  it('shows a hospital-reserved medicine as such, and that it cannot be on the rétrocession list', async () => {
    const page = await site.page('/medicaments/60028552/');
    const lines = await dispensingLines(page);
    expect(lines.city).toMatch(
      /^Non : réservé à l'usage hospitalier, il n'est délivré que par les pharmacies à usage intérieur \(R\. 5121-83, 2°\)\. Source : CIS_CPD_bdpm\.txt/,
    );
    expect(lines.where).toContain("réservé à l'usage HOSPITALIER");
    expect(lines.retrocession).toMatch(
      /^Pas par inscription sur la liste : la BDPM le réserve à l'usage hospitalier, et un médicament de cette catégorie ne peut pas être inscrit sur la liste de rétrocession \(R\. 5126-59, I, 3°\)\./,
    );
    expect(await page.textContent('#presentations ~ .table-scroll table')).toContain("aucun : réservé à l'usage hospitalier");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows who may prescribe a PIH medicine and the rules of a stupéfiant', async () => {
    const pih = await site.page('/medicaments/60235768/');
    expect((await dispensingLines(pih)).who).toContain('prescription initiale hospitalière');
    const fentanyl = await site.page('/medicaments/60179839/');
    const prescription = (await dispensingLines(fentanyl)).prescription;
    for (const text of ['stupéfiants', 'ordonnance sécurisée', 'délivrance fractionnée']) expect(prescription).toContain(text);
    expect(await fentanyl.getAttribute('#obtenir + dl a:text("stupéfiants")', 'href')).toBe('/glossaire/#stupefiants');
    await Promise.all([pih.close(), fentanyl.close()]);
  });

  it('offers the marketed members of the generic group of a medicine in rupture, available first', async () => {
    const page = await site.page('/medicaments/60889903/');
    expect(await page.textContent('#disponibilite')).toContain('Rupture de stock');
    expect(await page.textContent('#groupe-generique')).toBe('Autres médicaments du même groupe générique');
    const members = await page.$$eval('#groupe-generique ~ section li', (items) => items.map((li) => li.textContent?.replace(/\s+/g, ' ') ?? ''));
    // 10 members in CIS_bdpm.txt, then the 3 that CIS_GENER_bdpm.txt lists and CIS_bdpm.txt lacks.
    expect(members.length).toBe(13);
    expect(members.slice(0, 2).every((text) => text.endsWith('commercialisée, aucune rupture ni tension signalée'))).toBe(true);
    expect(members.slice(2).some((text) => text.endsWith('commercialisée, aucune rupture ni tension signalée'))).toBe(false);
    expect(members[9]).toMatch(/— générique ; non commercialisée$/);
    expect(members.slice(10).every((text) => /^CIS \d{8} — générique ; absent de CIS_bdpm\.txt$/.test(text))).toBe(true);
    await page.close();
  });

  it('sorts a list over all its pages, not only the rows shown', async () => {
    const last = await site.page('/listes/mitm/');
    const lastPage = await last.$eval('nav.pager a:text("Dernière »")', (a) => (a as HTMLAnchorElement).pathname);
    await last.goto(new URL(lastPage, last.url()).href);
    const alphabeticallyLast = await last.$eval('table.sortable tbody tr:last-child td:first-child', (td) => td.textContent);
    const page = await site.page('/listes/mitm/');
    expect(await page.$$eval('nav.pager li', (items) => items.length)).toBeGreaterThanOrEqual(5);
    await page.click('th:nth-child(1) button');
    await page.waitForFunction(() => document.querySelector('th:nth-child(1)')?.getAttribute('aria-sort') === 'descending');
    // That medicine was on the last of 41 pages; sorting the whole list brings it to the top of the first.
    expect(await page.$eval('table.sortable tbody tr:first-child td:first-child', (td) => td.textContent)).toBe(alphabeticallyLast);
    expect(await page.$$eval('table.sortable tbody tr', (rows) => rows.length)).toBe(200);
    await Promise.all([last.close(), page.close()]);
  });

  it.each([
    '/',
    '/medicaments/60889903/',
    '/medicaments/60179839/',
    '/listes/mitm/',
    '/ruptures/',
    '/listes/conditions/prs/',
    '/recherche/?q=paracetamol',
    '/sources/',
    '/medicaments/lettre/a/',
  ])('%s does not scroll sideways on a phone (360 px)', async (path) => {
    const page = await site.page(path);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('counts the real lists', async () => {
    const page = await site.page('/');
    const text = (await page.textContent('main'))?.replace(/\s/g, ' ');
    expect(text).toContain("Médicaments d'intérêt thérapeutique majeur (MITM) : 8 107 médicament(s)");
    expect(text).toContain(
      "Ruptures et tensions d'approvisionnement : 933 médicament(s) (Rupture de stock : 76 ; Tension d'approvisionnement : 580 ; Arrêt de commercialisation : 45 ; Remise à disposition : 232)",
    );
    // The ANSM spreadsheets are not in the snapshot: not loaded, which is not "0".
    expect(text).toContain('Liste de rétrocession : non chargée dans cette version du site');
    expect(text).toContain('Accès dérogatoire : non chargée dans cette version du site');
    await page.close();
  });

  it("dates each source by the data's own dates, never by the build or the file's modification time", async () => {
    const page = await site.page('/sources/');
    const text = (await page.textContent('main'))?.replace(/\s+/g, ' ') ?? '';
    // The snapshot has no fetch manifest: the latest date inside each file, or none.
    expect(text).toMatch(/Ruptures et tensions d’approvisionnement \(CIS_CIP_Dispo_Spec\.txt\).*données postérieures au \d{2}\/0[67]\/2025/);
    expect(text).toMatch(/\(CIS_MITM\.txt\).*date inconnue/);
    expect(text).not.toContain(new Date().toLocaleDateString('fr-FR'));
    expect(text).toContain('15 788 lues, 15 788 gardées, 0 rejetées, 0 en double');
    await page.close();
  });
});
