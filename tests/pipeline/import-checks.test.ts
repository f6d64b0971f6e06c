/**
 * Issue 11: a changed or damaged official file stops the build (content/data/ untouched) or
 * is read as it says, never misread in silence. One test per case, on a copy of the demo set.
 */
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BuildContentOptions, buildContent } from '../../scripts/lib/content-step/pipeline.ts';
import { SourceError } from '../../scripts/lib/problems.ts';
import { parseBdpmFile } from '../../scripts/sources/bdpm-files.ts';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import { copyOfDemo, demoDir, projectRoot, scratch } from '../helpers/sources.ts';
import { workbookBytes } from '../helpers/workbook.ts';
import { zipFolder } from '../helpers/zip.ts';

const fixtures = join(projectRoot, 'tests', 'fixtures');
const fixture = (path: string) => readFileSync(join(fixtures, path));

let work: ReturnType<typeof scratch>;
let sources: string;
let out: string;
let before: Record<string, string>;
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
const build = (options: Partial<BuildContentOptions> = {}) => buildContent({ root: projectRoot, sourcesFlag: sources, outDir: out, ...options });
const medicines = (): Medicine[] => JSON.parse(readFileSync(join(out, 'medicines.json'), 'utf8'));

/** The build stops with a SourceError whose message matches, and content/data/ is as it was. */
async function expectFatal(pattern: RegExp | string, options: Partial<BuildContentOptions> = {}): Promise<SourceError> {
  const error = await build(options).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(SourceError);
  if (typeof pattern === 'string') expect((error as Error).message).toContain(pattern);
  else expect((error as Error).message).toMatch(pattern);
  expect(snapshot(out)).toEqual(before);
  return error as SourceError;
}

/** Replaces one of the demo's files by another, under another name if need be. */
function replace(demoFile: string, newName: string, bytes: Uint8Array | string): void {
  rmSync(join(sources, demoFile));
  writeFileSync(join(sources, newName), bytes);
}

beforeEach(async () => {
  work = scratch('checks');
  sources = copyOfDemo(work.dir);
  out = join(work.dir, 'out');
  await buildContent({ root: projectRoot, sourcesFlag: demoDir, outDir: out });
  before = snapshot(out);
});
afterEach(() => work.cleanup());

describe('structure checks (item 1)', () => {
  it('stops when the rétrocession CIS column is renamed beyond recognition', async () => {
    const rows = [
      ['Identifiant spécialité', 'Code UCD', 'Dénomination'],
      ['60000031', 9000031, 'ÉPOÉTINE'],
    ];
    writeFileSync(join(sources, 'liste-retrocession.xlsx'), await workbookBytes({ name: 'Rétro', rows }));
    const error = await expectFatal(/colonne\(s\) clé\(s\) absente\(s\) de la liste de rétrocession : « Code CIS »/);
    expect(error.message).toContain('feuille « Rétro », ligne 1) : « Identifiant spécialité », « Code UCD », « Dénomination »');
  });

  it('stops when two columns of a list match one field', async () => {
    const rows = [
      ['Code CIS', 'Dénomination', 'Date', "Date d'inscription"],
      [60000031, 'ÉPOÉTINE', '01/01/2024', '02/01/2024'],
    ];
    writeFileSync(join(sources, 'liste-retrocession.xlsx'), await workbookBytes({ rows }));
    await expectFatal(
      "plusieurs colonnes correspondent au champ « Date d'inscription » de la liste de rétrocession (feuille « Feuille1 ») : C « Date » et D « Date d'inscription »",
    );
  });

  it('prints an unknown column in the accounting, and stops on it under --strict', async () => {
    const rows = [
      ['Code CIS', 'Code ATC', 'Statut MITM'],
      [60000021, 'J01CA04', 'nouveau'],
    ];
    writeFileSync(join(sources, 'liste-mitm.xlsx'), await workbookBytes({ name: 'MITM', rows }));
    const report = await build({ outDir: join(work.dir, 'lenient') });
    expect(report.accounts.find((account) => account.file === 'liste-mitm.xlsx')).toMatchObject({ sheet: 'MITM', unknownHeaders: ['Statut MITM'] });
    await expectFatal('liste-mitm.xlsx, colonne « Statut MITM »: colonne inconnue (feuille « MITM ») : « Statut MITM » (mode strict)', { strict: true });
  });
});

describe('content checks (item 2)', () => {
  it('stops when a column taken as CIS holds something else', async () => {
    const rows = [['CIS', 'Dénomination'], ...Array.from({ length: 6 }, (_, index) => [3400930000000 + index, `X${index}`])];
    writeFileSync(join(sources, 'liste-retrocession.xlsx'), await workbookBytes({ rows }));
    await expectFatal(/liste-retrocession\.xlsx, colonne A « CIS »: la colonne prise pour « Code CIS ».*que dans 0 % des 6 cellules/);
  });

  it('prints the join share of each list and stops under the floor unless accepted', async () => {
    const report = await build({ outDir: join(work.dir, 'first') });
    expect(report.accounts.find((account) => account.file === 'liste-retrocession.xlsx')?.joinShare).toEqual({ rows: 6, joined: 5 });
    expect(report.accounts.find((account) => account.file === 'CIS_MITM.txt')?.joinShare).toEqual({ rows: 16, joined: 15 });
    // CIS-shaped codes that are not the demo's medicines: the list no longer joins the BDPM.
    const rows = [['Code CIS', 'Dénomination'], ...Array.from({ length: 6 }, (_, index) => [69990000 + index, `X${index}`])];
    writeFileSync(join(sources, 'liste-retrocession.xlsx'), await workbookBytes({ rows }));
    await expectFatal('liste-retrocession.xlsx: seules 0 ligne(s) sur 6 (0 %) se rattachent à un médicament de CIS_bdpm.txt, sous le plancher de 50 %');
    const accepted = await build({ acceptChanges: true });
    expect(accepted.acceptedChanges).toEqual([expect.objectContaining({ file: 'liste-retrocession.xlsx' })]);
  });
});

describe('against the previous snapshot (item 3)', () => {
  let current: string;
  beforeEach(() => {
    const root = join(work.dir, 'data', 'sources');
    for (const date of ['2025-06-01', '2025-07-01']) {
      cpSync(demoDir, join(root, date), { recursive: true });
      rmSync(join(root, date, 'history.json'));
    }
    current = join(root, '2025-07-01');
  });

  it('passes when nothing shrank', async () => {
    const report = await build({ sourcesFlag: current });
    expect(report.acceptedChanges).toEqual([]);
  });

  it('stops when a source loses many rows, giving both counts, unless accepted', async () => {
    const path = join(current, 'CIS_COMPO_bdpm.txt');
    const lines = readFileSync(path, 'latin1').split('\r\n');
    writeFileSync(path, `${lines.slice(0, 10).join('\r\n')}\r\n`, 'latin1');
    await expectFatal(
      "CIS_COMPO_bdpm.txt: 10 ligne(s) contre 29 dans l'instantané du 2025-06-01 (-65,5 %) — si ce changement est réel, relancer avec --accept-changes",
      { sourcesFlag: current },
    );
    const report = await build({ sourcesFlag: current, acceptChanges: true });
    expect(report.acceptedChanges.map((change) => change.file)).toEqual(['CIS_COMPO_bdpm.txt']);
  });

  it('stops when a list that was there is missing, or its membership shrinks sharply', async () => {
    rmSync(join(current, 'liste-retrocession.xlsx'));
    await expectFatal(
      /liste-retrocession\.xlsx: source absente, alors que l'instantané du 2025-06-01 en avait 6 ligne\(s\).*la liste de rétrocession : 0 médicament\(s\) contre 6/,
      {
        sourcesFlag: current,
      },
    );
  });
});

describe('every file accounted for (item 4)', () => {
  it('stops on a spreadsheet it does not recognise, saying how lists are recognised', async () => {
    writeFileSync(join(sources, 'liste-des-medicaments.xlsx'), await workbookBytes({ rows: [['Code CIS'], [60000011]] }));
    await expectFatal(
      /liste-des-medicaments\.xlsx: tableur non reconnu.*reconnue à son nom \(contenant « retrocession » ou « retrocedable », « mitm » ou « interet therapeutique majeur », « derogatoire »/,
    );
  });

  it('stops on a list in a format it cannot read (.ods)', async () => {
    writeFileSync(join(sources, 'liste-retrocession-2025.ods'), 'PK');
    await expectFatal(/liste-retrocession-2025\.ods: tableur non reconnu/);
  });

  it('lists the other files as not used, naming the known BDPM ones', async () => {
    writeFileSync(join(sources, 'CIS_HAS_SMR_bdpm.txt'), '60000011\tCT-1\tInscription\t20200101\tImportant\tavis\r\n');
    writeFileSync(join(sources, 'notes.txt'), 'vérifié le 04/07/2025');
    const report = await build();
    expect(report.unused).toEqual([
      { file: 'CIS_HAS_SMR_bdpm.txt', why: 'fichier BDPM connu (avis SMR de la HAS), non utilisé par le site' },
      { file: 'notes.txt', why: 'fichier non reconnu, non utilisé' },
    ]);
  });

  it('stops when CIS_bdpm.txt is missing while other BDPM files are there', async () => {
    rmSync(join(sources, 'CIS_bdpm.txt'));
    await expectFatal(/CIS_bdpm\.txt: fichier absent alors que d'autres fichiers BDPM sont là \(CIS_CIP_bdpm\.txt, /);
  });

  it('reads the rétrocession list from an .xls written by SheetJS, as from the .xlsx', async () => {
    const fromXlsx = medicines().filter((m) => m.retrocession.length > 0);
    replace('liste-retrocession.xlsx', 'liste-retrocession.xls', fixture('xls-workbook/liste-retrocession.xls'));
    const report = await build({ strict: true });
    expect(report.accounts.find((account) => account.file === 'liste-retrocession.xls')).toMatchObject({ read: 6, kept: 6, sheet: 'Liste' });
    const strip = (list: Medicine[]) => list.map((m) => [m.id, m.retrocession.map(({ from: _from, ...entry }) => entry)]);
    expect(strip(medicines().filter((m) => m.retrocession.length > 0))).toEqual(strip(fromXlsx));
  });

  it('reads a hand-written .xlsx (no styles, inline strings, renamed headers)', async () => {
    replace('liste-mitm.xlsx', 'liste-mitm.xlsx', zipFolder(join(fixtures, 'xlsx-hand-written', 'parts')));
    const report = await build({ strict: true });
    expect(report.accounts.find((account) => account.file === 'liste-mitm.xlsx')).toMatchObject({ read: 3, kept: 3, sheet: 'MITM juillet' });
    expect(
      medicines()
        .find((m) => m.id === '60000021')
        ?.mitm?.from.map((from) => from.source),
    ).toContain('liste-mitm.xlsx');
  });

  it('reads the référentiel from a French-Excel CSV (Windows-1252, semicolons, quoted line break)', async () => {
    replace('referentiel-acces-derogatoire.xlsx', 'referentiel-acces-derogatoire.csv', fixture('csv-list/referentiel-acces-derogatoire.csv'));
    const report = await build({ strict: true });
    expect(report.accounts.find((account) => account.file === 'referentiel-acces-derogatoire.csv')).toMatchObject({ read: 5, kept: 5 });
    const nivolumab = medicines().find((m) => m.id === '60000041')!.accesDerogatoire[0];
    expect(nivolumab).toMatchObject({ type: 'AAP', startDate: '2024-09-02', indication: expect.stringContaining('complète ; indication sur deux lignes') });
    expect(medicines().find((m) => m.id === 'ucd-9000082')!.accesDerogatoire[0]).toMatchObject({ type: 'AAP', startDate: '2025-02-18' });
  });
});

describe('cells (item 5)', () => {
  it('rejects month-first text dates with file, row and column', async () => {
    replace('liste-retrocession.xlsx', 'liste-retrocession.csv', fixture('month-first-dates/liste-retrocession.csv'));
    const report = await build({ acceptChanges: true });
    expect(report.rejections).toEqual([
      expect.objectContaining({
        file: 'liste-retrocession.csv',
        row: 2,
        column: "C « Date d'inscription »",
        reason: expect.stringContaining('mois/jour/année « 12/31/2024 »'),
      }),
      expect.objectContaining({
        file: 'liste-retrocession.csv',
        row: 3,
        column: "C « Date d'inscription »",
        reason: expect.stringContaining('date ambiguë « 7/4/2025 »'),
      }),
    ]);
    expect(medicines().find((m) => m.id === '60000033')?.retrocession[0].inscriptionDate).toBe('2024-06-10');
  });

  it('reads a UTF-8 BDPM file with one invalid byte as UTF-8 and reports that row', () => {
    const parsed = parseBdpmFile('medicines', fixture('utf8-invalid-byte/CIS_bdpm.txt'));
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.records.map(({ value }) => value.name)).toEqual(['PARACÉTAMOL DÉMO 500 mg, comprimé', 'CÉTIRIZINE DÉMO 10 mg, comprimé']);
    expect(parsed.rejections).toEqual([
      {
        file: 'CIS_bdpm.txt',
        row: 2,
        column: '2 (dénomination)',
        reason: 'octet invalide en UTF-8 (fichier lu en UTF-8) : « IBUPROF\uFFFDNE DÉMO 400 mg, comprimé pelliculé »',
      },
    ]);
  });

  it('keeps an AMM row and an AI row for one CIS, and two access periods; drops only the true duplicate', async () => {
    replace('liste-retrocession.xlsx', 'liste-retrocession.csv', fixture('duplicate-rows/liste-retrocession.csv'));
    replace('referentiel-acces-derogatoire.xlsx', 'referentiel-acces-derogatoire.csv', fixture('duplicate-rows/referentiel-acces-derogatoire.csv'));
    const report = await build({ acceptChanges: true });
    expect(report.accounts.find((account) => account.file === 'liste-retrocession.csv')).toMatchObject({ read: 4, kept: 3, duplicates: 1 });
    expect(report.duplicates).toEqual([expect.objectContaining({ file: 'liste-retrocession.csv', row: 4, firstRow: 2 })]);
    const epoetin = medicines().find((m) => m.id === '60000031')!;
    expect(epoetin.retrocession.map((entry) => entry.authorisation)).toEqual(['AMM', 'AI']);
    const thalidomide = medicines().find((m) => m.id === '60000043')!;
    expect(thalidomide.accesDerogatoire.map((access) => [access.startDate, access.endDate])).toEqual([
      ['2021-07-01', '2022-12-31'],
      ['2024-03-01', null],
    ]);
  });

  it('stops when two different names would build the same id', async () => {
    replace('referentiel-acces-derogatoire.xlsx', 'referentiel-acces-derogatoire.csv', fixture('name-id-collision/referentiel-acces-derogatoire.csv'));
    await expectFatal(
      /referentiel-acces-derogatoire\.csv, ligne 3: deux médicaments différents auraient le même identifiant « nom-anticorps-monoclonal.* \(ligne 2\)/,
      {
        acceptChanges: true,
      },
    );
  });
});
