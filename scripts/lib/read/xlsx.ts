/** Opens an .xlsx workbook with exceljs and shows its sheets as grids. */
import ExcelJS from 'exceljs';
import type { CellValue } from '../parse/fields.ts';
import { SourceError } from '../problems.ts';
import type { SheetGrid } from './grid.ts';

function plainValue(raw: ExcelJS.CellValue, preferLink: boolean): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return raw;
  if ('richText' in raw) return raw.richText.map((run) => run.text).join('');
  if ('hyperlink' in raw) return preferLink ? raw.hyperlink : plainValue(raw.text as ExcelJS.CellValue, false);
  if ('formula' in raw || 'sharedFormula' in raw) {
    const result = (raw as ExcelJS.CellFormulaValue).result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date)) ? null : result;
  }
  return null;
}

/** A cell's value as the sheet shows it: merged cells read their master, formulas their cached result. */
export function cellValue(cell: ExcelJS.Cell, preferLink = false): CellValue {
  const source = cell.isMerged ? cell.master : cell;
  return plainValue(source.value, preferLink);
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

export async function xlsxGrids(bytes: Uint8Array, file: string): Promise<SheetGrid[]> {
  const workbook = await loadWorkbook(bytes, file);
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    visible: sheet.state === 'visible',
    rowCount: sheet.rowCount,
    cellCount: (row) => sheet.getRow(row).cellCount,
    cell: (row, column, preferLink) => cellValue(sheet.getRow(row).getCell(column), preferLink),
  }));
}
