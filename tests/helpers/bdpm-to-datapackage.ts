/**
 * Writes a BDPM .txt snapshot as an ANSM Open Data package, through the reader's own code tables
 * (a label the tables do not know is written as is, which the reader keeps as is): a package of
 * real size and content for tests, since no real package is available here. Not a converter for
 * use: the real package's codes may differ from the tables' assumed ones.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSources } from '../../scripts/lib/content-step/read-sources.ts';
import { locateSources } from '../../scripts/lib/sources-dir.ts';
import {
  ammStatusCodes,
  availabilityCodes,
  genericRoleCodes,
  presentationCommercialCodes,
  presentationStatusCodes,
  procedureCodes,
} from '../../scripts/sources/datapackage/codes.ts';

type Table = { name: string; fields: Array<[string, string]>; rows: Array<Array<string | number | null>> };
type Labels = { labels: Record<string, { label: string | null }> };

const codeOrLabel = (table: Labels, label: string | null) =>
  label === null ? '' : (Object.entries(table.labels).find(([, entry]) => entry.label === label)?.[0] ?? label);
const cell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csv = ({ fields, rows }: Table) => [fields.map(([name]) => name), ...rows].map((row) => `${row.map(cell).join(',')}\n`).join('');

function availabilityOf(commercialStatus: string | null, bdpmStatus: string | null): string {
  const found = Object.entries(availabilityCodes).find(([, entry]) => entry.commercialStatus === commercialStatus && entry.bdpmStatus === bdpmStatus);
  return found?.[0] ?? commercialStatus ?? '';
}

export async function writePackageOf(bdpmDir: string, outDir: string, keep: string[]): Promise<void> {
  const { inputs } = await readSources(locateSources(bdpmDir, bdpmDir, undefined));
  const conditions = [...new Set(inputs.prescriptionConditions?.records.map(({ value }) => value.condition) ?? [])];
  const codeOf = new Map(conditions.map((text, index) => [text, index + 1]));
  const groups = new Map((inputs.genericGroups?.records ?? []).map(({ value }) => [value.groupId, value.label]));
  const roleOf = (type: string) => Object.entries(genericRoleCodes).find(([, value]) => value === type)![0];
  const medicines = inputs.medicines?.records ?? [];
  // The BDPM names each element; the package numbers them per CIS and names them in `element`.
  const substances = (inputs.substances?.records ?? []).map(({ value }) => value);
  const elements = new Map<string, number>();
  const elementCount = new Map<string, number>();
  for (const s of substances) {
    const key = `${s.cis}\t${s.element ?? ''}`;
    if (elements.has(key)) continue;
    elementCount.set(s.cis, (elementCount.get(s.cis) ?? 0) + 1);
    elements.set(key, elementCount.get(s.cis)!);
  }
  const tables: Table[] = [
    {
      name: 'specialite',
      fields: [
        ['cis', 'string'],
        ['denomination', 'string'],
        ['procedure', 'string'],
        ['date_amm', 'date'],
        ['statut_amm', 'string'],
        ['disponibilite', 'string'],
      ],
      rows: medicines.map(({ value: m }) => [
        m.cis,
        m.name,
        codeOrLabel(procedureCodes, m.procedure),
        m.ammDate,
        codeOrLabel(ammStatusCodes, m.ammStatus),
        availabilityOf(m.commercialStatus, m.bdpmStatus),
      ]),
    },
    {
      name: 'specialite_titulaire',
      fields: [
        ['cis', 'string'],
        ['raison_sociale', 'string'],
      ],
      rows: medicines.flatMap(({ value: m }) =>
        (m.holders ?? '')
          .split(';')
          .map((holder) => holder.trim())
          .filter(Boolean)
          .map((holder) => [m.cis, holder]),
      ),
    },
    {
      name: 'presentation',
      fields: [
        ['cis', 'string'],
        ['cip', 'string'],
        ['cip7', 'string'],
        ['denomination', 'string'],
        ['statut_commercialisation', 'string'],
        ['date_commercialisation', 'date'],
        ['statut', 'string'],
      ],
      rows: (inputs.presentations?.records ?? []).map(({ value: p }) => [
        p.cis,
        p.cip13,
        p.cip7,
        p.label,
        codeOrLabel(presentationCommercialCodes, p.commercialStatus),
        p.commercialisationDate,
        codeOrLabel(presentationStatusCodes, p.adminStatus),
      ]),
    },
    {
      name: 'element',
      fields: [
        ['cis', 'string'],
        ['numero_element', 'integer'],
        ['denomination', 'string'],
      ],
      rows: [...elements].map(([key, number]) => [key.split('\t')[0], number, key.split('\t')[1]]),
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
      ],
      rows: substances.map((s) => [s.cis, elements.get(`${s.cis}\t${s.element ?? ''}`)!, s.link, s.substanceCode, s.name, s.nature, s.dosage]),
    },
    {
      name: 'delivrance',
      fields: [
        ['code', 'integer'],
        ['libelle_court', 'string'],
        ['libelle_long', 'string'],
      ],
      rows: conditions.map((text) => [codeOf.get(text)!, '', text]),
    },
    {
      name: 'specialite_delivrance',
      fields: [
        ['cis', 'string'],
        ['code_delivrance', 'integer'],
      ],
      rows: (inputs.prescriptionConditions?.records ?? []).map(({ value }) => [value.cis, codeOf.get(value.condition)!]),
    },
    {
      name: 'groupe_generique',
      fields: [
        ['code_groupe', 'integer'],
        ['libelle', 'string'],
      ],
      rows: [...groups].map(([id, label]) => [id, label]),
    },
    {
      name: 'specialite_groupe_generique',
      fields: [
        ['code_groupe', 'integer'],
        ['cis', 'string'],
        ['role', 'string'],
        ['rang', 'integer'],
      ],
      rows: (inputs.genericGroups?.records ?? []).map(({ value }) => [value.groupId, value.cis, roleOf(value.type), value.order]),
    },
  ];
  mkdirSync(outDir, { recursive: true });
  const descriptor = {
    name: 'ansm-open-data-test',
    resources: tables.map(({ name, fields }) => ({ name, path: `${name}.csv`, schema: { fields: fields.map(([field, type]) => ({ name: field, type })) } })),
  };
  writeFileSync(join(outDir, 'datapackage.json'), JSON.stringify(descriptor, null, 2));
  for (const table of tables) writeFileSync(join(outDir, `${table.name}.csv`), csv(table));
  for (const name of keep) if (existsSync(join(bdpmDir, name))) copyFileSync(join(bdpmDir, name), join(outDir, name));
}
