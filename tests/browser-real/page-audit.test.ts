/**
 * The page audit of issue 25 (item 5): a fixed random sample of real medicine pages, each
 * field the page shows compared with the source rows read by an independent reader. Runs
 * on the July 2025 build (project browser-real) and on the January 2026 build (project
 * browser-real-2026-01); one failure lists every mismatch of the run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useSite } from '../browser/chromium.ts';
import { readSnapshot } from '../helpers/bdpm-rows.ts';
import { auditPage, formatMismatches, type Mismatch } from '../helpers/page-audit.ts';
import { PER_STRATUM, drawSample, patterns } from '../helpers/page-audit-sample.ts';
import { extractPageView } from '../helpers/page-view.ts';
import { projectRoot, realSnapshotPresent } from '../helpers/sources.ts';

const snapshotDir: string | undefined = inject('snapshotDir');
const present = snapshotDir !== undefined && realSnapshotPresent('audit des pages sur données réelles', snapshotDir);
const label = snapshotDir ? basename(snapshotDir) : 'absent';

describe.skipIf(!present)(`page audit (${label})`, () => {
  const site = useSite();
  const snapshot = present ? readSnapshot(snapshotDir) : undefined;
  const sample = snapshot ? drawSample(snapshot) : [];

  it('draws at least 100 pages: 3 strata of at least 30, and every pattern of issue 25', () => {
    const reasons = new Map<string, number>();
    for (const { reason } of sample) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    const withPattern = Object.entries(patterns).map(([name, test]) => [name, sample.filter(({ cis }) => test(snapshot!.rowsOf(cis))).length] as const);
    console.log(
      [
        `échantillon ${label} : ${sample.length} pages`,
        ...[...reasons].map(([reason, n]) => `  ${reason} : ${n}`),
        '  pages montrant chaque motif :',
        ...withPattern.map(([name, n]) => `    ${name} : ${n}`),
      ].join('\n'),
    );
    expect(sample.length).toBeGreaterThanOrEqual(100);
    expect([...reasons].filter(([reason]) => !reason.startsWith('motif')).map(([, n]) => n)).toEqual([PER_STRATUM, PER_STRATUM, PER_STRATUM]);
    expect(withPattern.filter(([, n]) => n === 0)).toEqual([]);
  });

  it('reads a page as the audit compares it (literal HTML through Chromium)', async () => {
    const page = await site.page('/');
    await page.setContent(
      '<html><head><meta name="description" content="D"></head><body><main><h1> N </h1>' +
        '<dl><dt>Statut de l’<a href="/g">AMM</a></dt><dd>Autorisation abrogée</dd><dt>T</dt><dd>a</dd><dd>b</dd></dl>' +
        '<section><h2>Composition</h2><ul><li>X : 1 mg</li><li>Y</li></ul></section><h2>Suite</h2><p>p1</p><details><p>caché</p></details>' +
        '<table><caption>Présentations</caption><tr><th>h</th></tr><tr><td>1</td><td> 2 </td></tr></table></main></body></html>',
    );
    const view = await page.evaluate(extractPageView);
    expect(view.h1).toBe('N');
    expect(view.description).toBe('D');
    expect(view.terms).toEqual([
      { term: 'Statut de l’AMM', value: 'Autorisation abrogée' },
      { term: 'T', value: 'a b' },
    ]);
    expect(view.sections[0]).toEqual({ heading: 'Composition', text: 'Composition X : 1 mg Y', items: ['X : 1 mg', 'Y'] });
    expect(view.sections[1].heading).toBe('Suite');
    expect(view.sections[1].text).toContain('caché');
    expect(view.tables).toEqual([{ caption: 'Présentations', rows: [['1', '2']] }]);
    expect(view.links).toEqual([{ href: '/g', text: 'AMM' }]);
    await page.close();
  });

  it('shows on each sampled page every field of its source rows, as the files say', async () => {
    const siteDir = inject('siteDir');
    const mismatches: Mismatch[] = [];
    const page = await site.page('/');
    for (const { cis } of sample) {
      const file = join(siteDir, 'medicaments', cis, 'index.html');
      if (!existsSync(file)) {
        mismatches.push({
          cis,
          check: 'page',
          page: '(pas de page)',
          expected: `/medicaments/${cis}/`,
          source: `CIS_bdpm.txt:${snapshot!.medicines.get(cis)!.line}`,
        });
        continue;
      }
      await page.goto(`${site.baseUrl()}/medicaments/${cis}/`);
      const view = await page.evaluate(extractPageView);
      mismatches.push(
        ...auditPage(view, readFileSync(file, 'utf8'), snapshot!.rowsOf(cis), {
          inBdpm: (member) => snapshot!.medicines.has(member),
          retrocessionLoaded: snapshot!.retrocessionLoaded,
          accessLoaded: snapshot!.accessLoaded,
        }),
      );
    }
    await page.close();
    const report = formatMismatches(mismatches, sample.length, label);
    // The whole report is also kept on disk: a failure message may be cut by the reporter.
    mkdirSync(join(projectRoot, '.build'), { recursive: true });
    writeFileSync(join(projectRoot, '.build', `page-audit-${label}.txt`), `${report}\n`);
    if (mismatches.length > 0) expect.fail(report);
  }, 600_000);
});
