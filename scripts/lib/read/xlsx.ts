/**
 * Reads an official spreadsheet whose layout changes between versions: finds the sheet
 * and header row, maps columns by normalised header text, and hands each data row's
 * cells to the record validator. Dates, codes and numbers are left to the field schemas.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../parse/fields.ts';
import { type Column, type ParsedSource, readRecord } from '../parse/records.ts';
import { SourceError } from '../problems.ts';

export interface MappedColumn extends Omit<Column, 'label'> {
  /** Accepted header texts, compared after `normaliseHeader`. */
  headers: readonly string[];
  required?: boolean;
  /** Take the cell's hyperlink target rather than its text. */
  link?: boolean;
}

export interface SheetMapping {
  /** Human name of the list, used in messages. */
  title: string;
  columns: Record<string, MappedColumn>;
}

/** Case, accents, punctuation, spaces and line breaks do not matter in headers. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

type ExcelCell = ExcelJS.Cell;

function plainValue(raw: ExcelJS.CellValue, preferLink: boolean): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return raw;
  if ('richText' in raw) return raw.richText.map((run) => run.text).join('');
  if ('hyperlink' in raw) return preferLink ? raw.hyperlink : plainValue(raw.text as ExcelJS.CellValue, false);
  if ('formula' in raw || 'sharedFormula' in raw) {
    const result = (raw as ExcelJS.CellFormulaValue).result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date)) ? null : result;
  }
  if ('error' in raw) return null;
  return null;
}

/** A cell's value as the sheet shows it: merged cells read their master, formulas their cached result. */
export function cellValue(cell: ExcelCell, preferLink = false): CellValue {
  const source = cell.isMerged ? cell.master : cell;
  return plainValue(source.value, preferLink);
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const HEADER_SEARCH_ROWS = 30;

interface HeaderMatch {
  sheet: ExcelJS.Worksheet;
  headerRow: number;
  /** Column index (1-based) per mapping key. */
  positions: Map<string, number>;
  unknownHeaders: string[];
  foundHeaders: string[];
}

function matchHeaderRow(sheet: ExcelJS.Worksheet, rowNumber: number, mapping: SheetMapping): HeaderMatch {
  const row = sheet.getRow(rowNumber);
  const positions = new Map<string, number>();
  const unknownHeaders: string[] = [];
  const foundHeaders: string[] = [];
  const lookup = new Map<string, string>();
  for (const [key, column] of Object.entries(mapping.columns)) {
    for (const header of column.headers) lookup.set(normaliseHeader(header), key);
  }
  for (let index = 1; index <= row.cellCount; index++) {
    const text = String(cellValue(row.getCell(index)) ?? '').trim();
    if (text === '') continue;
    foundHeaders.push(text);
    const key = lookup.get(normaliseHeader(text));
    if (key !== undefined && !positions.has(key)) positions.set(key, index);
    else unknownHeaders.push(text);
  }
  return { sheet, headerRow: rowNumber, positions, unknownHeaders, foundHeaders };
}

function findHeader(workbook: ExcelJS.Workbook, mapping: SheetMapping, file: string): HeaderMatch {
  const required = Object.entries(mapping.columns)
    .filter(([, column]) => column.required)
    .map(([key]) => key);
  // Visible sheets first: a hidden sheet is usually a lookup table or an old version.
  const sheets = [...workbook.worksheets].sort(
    (a, b) => Number(a.state !== 'visible') - Number(b.state !== 'visible'),
  );
  let best: HeaderMatch | undefined;
  for (const sheet of sheets) {
    const lastRow = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
    for (let rowNumber = 1; rowNumber <= lastRow; rowNumber++) {
      const match = matchHeaderRow(sheet, rowNumber, mapping);
      if (required.every((key) => match.positions.has(key))) return match;
      if (!best || match.positions.size > best.positions.size) best = match;
    }
  }
  const missing = required.filter((key) => !best?.positions.has(key));
  const expected = missing.map((key) => `« ${mapping.columns[key].headers[0]} »`).join(', ');
  const found = best && best.foundHeaders.length > 0
    ? `en-têtes trouvés (feuille « ${best.sheet.name} », ligne ${best.headerRow}) : ${best.foundHeaders.map((h) => `« ${h} »`).join(', ')}`
    : 'aucun en-tête trouvé';
  throw new SourceError(
    best ? { file, row: best.headerRow } : { file },
    `colonne(s) obligatoire(s) absente(s) de la ${mapping.title} : ${expected} ; ${found}`,
  );
}

export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new SourceError({ file }, `le fichier ne s'ouvre pas comme un classeur Excel (.xlsx) : ${(error as Error).message}`);
  }
  if (workbook.worksheets.length === 0) throw new SourceError({ file }, 'le classeur ne contient aucune feuille');
  return workbook;
}

function isEmptyRow(row: ExcelJS.Row, positions: Iterable<number>): boolean {
  for (const index of positions) {
    const value = cellValue(row.getCell(index));
    if (value !== null && String(value).trim() !== '') return false;
  }
  return true;
}

/** Reads every data row under the header; empty rows (trailing or in between) are not data. */
export async function readMappedSheet(
  bytes: Uint8Array,
  file: string,
  mapping: SheetMapping,
): Promise<ParsedSource<Record<string, unknown>>> {
  const workbook = await loadWorkbook(bytes, file);
  const { sheet, headerRow, positions, unknownHeaders } = findHeader(workbook, mapping, file);
  // Optional columns missing from this version of the file read as empty cells.
  const columns = Object.fromEntries(
    Object.entries(mapping.columns).map(([key, column]) => {
      const index = positions.get(key);
      const header = index === undefined ? column.headers[0] : String(cellValue(sheet.getRow(headerRow).getCell(index)));
      const place = index === undefined ? 'absente' : columnLetter(index);
      return [key, { label: `${place} « ${header.replace(/\s+/g, ' ').trim()} »`, schema: column.schema }];
    }),
  );
  const parsed: ParsedSource<Record<string, unknown>> = {
    file,
    records: [],
    rejections: [],
    duplicates: [],
    read: 0,
    warnings: unknownHeaders.map((header) => `colonne inconnue ignorée : « ${header.replace(/\s+/g, ' ')} »`),
  };
  for (let rowNumber = headerRow + 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    if (isEmptyRow(row, positions.values())) continue;
    parsed.read++;
    const result = readRecord(
      columns,
      (key) => {
        const index = positions.get(key);
        return index === undefined ? null : cellValue(row.getCell(index), mapping.columns[key].link === true);
      },
      file,
      rowNumber,
    );
    if (result.ok) parsed.records.push({ row: rowNumber, value: result.value });
    else parsed.rejections.push(result.rejection);
  }
  return parsed;
}
