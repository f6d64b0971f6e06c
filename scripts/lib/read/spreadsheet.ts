/**
 * Reads an official list whose layout changes between versions, from .xlsx, .xls or .csv:
 * finds the sheet and header row, maps columns by normalised header text, checks the
 * structure (key columns present, no field matched twice, key codes shaped as they should
 * be) and hands each data row's cells to the record validator. Dates, codes and numbers
 * are left to the field schemas.
 */
import { extname } from 'node:path';
import { comparableText } from '../../../src/lib/text.ts';
import { type CellValue, optionalDate } from '../parse/fields.ts';
import { type ParsedSource, type SourceColumn, readRecord } from '../parse/records.ts';
import { SourceError } from '../problems.ts';
import { csvGrids } from './csv-list.ts';
import { type SheetGrid, columnLetter } from './grid.ts';

interface MappedColumn extends Omit<SourceColumn, 'label'> {
  /** Accepted header texts, compared as `comparableText` gives them: case, accents, punctuation, spaces and line breaks do not matter. */
  headers: readonly string[];
  /** The list is unusable without this column (its key): missing, the build stops. */
  required?: boolean;
  /** Take the cell's hyperlink target rather than its text. */
  link?: boolean;
  /** What nearly every filled cell must look like, or the column is not the one its header says. */
  shape?: { pattern: RegExp; what: string };
}

export interface SheetMapping {
  /** Human name of the list, used in messages. */
  title: string;
  columns: Record<string, MappedColumn>;
}

/** The spreadsheet formats a list may come in. */
export const SPREADSHEET_EXTENSIONS = ['.xlsx', '.xls', '.csv'] as const;

/** Below this share of shaped cells, a column is not what its header says. */
export const MIN_SHAPED_SHARE = 0.95;

export async function loadGrids(bytes: Uint8Array, file: string): Promise<SheetGrid[]> {
  const extension = extname(file).toLowerCase();
  // The workbook readers are loaded only for a workbook: exceljs alone takes 0.3 s to load,
  // and a build from the BDPM files alone needs neither.
  if (extension === '.xlsx') return (await import('./xlsx.ts')).xlsxGrids(bytes, file);
  if (extension === '.xls') return (await import('./xls.ts')).xlsGrids(bytes, file);
  if (extension === '.csv') return csvGrids(bytes).grids;
  throw new SourceError({ file }, `format de liste non pris en charge (${SPREADSHEET_EXTENSIONS.join(', ')} attendus)`);
}

const HEADER_SEARCH_ROWS = 30;

interface HeaderMatch {
  sheet: SheetGrid;
  headerRow: number;
  /** Column index (1-based) per mapping key. */
  positions: Map<string, number>;
  /** Fields that more than one column claims, with those columns. */
  conflicts: Map<string, number[]>;
  unknownHeaders: string[];
  foundHeaders: string[];
}

const headerText = (sheet: SheetGrid, row: number, column: number) =>
  String(sheet.cell(row, column, false) ?? '')
    .replace(/\s+/g, ' ')
    .trim();

function matchHeaderRow(sheet: SheetGrid, rowNumber: number, mapping: SheetMapping): HeaderMatch {
  const positions = new Map<string, number>();
  const conflicts = new Map<string, number[]>();
  const unknownHeaders: string[] = [];
  const foundHeaders: string[] = [];
  const lookup = new Map<string, string>();
  for (const [key, column] of Object.entries(mapping.columns)) {
    for (const header of column.headers) lookup.set(comparableText(header), key);
  }
  for (let index = 1; index <= sheet.cellCount(rowNumber); index++) {
    const text = headerText(sheet, rowNumber, index);
    if (text === '') continue;
    foundHeaders.push(text);
    const key = lookup.get(comparableText(text));
    if (key === undefined) unknownHeaders.push(text);
    else if (positions.has(key)) conflicts.set(key, [...(conflicts.get(key) ?? [positions.get(key)!]), index]);
    else positions.set(key, index);
  }
  return { sheet, headerRow: rowNumber, positions, conflicts, unknownHeaders, foundHeaders };
}

function describeHeaders(match: HeaderMatch | undefined): string {
  return match && match.foundHeaders.length > 0
    ? `en-têtes trouvés (feuille « ${match.sheet.name} », ligne ${match.headerRow}) : ${match.foundHeaders.map((h) => `« ${h} »`).join(', ')}`
    : 'aucun en-tête trouvé';
}

function findHeader(sheets: SheetGrid[], mapping: SheetMapping, file: string): HeaderMatch {
  const required = Object.entries(mapping.columns)
    .filter(([, column]) => column.required)
    .map(([key]) => key);
  // Visible sheets first: a hidden sheet is usually a lookup table or an old version.
  const ordered = [...sheets].sort((a, b) => Number(!a.visible) - Number(!b.visible));
  let best: HeaderMatch | undefined;
  for (const sheet of ordered) {
    const lastRow = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
    for (let rowNumber = 1; rowNumber <= lastRow; rowNumber++) {
      const match = matchHeaderRow(sheet, rowNumber, mapping);
      if (required.every((key) => match.positions.has(key))) return refuseConflicts(match, mapping, file);
      if (!best || match.positions.size > best.positions.size) best = match;
    }
  }
  const missing = required.filter((key) => !best?.positions.has(key));
  const expected = missing.map((key) => `« ${mapping.columns[key].headers[0]} »`).join(', ');
  throw new SourceError(
    best ? { file, row: best.headerRow } : { file },
    `colonne(s) clé(s) absente(s) de la ${mapping.title} : ${expected} ; ${describeHeaders(best)}. En-têtes acceptés : docs/sources.md`,
  );
}

/** A field two columns could fill is never settled by taking the first: the build stops. */
function refuseConflicts(match: HeaderMatch, mapping: SheetMapping, file: string): HeaderMatch {
  const [conflict] = match.conflicts;
  if (!conflict) return match;
  const [key, columns] = conflict;
  const named = columns.map((index) => `${columnLetter(index)} « ${headerText(match.sheet, match.headerRow, index)} »`).join(' et ');
  throw new SourceError(
    { file, row: match.headerRow },
    `plusieurs colonnes correspondent au champ « ${mapping.columns[key].headers[0]} » de la ${mapping.title} ` +
      `(feuille « ${match.sheet.name} ») : ${named} ; ${describeHeaders(match)}`,
  );
}

function isEmptyRow(sheet: SheetGrid, row: number, positions: Iterable<number>): boolean {
  for (const index of positions) {
    const value = sheet.cell(row, index, false);
    if (value !== null && String(value).trim() !== '') return false;
  }
  return true;
}

function cellText(value: CellValue): string {
  return value === null ? '' : String(value).trim();
}

/** Stops when a column's filled cells mostly do not look like what its header promises. */
function checkShapes(sheet: SheetGrid, headerRow: number, rows: number[], positions: Map<string, number>, mapping: SheetMapping, file: string): void {
  for (const [key, column] of Object.entries(mapping.columns)) {
    const index = positions.get(key);
    if (!column.shape || index === undefined) continue;
    const filled = rows.map((row) => cellText(sheet.cell(row, index, false))).filter((text) => text !== '');
    const odd = filled.filter((text) => !column.shape!.pattern.test(text));
    // One stray cell is a row to reject, not a wrong column.
    if (odd.length <= 1 || (filled.length - odd.length) / filled.length >= MIN_SHAPED_SHARE) continue;
    const share = Math.round(((filled.length - odd.length) / filled.length) * 100);
    throw new SourceError(
      { file, column: `${columnLetter(index)} « ${headerText(sheet, headerRow, index)} »` },
      `la colonne prise pour « ${column.headers[0]} » (feuille « ${sheet.name} ») ne contient des ${column.shape.what} ` +
        `que dans ${share} % des ${filled.length} cellules remplies (${MIN_SHAPED_SHARE * 100} % attendus) ; ` +
        `exemples : ${odd
          .slice(0, 3)
          .map((text) => `« ${text} »`)
          .join(', ')}`,
    );
  }
}

/** Reads every data row under the header; empty rows (trailing or in between) are not data. */
export async function readMappedSheet(bytes: Uint8Array, file: string, mapping: SheetMapping): Promise<ParsedSource<Record<string, unknown>>> {
  const grids = await loadGrids(bytes, file);
  const { sheet, headerRow, positions, unknownHeaders } = findHeader(grids, mapping, file);
  // Optional columns missing from this version of the file read as empty cells.
  const columns = Object.fromEntries(
    Object.entries(mapping.columns).map(([key, column]) => {
      const index = positions.get(key);
      const header = index === undefined ? column.headers[0] : headerText(sheet, headerRow, index);
      const place = index === undefined ? 'absente' : columnLetter(index);
      return [key, { label: `${place} « ${header} »`, schema: column.schema }];
    }),
  );
  const dataRows: number[] = [];
  for (let rowNumber = headerRow + 1; rowNumber <= sheet.rowCount; rowNumber++) {
    if (!isEmptyRow(sheet, rowNumber, positions.values())) dataRows.push(rowNumber);
  }
  checkShapes(sheet, headerRow, dataRows, positions, mapping, file);
  const parsed: ParsedSource<Record<string, unknown>> = {
    file,
    sheet: sheet.name,
    records: [],
    rejections: [],
    duplicates: [],
    read: dataRows.length,
    warnings: [],
    unknownHeaders,
    dateColumns: Object.fromEntries(
      Object.keys(mapping.columns)
        .filter((key) => mapping.columns[key].schema === optionalDate)
        .map((key) => [key, columns[key].label]),
    ),
  };
  for (const rowNumber of dataRows) {
    if (sheet.damagedRows?.has(rowNumber)) {
      parsed.rejections.push({ file, row: rowNumber, column: '—', reason: 'octet invalide en UTF-8 (fichier lu en UTF-8)' });
      continue;
    }
    const result = readRecord(
      columns,
      (key) => {
        const index = positions.get(key);
        return index === undefined ? null : sheet.cell(rowNumber, index, mapping.columns[key].link === true);
      },
      file,
      rowNumber,
    );
    if (result.ok) parsed.records.push({ row: rowNumber, value: result.value });
    else parsed.rejections.push(result.rejection);
  }
  return parsed;
}
