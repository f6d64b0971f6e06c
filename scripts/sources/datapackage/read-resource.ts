/**
 * Reads one CSV resource of the package through its Table Schema: each needed field is found
 * by its name in the descriptor and in the CSV header, its declared type checked against what
 * the site expects, and every cell validated by the same zod field schemas as the BDPM files.
 * Schema drift the site cannot read through (a needed field missing, renamed or retyped) is
 * fatal with the resource, the field and what was expected; an extra field is only listed.
 */
import { z } from 'zod';
import { cip13Code, cip7Code, cisCode, optionalDate, optionalText, requiredText } from '../../lib/parse/fields.ts';
import { type ParsedSource, type SourceColumn, readRecord } from '../../lib/parse/records.ts';
import { parseCsv } from '../../lib/read/csv-list.ts';
import { decodeText } from '../../lib/read/decode-text.ts';
import { SourceError } from '../../lib/problems.ts';
import type { DescriptorResource } from './descriptor.ts';
import type { NeededField, ResourceSpec } from './resources.ts';

const wholeNumber = requiredText.pipe(z.string().regex(/^\d+$/, 'entier attendu'));
const optionalWholeNumber = optionalText.pipe(z.string().regex(/^\d+$/, 'entier attendu').nullable());
const codeSchemas: Record<string, SourceColumn['schema']> = { cis: cisCode, cip: cip13Code, cip7: cip7Code };

function schemaOf(name: string, field: NeededField): SourceColumn['schema'] {
  if (codeSchemas[name]) return codeSchemas[name];
  if (field.types[0] === 'date') return optionalDate;
  if (field.types[0] === 'integer') return field.optional ? optionalWholeNumber : wholeNumber;
  return field.optional ? optionalText : requiredText;
}

export type ResourceRecord = Record<string, unknown>;

export interface ReadResource {
  parsed: ParsedSource<ResourceRecord>;
  encoding: string;
  /** CSV columns or descriptor fields the site neither reads nor knows. */
  extraFields: string[];
}

/** Checks the descriptor's Table Schema of a resource against what the site needs; warnings for what it tolerates. */
export function checkResourceSchema(resource: DescriptorResource, spec: ResourceSpec, file: string): { warnings: string[]; extraFields: string[] } {
  const warnings: string[] = [];
  const declared = new Map(resource.schema.fields.map((field) => [field.name, field.type]));
  for (const [name, field] of Object.entries(spec.fields)) {
    const type = declared.get(name);
    const expected = `${name} (${field.types[0]})`;
    if (type === undefined) {
      const others = [...declared.keys()].filter((candidate) => !(candidate in spec.fields) && !spec.known.includes(candidate));
      throw new SourceError(
        { file, column: `« ${name} »` },
        `ressource « ${resource.name} » : champ « ${name} » attendu (${field.types[0]}), absent du schéma du descripteur` +
          `${others.length > 0 ? ` (champ(s) inconnu(s) du site : ${others.map((other) => `« ${other} »`).join(', ')} ; renommé ?)` : ''}`,
      );
    }
    if (!field.types.includes(type as NeededField['types'][number])) {
      throw new SourceError(
        { file, column: `« ${name} »` },
        `ressource « ${resource.name} » : champ ${expected} attendu, le descripteur le type « ${type} » (types acceptés : ${field.types.join(', ')})`,
      );
    }
    if (field.code && type !== 'string') {
      warnings.push(
        `champ « ${name} » typé « ${type} » dans le descripteur : les codes sont lus comme texte, tels qu'écrits dans le CSV ` +
          '(lu comme nombre, un code perdrait ses zéros de tête)',
      );
    }
  }
  const extraFields = [...declared.keys()].filter((name) => !(name in spec.fields) && !spec.known.includes(name));
  return { warnings, extraFields };
}

export function readResource(resource: DescriptorResource, spec: ResourceSpec, bytes: Uint8Array, file: string): ReadResource {
  const { warnings, extraFields } = checkResourceSchema(resource, spec, file);
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const { text, encoding, invalidLines } = decodeText(bytes);
  if (hasBom) warnings.push("marque d'ordre des octets (BOM) UTF-8 en tête du fichier, ignorée");
  if (encoding !== 'utf-8') warnings.push(`fichier lu en ${encoding} : le datapackage annonce de l'UTF-8`);
  const rows = parseCsv(text, resource.dialect?.delimiter ?? ',');
  const [header, ...body] = rows;
  if (!header) throw new SourceError({ file }, `ressource « ${resource.name} » : fichier vide, sans ligne d'en-tête`);
  const names = header.cells.map((cell) => cell.trim());
  const indexOf = new Map(names.map((name, index) => [name, index]));
  for (const name of Object.keys(spec.fields)) {
    if (!indexOf.has(name)) {
      throw new SourceError(
        { file, row: header.line, column: `« ${name} »` },
        `ressource « ${resource.name} » : le CSV ne suit pas son schéma, colonne « ${name} » absente de l'en-tête (${names.map((n) => `« ${n} »`).join(', ')})`,
      );
    }
  }
  const declared = new Set(resource.schema.fields.map((field) => field.name));
  for (const name of names) if (!declared.has(name) && !extraFields.includes(name)) extraFields.push(name);
  const columns = Object.fromEntries(Object.entries(spec.fields).map(([name, field]) => [name, { label: `« ${name} »`, schema: schemaOf(name, field) }]));
  const parsed: ParsedSource<ResourceRecord> = { file, records: [], rejections: [], duplicates: [], read: 0, warnings, dateColumns: {} };
  for (const [name, field] of Object.entries(spec.fields)) if (field.types[0] === 'date') parsed.dateColumns![name] = `« ${name} »`;
  const damaged = new Set(invalidLines);
  let blank = 0;
  for (const { line, cells } of body) {
    if (cells.length === 1 && cells[0].trim() === '') {
      blank++;
      continue;
    }
    parsed.read++;
    if (cells.length !== names.length) {
      parsed.rejections.push({
        file,
        row: line,
        column: `${cells.length} cellule(s)`,
        reason: `${names.length} cellules attendues (en-tête), ${cells.length} lues`,
      });
      continue;
    }
    if (damaged.has(line)) {
      parsed.rejections.push({ file, row: line, column: '(ligne entière)', reason: 'octet invalide en UTF-8 (fichier lu en UTF-8)' });
      continue;
    }
    const result = readRecord(columns, (key) => cells[indexOf.get(key)!], file, line);
    if (result.ok) parsed.records.push({ row: line, value: result.value });
    else parsed.rejections.push(result.rejection);
  }
  if (blank > 0) warnings.push(`${blank} ligne(s) vide(s) ignorée(s)`);
  return { parsed, encoding, extraFields };
}
