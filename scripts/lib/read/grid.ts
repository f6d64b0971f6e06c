/**
 * A spreadsheet as the list readers see it, whatever the file format (.xlsx, .xls, .csv):
 * named sheets of cells addressed by 1-based row and column numbers.
 */
import type { CellValue } from '../parse/fields.ts';

export interface SheetGrid {
  name: string;
  visible: boolean;
  /** Last row number that holds anything. */
  rowCount: number;
  /** Last column number that holds anything in this row. */
  cellCount(row: number): number;
  /** The value the sheet shows (merged cells read their master); a hyperlink's target when `preferLink`. */
  cell(row: number, column: number, preferLink: boolean): CellValue;
  /** Rows of a text file that held bytes invalid in its encoding: reported, not read. */
  damagedRows?: ReadonlySet<number>;
}

/** 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
