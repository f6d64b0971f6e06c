/** Budgets and links over every page of the real-data build. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { budgets, gzipSize, sitePages } from '../helpers/site-files.ts';
import { realSnapshotDir } from '../helpers/sources.ts';

const present = existsSync(join(realSnapshotDir, 'CIS_bdpm.txt'));

describe.skipIf(!present)('real-data build files', () => {
  const siteDir = present ? inject('siteDir') : '';
  const pages = present ? sitePages(siteDir) : new Map<string, string>();
  const medicinePages = [...pages].filter(([path]) => /^\/medicaments\/(\d{8}|ucd-\d+|nom-[a-z0-9-]+)\/$/.test(path));

  it('has one page per medicine, each within 10 KB gzip and without JavaScript', () => {
    expect(medicinePages).toHaveLength(15_807);
    const sizes = medicinePages.map(([path, html]) => ({ path, gzip: gzipSize(html), js: /<script/.test(html) }));
    const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    console.log(`page médicament la plus lourde : ${largest.path} ${largest.gzip} o gzip`);
    expect(largest.gzip).toBeLessThanOrEqual(budgets.medicineHtml);
    expect(sizes.filter((size) => size.js).map((size) => size.path)).toEqual([]);
  });

  it('has no broken internal link', () => {
    const broken = new Set<string>();
    for (const [path, html] of pages) {
      for (const [, href] of html.matchAll(/\shref="(\/[^"#?]*)/g)) {
        if (!pages.has(href) && !existsSync(join(siteDir, href))) broken.add(`${path} → ${href}`);
      }
    }
    expect([...broken].slice(0, 20)).toEqual([]);
  });
});
