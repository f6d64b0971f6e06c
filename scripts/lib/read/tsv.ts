import type { Rejection } from '../problems.ts';

interface TsvRow {
  /** 1-based line number in the file. */
  line: number;
  cells: string[];
}

export interface TsvTable {
  rows: TsvRow[];
  rejections: Rejection[];
  blankLines: number;
}

/**
 * Splits a BDPM text file (tab-separated, no header) into rows of cells. Blank lines are
 * skipped (some official files carry a few); empty cells past `columnCount` are dropped
 * because several files end every line with a tab. A row with another number of cells is
 * rejected with its line number.
 */
export function parseTsv(text: string, file: string, columnCount: number): TsvTable {
  const lines = text.split(/\r?\n/);
  const table: TsvTable = { rows: [], rejections: [], blankLines: 0 };
  lines.forEach((raw, index) => {
    if (raw.trim() === '') {
      if (index < lines.length - 1) table.blankLines++;
      return;
    }
    const cells = raw.split('\t');
    while (cells.length > columnCount && cells[cells.length - 1].trim() === '') cells.pop();
    if (cells.length === columnCount) {
      table.rows.push({ line: index + 1, cells });
    } else {
      table.rejections.push({
        file,
        row: index + 1,
        column: `${Math.min(cells.length, columnCount) + 1}`,
        reason: `${cells.length} colonnes trouvées, ${columnCount} attendues`,
      });
    }
  });
  return table;
}
