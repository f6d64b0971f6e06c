/**
 * The demo set as the BDPM's announced replacement would publish it: an ANSM Open Data
 * datapackage (`datapackage.json` + UTF-8 comma-separated CSVs, codes as text) of the same demo
 * medicines, written into its own folder beside data/demo/ (data/demo-datapackage/) so that the
 * .txt demo set stays as it is. The facts the package does not carry come in the files a
 * maintainer would keep beside it: CIS_MITM.txt, CIS_CIP_Dispo_Spec.txt and the three ANSM
 * lists, copied from the .txt demo folder just written. No CIS_CIP_bdpm.txt: the demo site built
 * from this folder shows what the package alone gives (no prices, no reimbursement rates). The
 * demo history is the .txt set's.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_MARKER } from '../lib/sources-dir.ts';
import { HISTORY_FILE } from '../lib/history/history-store.ts';
import { WITHDRAWN_FILE } from '../lib/history/withdrawn.ts';
import {
  ammStatusCodes,
  codeOf,
  genericRoleCodes,
  presentationCommercialCodes,
  presentationStatusCodes,
  procedureCodes,
} from '../sources/datapackage/codes.ts';
import type { FieldType } from '../sources/datapackage/resources.ts';
import { type DemoDataset, demoCip13 } from './demo-dataset.ts';

/** The demo datapackage folder for a demo folder: data/demo → data/demo-datapackage. */
export const datapackageDemoDir = (demoDir: string) => `${demoDir.replace(/[/\\]+$/, '')}-datapackage`;

type Table = { name: string; fields: Array<[string, FieldType]>; rows: Array<Array<string | number>> };

/** RFC 4180: a cell with a comma, a quote or a line break is quoted, quotes doubled. */
function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csv = ({ fields, rows }: Table) => [fields.map(([name]) => name), ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
const iso = (frenchDate: string) => frenchDate.split('/').reverse().join('-');
const roleOfType = (type: number) =>
  Object.entries(genericRoleCodes).find(
    ([, value]) => value === ({ 0: 'princeps', 1: 'generique', 2: 'complementaire', 4: 'substituable' } as const)[type as 0],
  )![0];

export function datapackageTables({ medicines, genericGroups }: DemoDataset): Table[] {
  const conditionTexts = [...new Set(medicines.flatMap((m) => m.conditions ?? []))].sort();
  const codeOfCondition = new Map(conditionTexts.map((text, index) => [text, index + 1]));
  return [
    {
      name: 'specialite',
      fields: [
        ['cis', 'string'],
        ['denomination', 'string'],
        ['generique', 'integer'],
        ['procedure', 'string'],
        ['date_amm', 'date'],
        ['statut_amm', 'string'],
        ['date_modification', 'datetime'],
        ['disponibilite', 'string'],
      ],
      rows: medicines.map((m) => [
        m.cis,
        m.name,
        '',
        codeOf(procedureCodes, 'Procédure nationale'),
        iso(m.ammDate),
        codeOf(ammStatusCodes, 'Autorisation active'),
        '',
        m.commercialised === false ? 'INDISPONIBLE' : 'DISPONIBLE',
      ]),
    },
    {
      name: 'specialite_titulaire',
      fields: [
        ['cis', 'string'],
        ['code_titulaire', 'string'],
        ['raison_sociale', 'string'],
        ['raison_sociale_longue', 'string'],
        ['pays', 'string'],
        ['date_debut', 'date'],
      ],
      rows: medicines.map((m) => [m.cis, '', m.holder.trim(), '', 'FRANCE', '']),
    },
    {
      name: 'presentation',
      fields: [
        ['cis', 'string'],
        ['cip', 'string'],
        ['cip7', 'string'],
        ['denomination', 'string'],
        ['date_modification', 'datetime'],
        ['statut_commercialisation', 'string'],
        ['date_commercialisation', 'date'],
        ['date_arret_commercialisation', 'date'],
        ['statut', 'string'],
      ],
      rows: medicines.flatMap((m) =>
        m.presentations.map((p) => [
          m.cis,
          demoCip13(p.cip7),
          p.cip7,
          p.label,
          '',
          codeOf(presentationCommercialCodes, 'Déclaration de commercialisation'),
          iso(m.ammDate),
          '',
          codeOf(presentationStatusCodes, 'Présentation active'),
        ]),
      ),
    },
    {
      name: 'element',
      fields: [
        ['cis', 'string'],
        ['numero_element', 'integer'],
        ['denomination', 'string'],
        ['ordre', 'integer'],
      ],
      rows: medicines.filter((m) => m.substances.length > 0).map((m) => [m.cis, 1, m.form, 1]),
    },
    {
      name: 'composant',
      fields: [
        ['cis', 'string'],
        ['numero_element', 'integer'],
        ['numero_composant', 'integer'],
        ['code_substance', 'string'],
        ['substance', 'string'],
        ['nature', 'string'],
        ['dosage', 'string'],
        ['ordre', 'integer'],
      ],
      rows: medicines.flatMap((m) => m.substances.map((s, index) => [m.cis, 1, index + 1, s.code, s.name, 'SA', s.dosage, index + 1])),
    },
    {
      name: 'delivrance',
      fields: [
        ['code', 'integer'],
        ['libelle_court', 'string'],
        ['libelle_long', 'string'],
      ],
      rows: conditionTexts.map((text) => [codeOfCondition.get(text)!, text.length > 40 ? `${text.slice(0, 39)}…` : text, text]),
    },
    {
      name: 'specialite_delivrance',
      fields: [
        ['cis', 'string'],
        ['code_delivrance', 'integer'],
      ],
      rows: medicines.flatMap((m) => (m.conditions ?? []).map((text) => [m.cis, codeOfCondition.get(text)!])),
    },
    {
      name: 'groupe_generique',
      fields: [
        ['code_groupe', 'integer'],
        ['libelle', 'string'],
        ['code_atc', 'integer'],
        ['date_modification', 'datetime'],
        ['commentaire', 'string'],
      ],
      rows: genericGroups.map((group) => [group.id, group.label, '', '', '']),
    },
    {
      name: 'specialite_groupe_generique',
      fields: [
        ['code_groupe', 'integer'],
        ['cis', 'string'],
        ['role', 'string'],
        ['rang', 'integer'],
      ],
      rows: genericGroups.flatMap((group) => group.members.map((member, index) => [group.id, member.cis, roleOfType(member.type), index + 1])),
    },
  ];
}

export function datapackageDescriptor(tables: Table[], created: string): object {
  return {
    name: 'ansm-open-data-demo',
    title: 'ANSM Open Data (démonstration)',
    created: `${created}T00:00:00Z`,
    resources: tables.map(({ name, fields }) => ({
      name,
      path: `${name}.csv`,
      format: 'csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',' },
      schema: { fields: fields.map(([field, type]) => ({ name: field, type })) },
    })),
  };
}

/** What the package lacks, taken from the .txt demo folder as written. */
const CARRIED_OVER = [
  'CIS_MITM.txt',
  'CIS_CIP_Dispo_Spec.txt',
  'liste-retrocession.xlsx',
  'liste-mitm.xlsx',
  'referentiel-acces-derogatoire.xlsx',
  HISTORY_FILE,
  WITHDRAWN_FILE,
];

/** Writes the package, and copies from `demoDir` the files it lacks, into `outDir` (replaced whole); returns the names written. */
export function writeDemoDatapackage(outDir: string, dataset: DemoDataset, date: string, demoDir: string): string[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const tables = datapackageTables(dataset);
  const files: Record<string, string> = {
    'datapackage.json': `${JSON.stringify(datapackageDescriptor(tables, date), null, 2)}\n`,
    ...Object.fromEntries(tables.map((table) => [`${table.name}.csv`, csv(table)])),
    [DEMO_MARKER]: `${JSON.stringify({ date, note: 'Données de démonstration écrites pour ce projet (rendu datapackage ANSM Open Data) : codes, prix, dates et laboratoires sont inventés.' }, null, 2)}\n`,
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(outDir, name), content);
  const copied = CARRIED_OVER.filter((name) => existsSync(join(demoDir, name)));
  for (const name of copied) copyFileSync(join(demoDir, name), join(outDir, name));
  return [...Object.keys(files), ...copied];
}
