/**
 * Writes the demo set (demo-dataset.ts) as official-format files into data/demo/:
 * the BDPM text files (CIS_bdpm.txt in Windows-1252 like the official download, the rest
 * in UTF-8 like the copies passed around) and the three ANSM spreadsheets in the layouts
 * that scripts/sources/ansm-lists.ts maps, with the quirks of real ones: a title row above
 * the header, merged cells, a hidden sheet, codes stored as numbers, dates as date cells,
 * serial numbers and text, a formula, rich text, hyperlinks and trailing empty rows.
 *
 * Usage: node scripts/demo/generate-demo-sources.ts [--out <dir>]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { slugify } from '../../src/lib/text.ts';
import { DEMO_MARKER } from '../lib/sources-dir.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readSources } from '../lib/content-step/read-sources.ts';
import { compareSnapshots } from '../lib/history/compare-snapshots.ts';
import { HISTORY_FILE, serialiseHistory } from '../lib/history/history-store.ts';
import { WITHDRAWN_FILE, newlyWithdrawn, serialiseWithdrawn } from '../lib/history/withdrawn.ts';
import { joinMedicines } from '../lib/join-medicines.ts';
import { locateSources } from '../lib/sources-dir.ts';
import { datapackageDemoDir, writeDemoDatapackage } from './demo-datapackage.ts';
import { DEMO_DATE, type DemoDataset, type DemoShortage, PREVIOUS_DEMO_DATE, currentDemoDataset, demoCip13, previousDemoDataset } from './demo-dataset.ts';

const BDPM_EXTRACT = 'https://base-donnees-publique.medicaments.gouv.fr/extrait.php?specid=';
const ANSM_SHORTAGES = 'https://ansm.sante.fr/disponibilites-des-produits-de-sante/medicaments/';
const SHORTAGE_LABELS = { 1: 'Rupture de stock', 2: "Tension d'approvisionnement", 3: 'Arrêt de commercialisation', 4: 'Remise à disposition' };
/** Fixed so that regenerating gives the same workbook contents. */
const WORKBOOK_DATE = new Date(`${DEMO_DATE}T00:00:00Z`);

const windows1252Extras: Record<string, number> = { '€': 0x80, '’': 0x92, œ: 0x9c, Œ: 0x8c, '…': 0x85 };

export function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : windows1252Extras[text[index]];
    if (byte === undefined) throw new Error(`caractère hors Windows-1252 : ${text[index]}`);
    bytes[index] = byte;
  }
  return bytes;
}

const tsv = (rows: string[][]) => rows.map((cells) => `${cells.join('\t')}\r\n`).join('');

function shortageRow(cis: string, shortage: DemoShortage, slug: string): string[] {
  return [
    cis,
    shortage.cip13 ?? '',
    String(shortage.state),
    SHORTAGE_LABELS[shortage.state],
    shortage.start,
    shortage.updated,
    shortage.availableAgain ?? '',
    `${ANSM_SHORTAGES}${slug}`,
  ];
}

function bdpmFiles({
  medicines: demoMedicines,
  mitmOnly: demoMitmOnly,
  shortageOnly: demoShortageOnly,
  genericGroups: demoGenericGroups,
}: DemoDataset): Record<string, Uint8Array> {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const medicines = demoMedicines.map((m) => [
    m.cis,
    m.name,
    m.form,
    m.routes,
    'Autorisation active',
    'Procédure nationale',
    m.commercialised === false ? 'Non commercialisée' : 'Commercialisée',
    m.ammDate,
    '',
    '',
    m.holder,
    'Non',
  ]);
  const presentations = demoMedicines.flatMap((m) =>
    m.presentations.map((p) => {
      const withFee =
        p.price && p.fee ? (Number(p.price.replace(/\s/g, '').replace(',', '.')) + Number(p.fee.replace(',', '.'))).toFixed(2).replace('.', ',') : '';
      return [
        m.cis,
        p.cip7,
        p.label,
        'Présentation active',
        'Déclaration de commercialisation',
        m.ammDate,
        demoCip13(p.cip7),
        p.collectivities ? 'oui' : 'non',
        p.rate,
        p.price.replace(/\s/g, '').replace(/(\d)(\d{3}),/, '$1,$2,'),
        withFee,
        p.fee ?? '',
        '',
      ];
    }),
  );
  const substances = demoMedicines.flatMap((m) =>
    m.substances.map((s, index) => [m.cis, m.form, s.code, s.name, s.dosage, s.reference, 'SA', String(index + 1), '']),
  );
  const conditions = demoMedicines.flatMap((m) => (m.conditions ?? []).map((c) => [m.cis, c]));
  // The official file ends every line with a tab.
  const genericGroups = demoGenericGroups.flatMap((group) =>
    group.members.map((member, index) => [group.id, group.label, member.cis, String(member.type), String(index + 1), '']),
  );
  const mitm = [
    ...demoMedicines.filter((m) => m.mitmAtc).map((m) => [m.cis, m.mitmAtc!, m.name, `${BDPM_EXTRACT}${m.cis}`]),
    [demoMitmOnly.cis, demoMitmOnly.atc, demoMitmOnly.name, `${BDPM_EXTRACT}${demoMitmOnly.cis}`],
  ];
  const shortages = [
    ...demoMedicines.filter((m) => m.shortage).map((m) => shortageRow(m.cis, m.shortage!, slugify(m.name))),
    shortageRow(demoShortageOnly.cis, demoShortageOnly.shortage, demoShortageOnly.slug),
  ];
  return {
    'CIS_bdpm.txt': encodeWindows1252(tsv(medicines)),
    'CIS_CIP_bdpm.txt': utf8(tsv(presentations)),
    'CIS_COMPO_bdpm.txt': utf8(tsv(substances)),
    'CIS_CPD_bdpm.txt': utf8(tsv(conditions)),
    'CIS_GENER_bdpm.txt': utf8(tsv(genericGroups)),
    'CIS_MITM.txt': utf8(tsv(mitm)),
    'CIS_CIP_Dispo_Spec.txt': utf8(tsv(shortages)),
  };
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'regimes-medicaments (démonstration)';
  workbook.created = WORKBOOK_DATE;
  workbook.modified = WORKBOOK_DATE;
  return workbook;
}

export async function retrocessionWorkbook({ retrocession: demoRetrocession }: DemoDataset): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Liste');
  sheet.addRow(['Liste des médicaments rétrocédables (données de démonstration)']);
  sheet.mergeCells('A1:I1');
  sheet.addRow([]);
  sheet.addRow(['Code CIS', 'Code UCD', 'Code CIP13', 'Dénomination', 'DCI', 'Laboratoire', 'Autorisation', "Date\nd'inscription", 'Remarques']);
  for (const row of demoRetrocession) {
    sheet.addRow([
      row.cis ? Number(row.cis) : null,
      Number(row.ucd),
      row.cip13 ? Number(row.cip13) : null,
      row.name,
      row.substance,
      row.laboratory,
      row.authorisation,
      new Date(`${row.date}T00:00:00Z`),
      row.remarks ?? null,
    ]);
  }
  for (let index = 0; index < 3; index++) sheet.addRow(['', null, '']);
  const hidden = workbook.addWorksheet('Paramètres', { state: 'hidden' });
  hidden.addRow(['Autorisation', 'Libellé']);
  hidden.addRow(['AMM', 'Autorisation de mise sur le marché']);
  hidden.addRow(['AI', "Autorisation d'importation"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function mitmWorkbook({ medicines: demoMedicines, mitmOnly: demoMitmOnly }: DemoDataset): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('MITM');
  sheet.addRow(['Code CIS', 'Code ATC', 'Dénomination', 'Lien BDPM']);
  const rows = [...demoMedicines.filter((m) => m.mitmAtc).map((m) => ({ cis: m.cis, atc: m.mitmAtc!, name: m.name })), demoMitmOnly];
  for (const row of rows) {
    sheet.addRow([Number(row.cis), row.atc, row.name, { text: 'Fiche BDPM', hyperlink: `${BDPM_EXTRACT}${row.cis}` }]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function accesDerogatoireWorkbook({ access: demoAccess }: DemoDataset): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Référentiel');
  sheet.addRow(['Référentiel des spécialités en accès dérogatoire (démonstration)']);
  sheet.addRow([
    "Type d'accès",
    'Spécialité',
    'DCI',
    'Code CIS',
    'Code UCD',
    'Indication',
    'Statut',
    'Date de début',
    'Date de fin',
    'Laboratoire',
    'PUT-RD',
    'RCP',
    'Conditions de prescription et de délivrance',
  ]);
  const serial = (date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
  const link = (url?: string) => (url ? { text: 'Consulter', hyperlink: url } : null);
  demoAccess.forEach((row, index) => {
    const added = sheet.addRow([
      // One row spells the type out in full, as some versions do.
      index === 1 ? "Autorisation d'accès précoce" : row.type,
      row.name,
      row.substance,
      row.cis ? Number(row.cis) : null,
      row.ucd ? Number(row.ucd) : null,
      index === 0 ? { richText: [{ text: row.indication.slice(0, 20), font: { bold: true } }, { text: row.indication.slice(20) }] } : row.indication,
      { formula: `"${row.status}"`, result: row.status },
      serial(row.start),
      row.end ? row.end.split('-').reverse().join('/') : null,
      row.laboratory,
      link(row.putRd),
      link(row.rcp),
      link(row.conditions),
    ]);
    added.commit?.();
  });
  sheet.addRow([]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Writes one version of the demo set as official-format files. */
export async function writeDemoFiles(outDir: string, dataset: DemoDataset, date: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const files: Record<string, Uint8Array | string> = {
    ...bdpmFiles(dataset),
    'liste-retrocession.xlsx': await retrocessionWorkbook(dataset),
    'liste-mitm.xlsx': await mitmWorkbook(dataset),
    'referentiel-acces-derogatoire.xlsx': await accesDerogatoireWorkbook(dataset),
    [DEMO_MARKER]: `${JSON.stringify({ date, note: 'Données de démonstration écrites pour ce projet : codes, prix, dates et laboratoires sont inventés.' }, null, 2)}\n`,
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(outDir, name), content);
  return Object.keys(files);
}

/** Joined entries of a sources folder, as the build sees them. */
async function joinedMedicines(dir: string) {
  const { inputs } = await readSources(locateSources(dir, dir, undefined));
  return joinMedicines(inputs).medicines;
}

/**
 * Writes the current demo set, its history.json (the changes from the previous demo version,
 * computed by the same comparison as for fetched snapshots) and its withdrawn.json (the medicines
 * that version had and this one lacks, as the content step carries them).
 */
export async function writeDemoSources(outDir: string): Promise<string[]> {
  const written = await writeDemoFiles(outDir, currentDemoDataset, DEMO_DATE);
  const previousDir = mkdtempSync(join(tmpdir(), 'demo-previous-'));
  try {
    await writeDemoFiles(previousDir, previousDemoDataset(), PREVIOUS_DEMO_DATE);
    const version = async (dir: string, date: string) => ({ date, medicines: await joinedMedicines(dir), files: locateSources(dir, dir, undefined).files });
    const [previous, current] = [await version(previousDir, PREVIOUS_DEMO_DATE), await version(outDir, DEMO_DATE)];
    const { changeSet, rejected } = compareSnapshots(previous, current);
    if (rejected.length > 0) throw new Error(`changements du jeu de démonstration rejetés : ${JSON.stringify(rejected)}`);
    writeFileSync(join(outDir, HISTORY_FILE), serialiseHistory([changeSet]));
    writeFileSync(join(outDir, WITHDRAWN_FILE), serialiseWithdrawn(newlyWithdrawn(previous, current)));
  } finally {
    rmSync(previousDir, { recursive: true, force: true });
  }
  return [...written, HISTORY_FILE, WITHDRAWN_FILE];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const outDir = values.out ?? fileURLToPath(new URL('../../data/demo/', import.meta.url));
  const written = await writeDemoSources(outDir);
  console.log(`Jeu de démonstration écrit dans ${outDir} : ${written.join(', ')}`);
  console.log(`Rendu datapackage : ${writeDemoDatapackage(datapackageDemoDir(outDir), currentDemoDataset, DEMO_DATE, outDir).join(', ')}`);
}
