/**
 * Opens a legacy Excel 97–2003 workbook (.xls, BIFF) with SheetJS Community Edition
 * (the `@e965/xlsx` build of 0.20.3, past the advisories of the `xlsx` 0.18.5 package)
 * and shows its sheets as grids. Dates are read from the raw serial number and the cell's
 * number format, never through the machine's time zone.
 */
import * as XLSX from '@e965/xlsx';
import type { CellValue } from '../parse/fields.ts';
import { SourceError } from '../problems.ts';
import type { SheetGrid } from './grid.ts';

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);

/** Compound File Binary signature: every BIFF8 .xls starts with it. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((byte, index) => bytes[index] === byte);
}

export function xlsGrids(bytes: Uint8Array, file: string): SheetGrid[] {
  if (!isCompoundFile(bytes)) {
    throw new SourceError({ file }, "le fichier ne s'ouvre pas comme un classeur Excel 97-2003 (.xls) : signature absente");
  }
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', cellDates: false, cellNF: true, cellHTML: false, cellFormula: false });
  } catch (error) {
    throw new SourceError({ file }, `le fichier ne s'ouvre pas comme un classeur Excel (.xls) : ${(error as Error).message}`);
  }
  if (workbook.SheetNames.length === 0) throw new SourceError({ file }, 'le classeur ne contient aucune feuille');
  const epoch = workbook.Workbook?.WBProps?.date1904 ? EXCEL_1904_EPOCH_MS : EXCEL_EPOCH_MS;
  return workbook.SheetNames.map((name, index) => {
    const sheet = workbook.Sheets[name];
    const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1:A1');
    const merges = sheet['!merges'] ?? [];
    const master = (row: number, column: number): XLSX.CellObject | undefined => {
      const r = row - 1;
      const c = column - 1;
      const merge = merges.find(({ s, e }) => r >= s.r && r <= e.r && c >= s.c && c <= e.c);
      return sheet[XLSX.utils.encode_cell(merge ? merge.s : { r, c })] as XLSX.CellObject | undefined;
    };
    const cell = (row: number, column: number, preferLink: boolean): CellValue => {
      const found = master(row, column);
      if (!found || found.t === 'z' || found.t === 'e') return null;
      if (preferLink && found.l?.Target) return found.l.Target;
      if (found.t === 'n' && typeof found.v === 'number' && found.z !== undefined && XLSX.SSF.is_date(String(found.z))) {
        return new Date(epoch + Math.round(found.v * DAY_MS));
      }
      return found.v ?? null;
    };
    const cellCount = (row: number): number => {
      for (let column = range.e.c + 1; column >= 1; column--) {
        const value = cell(row, column, false);
        if (value !== null && String(value) !== '') return column;
      }
      return 0;
    };
    return { name, visible: !workbook.Workbook?.Sheets?.[index]?.Hidden, rowCount: range.e.r + 1, cellCount, cell };
  });
}
