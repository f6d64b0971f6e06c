import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { budgets, executableScript, gzipSize, siteHasFile, sitePages } from '../helpers/site-files.ts';
import { realSnapshotPresent } from '../helpers/sources.ts';
import { jsonLdOf, metaOf } from '../helpers/page-meta.ts';
import { readSiteSitemap } from '../helpers/sitemap.ts';
import { TEST_SITE_URL } from '../browser/global-setup.ts';

const present = realSnapshotPresent(`tests des fichiers du site sur données réelles`);

describe.skipIf(!present)('real-data build files', () => {
  const siteDir = present ? inject('siteDir') : '';
  const pages = present ? sitePages(siteDir) : new Map<string, string>();
  const medicinePages = [...pages].filter(([path]) => /^\/medicaments\/(\d{8}|ucd-\d+|nom-[a-z0-9-]+)\/$/.test(path));

  it('has one page per medicine, each within 10 KB gzip and without JavaScript', () => {
    expect(medicinePages).toHaveLength(15_807);
    const sizes = medicinePages.map(([path, html]) => ({ path, gzip: gzipSize(html), js: executableScript.test(html) }));
    const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    console.log(`page médicament la plus lourde : ${largest.path} ${largest.gzip} o gzip`);
    expect(largest.gzip).toBeLessThanOrEqual(budgets.medicineHtml);
    expect(sizes.filter((size) => size.js).map((size) => size.path)).toEqual([]);
  });

  it('keeps each list page within 60 KB gzip, and says how heavy the whole tables sorted in the browser are', () => {
    const lists = [...pages].filter(([path]) => /^\/(listes|ruptures)\//.test(path)).map(([path, html]) => ({ path, gzip: gzipSize(html) }));
    expect(lists.length).toBeGreaterThan(100);
    const heaviest = lists.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    console.log(`page de liste la plus lourde : ${heaviest.path} ${heaviest.gzip} o gzip`);
    expect(lists.filter((list) => list.gzip > budgets.listHtml)).toEqual([]);
    const tables = readdirSync(join(siteDir, 'donnees', 'tables')).map((file) => ({
      file,
      gzip: gzipSize(readFileSync(join(siteDir, 'donnees', 'tables', file))),
    }));
    const largestTable = tables.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    console.log(`table entière la plus lourde (chargée au premier tri) : ${largestTable.file} ${largestTable.gzip} o gzip`);
  });

  it('has no broken internal link', () => {
    const broken = new Set<string>();
    for (const [path, html] of pages) {
      for (const [, href] of html.matchAll(/\shref="(\/[^"#?]*)/g)) {
        if (!pages.has(href) && !siteHasFile(siteDir, href)) broken.add(`${path} → ${href}`);
      }
    }
    expect([...broken].slice(0, 20)).toEqual([]);
  });

  it('lists every page once in a valid sitemap on SITE_URL, split as the protocol requires', () => {
    const sitemap = readSiteSitemap(siteDir, TEST_SITE_URL);
    expect(sitemap.errors.slice(0, 20)).toEqual([]);
    const paths = sitemap.entries.map((entry) => entry.loc.slice(TEST_SITE_URL.length));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.sort()).toEqual([...pages.keys()].filter((path) => path !== '/404.html').sort());
    const dated = sitemap.entries.filter((entry) => entry.lastmod).length;
    console.log(`sitemap : ${sitemap.files.length} fichier(s), ${paths.length} adresses, dont ${dated} datées`);
  });

  it('gives every medicine page a canonical address, its own description and JSON-LD naming it', () => {
    const problems: string[] = [];
    for (const [path, html] of medicinePages) {
      const meta = metaOf(html);
      const data = jsonLdOf(html);
      if (meta.canonical !== `${TEST_SITE_URL}${path}` || !meta.description) problems.push(`${path} : en-tête`);
      if (data?.['@type'] !== 'MedicalWebPage' || data.url !== meta.canonical || !meta.description?.startsWith(data.about.name))
        problems.push(`${path} : JSON-LD`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('publishes no CSV for the lists a BDPM-only snapshot does not load, and says so on /donnees/', () => {
    expect(siteHasFile(siteDir, '/donnees/liste-retrocession.csv')).toBe(false);
    expect(siteHasFile(siteDir, '/donnees/acces-derogatoire.csv')).toBe(false);
    expect(siteHasFile(siteDir, '/donnees/liste-mitm.csv')).toBe(true);
    const page = pages.get('/donnees/') ?? '';
    expect(page).toMatch(/Liste de rétrocession : source non chargée dans cette version du site, donc pas de fichier <code>liste-retrocession\.csv<\/code>/);
    expect(page).toMatch(/Accès dérogatoire \(AAC, AAP, CPC\) : source non chargée dans cette version du site/);
  });

  it('publishes no implausible date: the 29/11/2924 of CIS_CIP_bdpm.txt (line 13 298) is nowhere', () => {
    const medicines = readFileSync(join(siteDir, 'donnees', 'medicaments.json'), 'utf8');
    expect(medicines).not.toContain('"2924-11-29"');
    expect([...pages.values()].filter((html) => html.includes('29/11/2924'))).toEqual([]);
  });

  it('states on real pages what the files say: AMM date apart, stopped presentations, notes, elements, absent members, name origin', () => {
    const text = (path: string) => (pages.get(path) ?? '').replace(/&#39;/g, "'");
    const optruma = text('/medicaments/69445593/');
    expect(optruma).toContain("<dt>Date de l'AMM</dt><dd>05/08/1998</dd>");
    expect(optruma).not.toMatch(/Autorisation active depuis/);
    expect(optruma).toMatch(
      /<caption>Présentations dont l'arrêt de commercialisation est déclaré[^<]*<\/caption>[\s\S]*3400934848438[\s\S]*Arrêt déclaré ; date donnée par le fichier : 01\/09\/2021/,
    );
    expect(optruma).toContain('Remboursement limité (BDPM, indications ouvrant droit au remboursement) : Ce médicament peut être pris en charge');
    const otezla = text('/medicaments/60418716/');
    expect(otezla).toMatch(/id="composition"[\s\S]*<h3>comprimé 10 mg<\/h3>[\s\S]*<h3>comprimé 20 mg<\/h3>/);
    expect(otezla).toMatch(/<li>CIS 62717375 — générique ; absent de CIS_bdpm\.txt<\/li>/);
    expect(text('/medicaments/61000342/')).toContain("Nom tiré de l'adresse de la page de l'ANSM : le fichier des ruptures ne donne pas de nom.");
  });
});
