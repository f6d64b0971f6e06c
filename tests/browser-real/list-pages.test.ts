/**
 * The real build's list pages, long enough to have numbered pages (the demo's are not):
 * no WCAG 2.2 A/AA violation (target size of the page numbers and sort controls included),
 * on a phone and on a wide screen, before and after a reader sorts a table.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../browser/axe.ts';
import { useSite } from '../browser/chromium.ts';
import { realSnapshotPresent } from '../helpers/sources.ts';

const present = realSnapshotPresent('tests navigateur des listes réelles');

const listPages = [
  '/listes/mitm/',
  '/listes/mitm/2/',
  '/ruptures/',
  '/ruptures/etat/rupture/',
  '/listes/acces-derogatoire/',
  '/listes/retrocession/',
  '/listes/conditions/',
  '/listes/conditions/stupefiants/',
  '/medicaments/',
  '/medicaments/lettre/a/',
];

describe.skipIf(!present)('real list pages (BDPM July 2025)', () => {
  const site = useSite();

  it('have numbered pages to check', async () => {
    const page = await site.page('/listes/mitm/2/');
    expect(await page.$$eval('nav.pager[data-build] a', (links) => links.length)).toBeGreaterThan(4);
    await page.close();
  });

  describe.each([360, 1280])('at %i px', (width) => {
    it.each(listPages)('%s has no WCAG 2.2 A/AA violation', async (path) => {
      const page = await site.page(path);
      await page.setViewportSize({ width, height: 800 });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it.each(['/listes/mitm/', '/ruptures/'])('%s sorted by a reader (sort buttons, its own pager) has none either', async (path) => {
      const page = await site.page(path);
      await page.setViewportSize({ width, height: 800 });
      await page.click('table.sortable th:nth-child(2) button.sort');
      await page.waitForSelector('nav.pager:not([data-build]) button');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  });
});
