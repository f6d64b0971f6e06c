/**
 * Reads a list saved as CSV: UTF-8 or Windows-1252 (detected as for the BDPM files), fields
 * separated by semicolons (French Excel), commas or tabs (whichever the header line uses
 * most), quoted with double quotes. Every cell is text: dates and codes go to the same
 * field schemas as spreadsheet cells.
 */
import { decodeText } from './decode-text.ts';
import type { SheetGrid } from './grid.ts';

function separatorOf(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((separator) => [separator, outsideQuotes.split(separator).length - 1] as const);
  return counts.reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best))[0];
}

/** Rows of cells with the file line each row starts on; the separator is guessed unless given (a datapackage's dialect). */
export function parseCsv(text: string, given?: string): Array<{ line: number; cells: string[] }> {
  const separator = given ?? separatorOf(text);
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(field);
    rows.push({ line: rowLine, cells });
    cells = [];
    field = '';
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      cells.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      endRow();
      line++;
      rowLine = line;
    } else field += char;
  }
  if (field !== '' || cells.length > 0) endRow();
  return rows;
}

export function csvGrids(bytes: Uint8Array): { grids: SheetGrid[]; encoding: string } {
  const { text, encoding, invalidLines } = decodeText(bytes);
  const rows = parseCsv(text);
  // Sheet rows are the file's lines, so that a report's "ligne N" is the line to look at.
  const byLine = new Map(rows.map((row) => [row.line, row.cells]));
  const cellsOf = (row: number) => byLine.get(row) ?? [];
  const grid: SheetGrid = {
    name: 'CSV',
    visible: true,
    damagedRows: new Set(invalidLines),
    rowCount: rows.length > 0 ? rows[rows.length - 1].line : 0,
    cellCount: (row) => cellsOf(row).length,
    cell: (row, column) => {
      const value = cellsOf(row)[column - 1]?.trim();
      return value === undefined || value === '' ? null : value;
    },
  };
  return { grids: [grid], encoding };
}
