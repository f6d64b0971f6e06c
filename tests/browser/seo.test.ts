/** What search engines and link previews read: sitemap, robots.txt, canonical links, descriptions, JSON-LD, icons. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sitePages } from '../helpers/site-files.ts';
import { readSiteSitemap } from '../helpers/sitemap.ts';
import { TEST_SITE_URL } from './global-setup.ts';
import { consoleErrors, useSite } from './chromium.ts';
import { jsonLdOf, medicinePagePaths, metaOf, pageText } from '../helpers/page-meta.ts';

const site = useSite();

describe('built demo site, as published at SITE_URL', () => {
  const siteDir = inject('siteDir');
  const pages = sitePages(siteDir);
  const published = [...pages.keys()].filter((path) => path !== '/404.html').sort();

  it('lists every page once in a valid sitemap, with absolute addresses on SITE_URL', () => {
    const sitemap = readSiteSitemap(siteDir, TEST_SITE_URL);
    expect(sitemap.errors).toEqual([]);
    const locs = sitemap.entries.map((entry) => entry.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.map((loc) => loc.slice(TEST_SITE_URL.length)).sort()).toEqual(published);
  });

  it('dates a medicine page by its latest dated event in the files, and no other page', () => {
    const { entries } = readSiteSitemap(siteDir, TEST_SITE_URL);
    const lastmod = new Map(entries.map((entry) => [entry.loc.slice(TEST_SITE_URL.length), entry.lastmod?.slice(0, 10)]));
    // 60000022: MITM in rupture since a dated shortage row; 60000011: on no list, AMM date only.
    expect(lastmod.get('/medicaments/60000022/')).toMatch(/^2025-/);
    expect(lastmod.get('/medicaments/60000011/')).toBeUndefined();
    expect(lastmod.get('/')).toBeUndefined();
    for (const path of medicinePagePaths(pages)) {
      expect(lastmod.get(path), path).toBe(jsonLdOf(pages.get(path)!)?.dateModified);
    }
  });

  it('points robots.txt to the sitemap index', () => {
    expect(readFileSync(join(siteDir, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${TEST_SITE_URL}/sitemap-index.xml\n`);
  });

  it('gives every page a canonical address, a description and Open Graph title and description', () => {
    const missing: string[] = [];
    for (const [path, html] of pages) {
      const meta = metaOf(html);
      const canonical = path === '/404.html' ? meta.canonical?.startsWith(TEST_SITE_URL) : meta.canonical === `${TEST_SITE_URL}${path}`;
      if (!canonical) missing.push(`${path} : lien canonique ${meta.canonical}`);
      if (!meta.description || meta.description.length < 40) missing.push(`${path} : description « ${meta.description} »`);
      if (!meta.ogTitle || meta.ogDescription !== meta.description || meta.ogUrl !== meta.canonical) missing.push(`${path} : Open Graph`);
    }
    expect(missing).toEqual([]);
  });

  it('says a medicine page’s regimes in its description', () => {
    const meta = metaOf(pages.get('/medicaments/60000022/')!);
    expect(meta.ogTitle).toMatch(/DÉMO/);
    expect(meta.description).toMatch(/MITM, Rupture de stock/);
  });

  it('describes each medicine in JSON-LD with only what its page states', () => {
    const problems: string[] = [];
    for (const path of medicinePagePaths(pages)) {
      const html = pages.get(path)!;
      const data = jsonLdOf(html);
      const text = pageText(html);
      if (!data) {
        problems.push(`${path} : pas de JSON-LD`);
        continue;
      }
      if (data['@type'] !== 'MedicalWebPage' || data.url !== `${TEST_SITE_URL}${path}` || data.inLanguage !== 'fr') problems.push(`${path} : page`);
      const drug = data.about;
      if (drug['@type'] !== 'Drug' || drug.name !== data.name || !text.includes(drug.name)) problems.push(`${path} : nom`);
      if (drug.code && !text.includes(drug.code.codeValue)) problems.push(`${path} : CIS`);
      for (const value of [...(drug.activeIngredient ?? []), ...(drug.legalStatus ?? [])]) if (!text.includes(value)) problems.push(`${path} : ${value}`);
      if (data.dateModified && !text.includes(data.dateModified.split('-').reverse().join('/'))) problems.push(`${path} : date ${data.dateModified}`);
    }
    expect(problems).toEqual([]);
  });

  it('declares on every page an icon and a web manifest the site serves', () => {
    const missing: string[] = [];
    for (const [path, html] of pages) {
      const { icon, webManifest } = metaOf(html);
      for (const file of [icon, webManifest]) if (!file?.startsWith('/') || !existsSync(join(siteDir, file))) missing.push(`${path} : ${file}`);
    }
    expect(missing).toEqual([]);
  });

  it('serves its icon and web manifest, and the browser loads them without error', async () => {
    const manifest = JSON.parse(readFileSync(join(siteDir, 'site.webmanifest'), 'utf8'));
    expect(manifest.name).toBe('Régimes des médicaments');
    for (const icon of manifest.icons) expect(existsSync(join(siteDir, icon.src))).toBe(true);
    const page = await site.page('/medicaments/60000022/');
    const icon = await page.evaluate(async () => (await fetch('/favicon.svg')).headers.get('content-type'));
    expect(icon).toContain('image/svg+xml');
    await page.waitForLoadState('networkidle');
    expect(consoleErrors(page)).toEqual([]);
    await page.close();
  });
});
