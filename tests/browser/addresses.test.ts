/**
 * Every address src/lib/addresses.ts can build for the demo data, checked against the pages
 * and files Astro generated on the demo build (the one the browser tests share, built by
 * global-setup.ts), and every generated page found among them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  accessTypeTerms,
  billingCalculatorPath,
  explanationPath,
  glossaryEntryPath,
  letterPagePath,
  listPagePath,
  listTablePath,
  medicinePagePath,
  numberedPagePath,
  openDataFilePath,
  openDataJsonFiles,
  regimePagePath,
  sitePaths,
} from '../../src/lib/addresses.ts';
import type { ChangeSet } from '../../src/lib/content/history.ts';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import { listIds, viewsOf } from '../../src/lib/lists/list-views.ts';
import { LIST_PAGE_SIZE, lists, membersOf, tableViews } from '../../src/lib/lists/registry.ts';
import { groupByLetter } from '../../src/lib/name-order.ts';
import { newsKindPages } from '../../src/lib/news/news-kinds.ts';
import { glossaryTerms, regimeIds } from '../../src/lib/page-ids.ts';
import { categoryInfo } from '../../src/lib/prescription-categories.ts';
import { siteHasFile, sitePages } from '../helpers/site-files.ts';

describe('addresses of the demo build', () => {
  const siteDir = inject('siteDir');
  const pages = sitePages(siteDir);
  const medicines: Medicine[] = JSON.parse(readFileSync(join(siteDir, 'donnees', 'medicaments.json'), 'utf8'));
  const history: ChangeSet[] = JSON.parse(readFileSync(join(siteDir, 'donnees', 'historique.json'), 'utf8'));
  const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));

  /** The pages of every list and part, with their numbered pages as paginate writes them. */
  const listPages = listIds.flatMap(viewsOf).flatMap((view) => {
    const first = listPagePath(view);
    const members = view.list === 'prescriptionConditions' && view.part === undefined ? 1 : membersOf(medicines, view).length;
    const last = Math.max(1, Math.ceil(members / LIST_PAGE_SIZE));
    return Array.from({ length: last }, (_, index) => numberedPagePath(first, index + 1));
  });
  const pagePaths = [
    ...Object.values(sitePaths),
    ...medicines.map((medicine) => medicinePagePath(medicine.id)),
    ...[...groupByLetter(medicines).keys()].map(letterPagePath),
    ...regimeIds.map(regimePagePath),
    ...listPages,
    // Nouveautés: each kind of change of each version, in pages of LIST_PAGE_SIZE changes.
    ...newsKindPages(history).flatMap(({ section }) =>
      Array.from({ length: Math.ceil(section.changes.length / LIST_PAGE_SIZE) }, (_, index) => numberedPagePath(section.href, index + 1)),
    ),
  ];
  const filePaths = [
    ...tableViews.map(listTablePath),
    ...openDataJsonFiles.map(openDataFilePath),
    // A list this build did not load has no CSV: the open-data page names it instead.
    ...listIds.flatMap((list) => {
      const csv = lists[list].csv;
      return csv && !pages.get(sitePaths.openData)?.includes(`pas de fichier <code>${csv.file}</code>`) ? [openDataFilePath(csv.file)] : [];
    }),
  ];
  const anchors = [
    ...glossaryTerms.map(glossaryEntryPath),
    ...Object.values(accessTypeTerms).map(glossaryEntryPath),
    ...Object.values(categoryInfo).map((info) => explanationPath(info.explanation)),
    billingCalculatorPath(new URLSearchParams({ statut: 'import' })),
  ];

  it('builds only addresses of pages and files the build wrote', () => {
    expect(medicines.length).toBeGreaterThan(30);
    expect(filePaths).toContain(openDataFilePath('ruptures.csv'));
    const missing = [...pagePaths, ...filePaths].filter((path) => !pages.has(path) && !siteHasFile(siteDir, path));
    expect(missing).toEqual([]);
  });

  it('builds only anchors the pages carry', () => {
    const broken = anchors.filter((address) => {
      const url = new URL(address, 'http://site');
      const page = pages.get(url.pathname);
      return page === undefined || (url.hash !== '' && !idsOf(page).has(decodeURIComponent(url.hash.slice(1))));
    });
    expect(broken).toEqual([]);
  });

  it('can build the address of every page the build wrote', () => {
    const built = new Set(pagePaths);
    expect([...pages.keys()].filter((path) => path !== '/404.html' && !built.has(path))).toEqual([]);
  });
});
