import { execFile } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildContent } from '../../scripts/lib/content-step/pipeline.ts';
import { printReport } from '../../scripts/lib/print-report.ts';
import { SourceError } from '../../scripts/lib/problems.ts';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import { manifestSchema } from '../../src/lib/content/manifest.ts';
import { type ListView, listIds } from '../../src/lib/lists/list-views.ts';
import { membersOf } from '../../src/lib/lists/registry.ts';
import { prescriptionCategories } from '../../src/lib/prescription-categories.ts';
import { workbookBytes } from '../helpers/workbook.ts';
import { copyOfDemo, demoDir, projectRoot, scratch } from '../helpers/sources.ts';

const run = promisify(execFile);
let work: ReturnType<typeof scratch>;
beforeEach(() => {
  work = scratch('content');
});
afterEach(() => work.cleanup());

const readMedicines = (dir: string): Medicine[] => JSON.parse(readFileSync(join(dir, 'medicines.json'), 'utf8'));
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

describe('content step on the demo set', () => {
  it('accounts for every row and covers every list, access type and shortage state', async () => {
    const out = join(work.dir, 'out');
    const report = await buildContent({ root: projectRoot, sourcesFlag: demoDir, outDir: out, strict: true });
    for (const account of report.accounts) {
      expect(account.kept + account.rejected + account.duplicates, account.file).toBe(account.read);
    }
    expect(report.accounts).toHaveLength(10);
    expect(report.counts).toMatchObject({
      bdpm: 28,
      listOnly: 5,
      lists: { retrocession: 6, mitm: 16, accesDerogatoire: 5, shortages: 8 },
      retrocessionImported: 1,
      accessTypes: { AAC: 2, AAP: 2, CPC: 1 },
      shortageStates: { rupture: 3, tension: 3, arret: 1, remise: 1 },
    });
    const medicines = readMedicines(out);
    // The pages show these counts instead of counting again: one per medicine with a condition of the category.
    const current = medicines.filter((m) => m.retiredOn === null);
    const withCategory = (category: string) => current.filter((m) => m.prescriptionConditions.some((c) => c.category === category)).length;
    expect(report.counts.prescriptionCategories).toEqual(Object.fromEntries(prescriptionCategories.map((category) => [category, withCategory(category)])));
    expect(report.counts.prescriptionCategories['liste-i']).toBeGreaterThan(0);
    for (const list of listIds) expect(report.counts.lists[list], list).toBe(membersOf(current, { list } as ListView).length);
    expect(medicines.find((m) => m.id === 'ucd-9000081')?.retrocession[0].authorisation).toBe('AI');
    // CIS_bdpm.txt is Windows-1252 in the demo set, as in the official download.
    expect(medicines.find((m) => m.id === '60000011')?.name).toBe('PARACÉTAMOL DÉMO 500 mg, comprimé');
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
    expect(manifest.demo).toBe(true);
    expect(manifest.sources.find((s) => s.file === 'CIS_bdpm.txt')).toMatchObject({ encoding: 'windows-1252', rows: 28, demo: true, date: '2025-07-15' });
    // The demo build shows every condition category but those only the real files show (the browser
    // tests on the real build open a page for each) and "non-classe" (fatal in strict mode); a header
    // line, counted apart; and a generic group with a member in rupture.
    const realOnly = ['lieu-prescripteur', 'libelle-amm', 'autre-loi', 'en-tete', 'non-classe'];
    expect(report.conditions.categories.map(({ category }) => category)).toEqual(prescriptionCategories.filter((c) => !realOnly.includes(c)));
    expect(report.conditions).toMatchObject({ headers: ['pour tous les patients :'], unclassified: [] });
    const valproate = medicines.find((m) => m.id === '60000022')!;
    expect([valproate.shortageState, valproate.genericGroups[0]?.type]).toEqual(['rupture', 'princeps']);
  });

  it('writes byte-identical content from identical inputs', async () => {
    const [first, second] = [join(work.dir, 'a'), join(work.dir, 'b')];
    await buildContent({ root: projectRoot, sourcesFlag: demoDir, outDir: first });
    await buildContent({ root: projectRoot, sourcesFlag: demoDir, outDir: second });
    expect(snapshot(second)).toEqual(snapshot(first));
  });

  it('counts exact duplicate rows and keeps the first', async () => {
    const sources = copyOfDemo(work.dir);
    const line = readFileSync(join(sources, 'CIS_CIP_Dispo_Spec.txt'), 'utf8').split('\r\n')[0];
    appendFileSync(join(sources, 'CIS_CIP_Dispo_Spec.txt'), `${line}\r\n`);
    const report = await buildContent({ root: projectRoot, sourcesFlag: sources, outDir: join(work.dir, 'out') });
    expect(report.accounts.find((a) => a.file === 'CIS_CIP_Dispo_Spec.txt')).toMatchObject({ read: 9, kept: 8, duplicates: 1 });
    expect(report.duplicates[0]).toMatchObject({ row: 9, firstRow: 1 });
  });
});

describe('bad input', () => {
  let sources: string;
  let out: string;
  let before: Record<string, string>;
  beforeEach(async () => {
    sources = copyOfDemo(work.dir);
    out = join(work.dir, 'out');
    await buildContent({ root: projectRoot, sourcesFlag: demoDir, outDir: out });
    before = snapshot(out);
  });

  const expectUnchanged = () => expect(snapshot(out)).toEqual(before);

  it('rejects a bad cell with file, row and column, and keeps the other rows', async () => {
    appendFileSync(join(sources, 'CIS_MITM.txt'), '6000A099\tA01\tX\t\r\n');
    const report = await buildContent({ root: projectRoot, sourcesFlag: sources, outDir: out });
    expect(report.rejections).toEqual([{ file: 'CIS_MITM.txt', row: 17, column: '1 (code CIS)', reason: 'code CIS attendu (chiffres), reçu « 6000A099 »' }]);
    expect(report.accounts.find((a) => a.file === 'CIS_MITM.txt')).toMatchObject({ read: 17, kept: 16, rejected: 1 });
  });

  it('counts a row whose CIS is not in CIS_bdpm.txt as rejected, alike in the printed report and the manifest', async () => {
    appendFileSync(join(sources, 'CIS_CPD_bdpm.txt'), '69999999\tliste I\r\n');
    const report = await buildContent({ root: projectRoot, sourcesFlag: sources, outDir: out });
    expect(report.rejections).toEqual([{ file: 'CIS_CPD_bdpm.txt', row: 53, column: '1 (code CIS)', reason: 'CIS 69999999 absent de CIS_bdpm.txt' }]);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      printReport(report, 1);
      const printed = log.mock.calls.map(([line]) => String(line)).find((line) => line.startsWith('CIS_CPD_bdpm.txt'));
      expect(printed?.split(/\s+/)).toEqual(['CIS_CPD_bdpm.txt', '53', '52', '1', '0']);
    } finally {
      log.mockRestore();
    }
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
    expect(manifest.sources.find((s) => s.file === 'CIS_CPD_bdpm.txt')).toMatchObject({ rows: 53, kept: 52, rejected: 1, duplicates: 0 });
  });

  it('names each implausible date with file, row and column, keeps its row and publishes no such date', async () => {
    appendFileSync(join(sources, 'CIS_CIP_bdpm.txt'), readFileSync(join(projectRoot, 'tests/fixtures/implausible-dates/CIS_CIP_bdpm-rows.txt')));
    const report = await buildContent({ root: projectRoot, sourcesFlag: sources, outDir: out });
    const column = '6 (date de déclaration de commercialisation)';
    expect(report.warnings.filter((warning) => warning.row !== undefined)).toEqual([
      {
        file: 'CIS_CIP_bdpm.txt',
        row: 30,
        column,
        message: expect.stringMatching(/^ligne 30, colonne 6 .*29\/11\/2924, postérieure au 15\/07\/2026 \(un an après le 15\/07\/2025, date des données\)/),
      },
      { file: 'CIS_CIP_bdpm.txt', row: 31, column, message: expect.stringMatching(/01\/01\/1850, antérieure à 1900/) },
    ]);
    expect(report.accounts.find((a) => a.file === 'CIS_CIP_bdpm.txt')).toMatchObject({ read: 31, kept: 31, rejected: 0 });
    const written = readFileSync(join(out, 'medicines.json'), 'utf8');
    expect(written).not.toMatch(/2924|1850-01-01/);
    const presentation = readMedicines(out)
      .find((m) => m.id === '60000011')!
      .presentations.find((p) => p.cip13 === '3400933009011');
    expect(presentation).toMatchObject({ commercialisationDate: null, price: 1.16 });
  });

  it('stops in strict mode on the first rejected row, leaving content as it was', async () => {
    appendFileSync(join(sources, 'CIS_CIP_bdpm.txt'), '60000011\t3000099\tboîte\tPrésentation active\t\t32/13/2020\t3400930000999\tnon\t65%\t1,00\t\t\t\r\n');
    await expect(buildContent({ root: projectRoot, sourcesFlag: sources, outDir: out, strict: true })).rejects.toThrow(
      'CIS_CIP_bdpm.txt, ligne 30, colonne 6 (date de déclaration de commercialisation): date attendue (JJ/MM/AAAA), reçu « 32/13/2020 »',
    );
    expectUnchanged();
  });

  it('keeps an unknown condition text as a named warning, and stops on it in strict mode', async () => {
    appendFileSync(join(sources, 'CIS_CPD_bdpm.txt'), '60000013\tprescription réservée aux astronautes\r\n');
    const report = await buildContent({ root: projectRoot, sourcesFlag: sources, outDir: join(work.dir, 'lenient') });
    expect(report.conditions.unclassified).toEqual(['prescription réservée aux astronautes']);
    await expect(buildContent({ root: projectRoot, sourcesFlag: sources, outDir: out, strict: true })).rejects.toThrow(
      'CIS_CPD_bdpm.txt, colonne 2 (condition): condition(s) non classée(s) : « prescription réservée aux astronautes » (mode strict)',
    );
    expectUnchanged();
  });

  it('stops when a spreadsheet lacks a required column, leaving content as it was', async () => {
    writeFileSync(
      join(sources, 'liste-mitm.xlsx'),
      await workbookBytes({
        rows: [
          ['CIP', 'ATC'],
          ['1', 'A'],
        ],
      }),
    );
    const error = await buildContent({ root: projectRoot, sourcesFlag: sources, outDir: out }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).location).toEqual({ file: 'liste-mitm.xlsx', row: 1 });
    expectUnchanged();
  });

  it('stops when a spreadsheet does not open (an HTML error page saved as .xlsx)', async () => {
    writeFileSync(join(sources, 'liste-retrocession.xlsx'), '<html><body>Service indisponible</body></html>');
    await expect(buildContent({ root: projectRoot, sourcesFlag: sources, outDir: out })).rejects.toThrow(/liste-retrocession\.xlsx: le fichier ne s'ouvre pas/);
    expectUnchanged();
  });

  it('stops when no row of a file is valid (not the file its name says)', async () => {
    writeFileSync(join(sources, 'CIS_CPD_bdpm.txt'), 'a\tb\tc\r\nd\te\tf\r\n');
    await expect(buildContent({ root: projectRoot, sourcesFlag: sources, outDir: out })).rejects.toThrow(
      /CIS_CPD_bdpm\.txt, ligne 1, colonne 3: aucune ligne valide sur 2/,
    );
    expectUnchanged();
  });

  it('stops on a missing sources folder', async () => {
    await expect(buildContent({ root: projectRoot, sourcesFlag: join(work.dir, 'absent'), outDir: out })).rejects.toThrow(/dossier de sources introuvable/);
    expectUnchanged();
  });

  it('makes the site build exit non-zero naming file, row and column, with dist/ untouched', async () => {
    appendFileSync(join(sources, 'CIS_bdpm.txt'), '60000099\tX\t\t\t\t\t\t2020-99-99\t\t\t\tNon\r\n');
    const dist = join(work.dir, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'previous site');
    const result = await run(process.execPath, ['scripts/build-site.ts', '--strict', '--sources', sources, '--out', dist, '--content', out], {
      cwd: projectRoot,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(result).toMatchObject({ code: 1 });
    expect((result as { stderr: string }).stderr).toContain("CIS_bdpm.txt, ligne 29, colonne 8 (date d'AMM)");
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(work.dir).filter((name) => name.startsWith('.'))).toEqual([]);
    expectUnchanged();
  });
});
