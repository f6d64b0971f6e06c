/**
 * Issue 30: the ANSM Open Data datapackage as a source. Each quirk of a package is a fixture
 * made from a copy of the demo rendering (data/demo-datapackage/) with one thing changed, and
 * gives its expected error (nothing written) or warning.
 */
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BuildContentOptions, buildContent } from '../../scripts/lib/content-step/pipeline.ts';
import { SourceError } from '../../scripts/lib/problems.ts';
import type { ContentReport } from '../../scripts/lib/content-report.ts';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import type { Manifest } from '../../src/lib/content/manifest.ts';
import { demoDir, projectRoot, scratch } from '../helpers/sources.ts';
import { zipFolder } from '../helpers/zip.ts';

const packageDemoDir = join(projectRoot, 'data', 'demo-datapackage');

let work: ReturnType<typeof scratch>;
let sources: string;
let out: string;
let before: Record<string, string>;
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
const build = (options: Partial<BuildContentOptions> = {}) => buildContent({ root: projectRoot, sourcesFlag: sources, outDir: out, ...options });
const medicines = (): Medicine[] => JSON.parse(readFileSync(join(out, 'medicines.json'), 'utf8'));
const manifest = (): Manifest => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
const file = (name: string) => readFileSync(join(sources, name), 'utf8');
const write = (name: string, text: string) => writeFileSync(join(sources, name), text);

type Descriptor = { resources: Array<{ name: string; path: string; schema: { fields: Array<{ name: string; type: string }> } }> };
function editDescriptor(edit: (descriptor: Descriptor) => void): void {
  const descriptor = JSON.parse(file('datapackage.json')) as Descriptor;
  edit(descriptor);
  write('datapackage.json', JSON.stringify(descriptor, null, 2));
}
const resource = (descriptor: Descriptor, name: string) => descriptor.resources.find((candidate) => candidate.name === name)!;

async function expectFatal(pattern: RegExp, options: Partial<BuildContentOptions> = {}): Promise<SourceError> {
  const error = await build(options).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(SourceError);
  expect((error as Error).message).toMatch(pattern);
  expect(snapshot(out)).toEqual(before);
  return error as SourceError;
}
const warningsOf = (report: ContentReport) => report.warnings.map(({ file: name, message }) => `${name} : ${message}`);

beforeEach(async () => {
  work = scratch('datapackage');
  sources = join(work.dir, 'sources');
  cpSync(packageDemoDir, sources, { recursive: true });
  out = join(work.dir, 'out');
  await buildContent({ root: projectRoot, sourcesFlag: packageDemoDir, outDir: out });
  before = snapshot(out);
});
afterEach(() => work.cleanup());

describe('datapackage: bad input stops the build, nothing written', () => {
  it('a descriptor that is not valid JSON', async () => {
    write('datapackage.json', `${file('datapackage.json').slice(0, 200)}`);
    await expectFatal(/datapackage\.json: descripteur illisible, ce n'est pas du JSON valide/);
  });

  it('a resource file the descriptor names but the package lacks', async () => {
    rmSync(join(sources, 'presentation.csv'));
    await expectFatal(/datapackage\.json: ressource « presentation » : fichier « presentation\.csv » nommé par le descripteur, absent du paquet/);
  });

  it('a needed field renamed: resource, field and what was expected, and the unknown field', async () => {
    editDescriptor((descriptor) => {
      resource(descriptor, 'presentation').schema.fields.find((field) => field.name === 'cip')!.name = 'code_cip';
    });
    write('presentation.csv', file('presentation.csv').replace('cis,cip,cip7', 'cis,code_cip,cip7'));
    await expectFatal(
      /presentation\.csv, colonne « cip »: ressource « presentation » : champ « cip » attendu \(string\), absent du schéma du descripteur \(champ\(s\) inconnu\(s\) du site : « code_cip » ; renommé \?\)/,
    );
  });

  it('a needed field missing from the CSV header while the descriptor lists it', async () => {
    write('specialite_titulaire.csv', file('specialite_titulaire.csv').replace('raison_sociale,', 'raison,'));
    await expectFatal(/specialite_titulaire\.csv, ligne 1, colonne « raison_sociale »: .*le CSV ne suit pas son schéma/);
  });

  it('a needed field retyped', async () => {
    editDescriptor((descriptor) => {
      resource(descriptor, 'specialite').schema.fields.find((field) => field.name === 'date_amm')!.type = 'integer';
    });
    await expectFatal(/specialite\.csv, colonne « date_amm »: ressource « specialite » : champ date_amm \(date\) attendu, le descripteur le type « integer »/);
  });

  it('a resource another one needs is absent from the descriptor', async () => {
    editDescriptor((descriptor) => {
      descriptor.resources = descriptor.resources.filter((candidate) => candidate.name !== 'delivrance');
    });
    rmSync(join(sources, 'delivrance.csv'));
    await expectFatal(/ressource « delivrance » absente du descripteur : sans elle, « specialite_delivrance » ne peut pas être lue/);
  });

  it('a row that does not match its schema is rejected with file, row and column; fatal with --strict', async () => {
    const lines = file('specialite.csv').split('\r\n');
    lines[1] = lines[1].replace(/^\d{8}/, '6000A011');
    lines[2] = lines[2].split(',').slice(0, 3).join(',');
    write('specialite.csv', lines.join('\r\n'));
    const report = await build();
    expect(report.rejections.filter((rejection) => rejection.file === 'specialite.csv')).toEqual([
      { file: 'specialite.csv', row: 2, column: '« cis »', reason: 'code CIS attendu (chiffres), reçu « 6000A011 »' },
      { file: 'specialite.csv', row: 3, column: '2 cellule(s)', reason: '8 cellules attendues (en-tête), 2 lues' },
    ]);
    expect(report.accounts.find((account) => account.file === 'specialite.csv')).toMatchObject({ read: 28, kept: 26, rejected: 2 });
    rmSync(out, { recursive: true });
    await buildContent({ root: projectRoot, sourcesFlag: packageDemoDir, outDir: out });
    await expectFatal(/specialite\.csv, ligne 2, colonne « cis »: code CIS attendu/, { strict: true });
  });
});

describe('datapackage: tolerated quirks, each named', () => {
  it('an extra field is listed in the accounting, and the medicines are the same', async () => {
    editDescriptor((descriptor) => {
      resource(descriptor, 'specialite').schema.fields.push({ name: 'couleur', type: 'string' });
    });
    write('specialite.csv', file('specialite.csv').replace(/\r\n/g, ',bleu\r\n').replace('disponibilite,bleu', 'disponibilite,couleur'));
    const report = await build();
    expect(warningsOf(report)).toContain('specialite.csv : champ(s) en plus, non utilisé(s) par le site : « couleur »');
    expect(medicines()).toEqual(JSON.parse(before['medicines.json']));
  });

  it('a resource the site does not use is listed "non utilisé"', async () => {
    editDescriptor((descriptor) => {
      descriptor.resources.push({
        name: 'atc',
        path: 'atc.csv',
        schema: {
          fields: [
            { name: 'code', type: 'string' },
            { name: 'libelle_court', type: 'string' },
          ],
        },
      });
    });
    write('atc.csv', 'code,libelle_court\r\nJ01CA04,amoxicilline\r\n');
    const report = await build();
    expect(report.unused).toContainEqual({ file: 'atc.csv', why: 'ressource « atc » du datapackage, non utilisée par le site' });
  });

  it('a UTF-8 byte order mark is named and changes nothing', async () => {
    write('specialite.csv', `\uFEFF${file('specialite.csv')}`);
    const report = await build();
    expect(warningsOf(report)).toContain("specialite.csv : marque d'ordre des octets (BOM) UTF-8 en tête du fichier, ignorée");
    expect(medicines()).toEqual(JSON.parse(before['medicines.json']));
  });

  it('quoted commas, quotes and line breaks in cells are read as one cell, rows keep their file line', async () => {
    const lines = file('presentation.csv').split('\r\n');
    const cells = lines[1].split(',');
    cells[3] = '"plaquette(s), ""PVC""\r\nde 16 comprimé(s)"';
    lines[1] = cells.join(',');
    write('presentation.csv', lines.join('\r\n'));
    const report = await build();
    const [first] = medicines().filter((medicine) => medicine.presentations.some((p) => p.cip7 === cells[2]));
    expect(first.presentations.find((p) => p.cip7 === cells[2])!.label).toBe('plaquette(s), "PVC" de 16 comprimé(s)');
    expect(report.accounts.find((account) => account.file === 'presentation.csv')).toMatchObject({ read: 29, kept: 29, rejected: 0 });
    // The next record starts one line further down: rows are file lines.
    const cis = lines[2].split(',')[0];
    expect(medicines().find((medicine) => medicine.cis === cis)!.sources).toContain('presentation.csv');
  });

  it('a CIS typed as a number in the descriptor is read as the text the CSV holds, with a warning', async () => {
    editDescriptor((descriptor) => {
      resource(descriptor, 'specialite').schema.fields.find((field) => field.name === 'cis')!.type = 'integer';
    });
    const report = await build();
    expect(warningsOf(report).find((warning) => warning.startsWith('specialite.csv : champ « cis » typé « integer »'))).toMatch(/lus comme texte/);
    expect(medicines()).toEqual(JSON.parse(before['medicines.json']));
  });

  it('a delivrance label the reviewed table does not know is named, and fatal with --strict', async () => {
    write('delivrance.csv', file('delivrance.csv').replace(/\r\n1,[^\r]*\r\n/, '\r\n1,inconnu,condition de démonstration que nulle règle ne connaît\r\n'));
    const report = await build();
    expect(report.conditions.unclassified).toEqual(['condition de démonstration que nulle règle ne connaît']);
    rmSync(out, { recursive: true });
    await buildContent({ root: projectRoot, sourcesFlag: packageDemoDir, outDir: out });
    await expectFatal(
      /specialite_delivrance\.csv, colonne « code_delivrance »: condition\(s\) non classée\(s\) : « condition de démonstration que nulle règle ne connaît » \(mode strict\)/,
      { strict: true },
    );
  });

  it('codes read through an assumed correspondence, and unknown codes, are each named with their column', async () => {
    write('specialite.csv', file('specialite.csv').replace(',NATIONALE,1998-03-12,ACTIVE,', ',NATIONALE,1998-03-12,ACTIF,'));
    const report = await build();
    const warnings = warningsOf(report);
    expect(warnings).toContain(
      'specialite.csv : colonne « procedure » : code(s) de type de procédure lu(s) selon une correspondance supposée, jamais vue dans un paquet réel : « NATIONALE » lu « Procédure nationale » (voir docs/datapackage.md)',
    );
    expect(warnings).toContain("specialite.csv : colonne « statut_amm » : code(s) de statut de l'AMM inconnu(s), gardé(s) tel(s) qu'écrit(s) : « ACTIF »");
    expect(warnings).toContain(
      "presentation.csv : colonne « statut_commercialisation » : code(s) d'état de commercialisation de la présentation lu(s) selon une correspondance supposée, jamais vue dans un paquet réel : « COMMERCIALISEE » lu « Déclaration de commercialisation » (voir docs/datapackage.md)",
    );
    // A seen code (ACTIVE as an AMM status) raises nothing; the unknown one is kept as written.
    expect(warnings.filter((warning) => warning.startsWith('specialite.csv') && warning.includes('« ACTIVE »'))).toEqual([]);
    expect(medicines().find((medicine) => medicine.cis === '60000011')?.ammStatus).toBe('ACTIF');
  });

  it('a zip holding the package reads as the folder does', async () => {
    const packageOnly = join(work.dir, 'package-only');
    cpSync(sources, packageOnly, { recursive: true });
    for (const name of readdirSync(packageOnly)) if (!name.endsWith('.csv') && name !== 'datapackage.json') rmSync(join(packageOnly, name));
    for (const name of readdirSync(sources)) if (name.endsWith('.csv') || name === 'datapackage.json') rmSync(join(sources, name));
    writeFileSync(join(sources, 'ansm-open-data.zip'), zipFolder(packageOnly));
    const report = await build();
    expect(report.accounts.map((account) => account.file)).toContain('ansm-open-data.zip/specialite.csv');
    // Resource files are named inside the zip; the order of a medicine's sources follows the names.
    const unzipped = (text: string) => text.replace(/ansm-open-data\.zip\//g, '');
    const strip = (list: Medicine[]) => unzipped(JSON.stringify(list.map((medicine) => ({ ...medicine, sources: medicine.sources.map(unzipped).sort() }))));
    expect(strip(medicines())).toBe(strip(JSON.parse(before['medicines.json'])));
  });
});

describe('datapackage beside BDPM .txt files (mixed snapshot)', () => {
  it('each fact from one file: presentations from CIS_CIP_bdpm.txt (prices), the rest from the package; the other file named "non utilisé" with why', async () => {
    for (const name of ['CIS_CIP_bdpm.txt', 'CIS_bdpm.txt']) cpSync(join(demoDir, name), join(sources, name));
    const report = await build();
    expect(report.unused).toContainEqual({
      file: 'presentation.csv',
      why: 'non utilisé : CIS_CIP_bdpm.txt est lu pour ces faits (CIS_CIP_bdpm.txt porte aussi les prix, taux de remboursement et agréments aux collectivités, absents du datapackage)',
    });
    expect(report.unused).toContainEqual({
      file: 'CIS_bdpm.txt',
      why: 'non utilisé : la ressource « specialite » du datapackage porte les mêmes faits (le datapackage ANSM Open Data remplace la BDPM)',
    });
    const ids = manifest().sources.map(({ id, file: name }) => `${id}:${name}`);
    expect(ids.filter((id) => id.startsWith('presentations:'))).toEqual(['presentations:CIS_CIP_bdpm.txt']);
    expect(ids.filter((id) => id.startsWith('medicines:'))).toEqual(['medicines:specialite.csv', 'medicines:specialite_titulaire.csv']);
    const paracetamol = medicines().find((medicine) => medicine.cis === '60000011')!;
    expect(paracetamol.presentations[0].price).toBe(1.16);
    expect(paracetamol.sources).toEqual(expect.arrayContaining(['CIS_CIP_bdpm.txt', 'specialite.csv']));
    expect(paracetamol.sources).not.toContain('CIS_bdpm.txt');
  });
});
