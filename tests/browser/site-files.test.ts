import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { budgets, executableScript, gzipSize, pageScripts, siteHasFile, sitePages } from '../helpers/site-files.ts';

describe('built demo site', () => {
  const siteDir = inject('siteDir');
  const pages = sitePages(siteDir);
  const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

  it('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    for (const [path, html] of pages) {
      for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
        if (/^(https?:|mailto:)/.test(href) || href.startsWith('/_astro/')) continue;
        const url = new URL(href.replace(/&amp;/g, '&'), `http://site${path}`);
        const target = pages.get(url.pathname);
        if (target === undefined && !siteHasFile(siteDir, url.pathname)) broken.push(`${path} → ${href}`);
        else if (target !== undefined && url.hash && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path} → ${href} (ancre)`);
      }
    }
    expect(pages.size).toBeGreaterThan(40);
    expect(broken).toEqual([]);
  });

  it('keeps a space between a word and the link or citation that follows it', () => {
    // Astro drops the line break between a word and a tag on the next line: « par la<cite> ».
    const glued = [...pages].flatMap(([path, html]) =>
      [...html.matchAll(/[\p{L}\d]<(a|cite|strong|em|code|abbr)[\s>]/gu)].map((m) => `${path} : …${html.slice(Math.max(0, m.index - 30), m.index + 12)}…`),
    );
    expect(glued).toEqual([]);
  });

  it('loads nothing from another host', () => {
    for (const [path, html] of pages) {
      // The canonical link names the page's public address; nothing is loaded from it.
      const external = [...html.matchAll(/<(?:script|link(?! rel="canonical")|img|iframe)[^>]+(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
      expect(external, path).toEqual([]);
    }
  });

  it('keeps every page within its HTML and JavaScript budgets', () => {
    const over: string[] = [];
    for (const [path, html] of pages) {
      const limit =
        path.startsWith('/medicaments/') && !path.startsWith('/medicaments/lettre/') && path !== '/medicaments/' ? budgets.medicineHtml : budgets.otherHtml;
      if (gzipSize(html) > limit) over.push(`${path} : ${gzipSize(html)} o gzip > ${limit}`);
      const js = pageScripts(siteDir, html).reduce((sum, script) => sum + script.gzip, 0);
      if (js > budgets.pageJs) over.push(`${path} : JavaScript ${js} o gzip > ${budgets.pageJs}`);
    }
    expect(over).toEqual([]);
  });

  it("starts the search page's script with little to wait for and nothing it does not use", () => {
    const scripts = pageScripts(siteDir, pages.get('/recherche/')!).map(({ src }) => ({ src, text: readFileSync(join(siteDir, src), 'utf8') }));
    expect(scripts).toHaveLength(1);
    // Modules the search page shares with other page scripts (labels, addresses) come as small chunks, fetched
    // while Pagefind's preloaded files arrive; Pagefind itself comes by import(). Measured: `npm run bench -- --search-only`.
    const chunks = [...scripts[0].text.matchAll(/\bfrom\s*"\.\/([^"]+)"/g)].map((match) => readFileSync(join(siteDir, '_astro', match[1]), 'utf8'));
    expect(chunks.every((chunk) => !/\bfrom\s*["']/.test(chunk))).toBe(true);
    expect(chunks.reduce((sum, chunk) => sum + gzipSync(chunk).byteLength, 0)).toBeLessThan(4_000);
    // An Intl collator or number format costs several ms to build in a browser; the search page sorts and formats nothing.
    for (const text of [scripts[0].text, ...chunks]) expect(text).not.toMatch(/new Intl\.(Collator|NumberFormat)/);
  });

  it('loads no JavaScript on medicine pages', () => {
    const withScripts = [...pages].filter(([path, html]) => /^\/medicaments\/[^/]+\/$/.test(path) && !path.includes('lettre') && executableScript.test(html));
    expect(withScripts.map(([path]) => path)).toEqual([]);
  });

  it('publishes every medicine with a page in medicaments.json, one per line as the content step wrote them', () => {
    const lines = readFileSync(join(siteDir, 'donnees', 'medicaments.json'), 'utf8').split('\n');
    expect([lines[0], lines.at(-2), lines.at(-1)]).toEqual(['[', ']', '']);
    const ids = lines.slice(1, -2).map((line) => (JSON.parse(line.replace(/,$/, '')) as { id: string }).id);
    const pageIds = [...pages.keys()].flatMap((path) => /^\/medicaments\/(?!lettre\/)([^/]+)\/$/.exec(path)?.[1] ?? []);
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.toSorted()).toEqual(pageIds.toSorted());
  });

  it('publishes one CSV per loaded list: the demo set loads them all', () => {
    for (const file of ['liste-retrocession.csv', 'liste-mitm.csv', 'acces-derogatoire.csv', 'ruptures.csv']) {
      expect(readFileSync(join(siteDir, 'donnees', file), 'utf8').split('\r\n').length, file).toBeGreaterThan(2);
    }
    expect(pages.get('/donnees/')).not.toContain('source non chargée');
  });
});
