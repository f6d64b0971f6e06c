import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../scripts/lib/problems.ts';
import { parseCsv } from '../../scripts/lib/read/csv-list.ts';
import { xlsGrids } from '../../scripts/lib/read/xls.ts';
import { parseMitmList } from '../../scripts/sources/ansm-lists.ts';
import { projectRoot } from '../helpers/sources.ts';

describe('.xls reader (SheetJS)', () => {
  const grids = xlsGrids(readFileSync(join(projectRoot, 'tests/fixtures/xls-workbook/liste-retrocession.xls')), 'liste-retrocession.xls');

  it('shows merged cells through their master, hidden sheets as hidden, dated serials as UTC dates', () => {
    expect(grids.map((grid) => [grid.name, grid.visible])).toEqual([
      ['Liste', true],
      ['Paramètres', false],
    ]);
    expect(grids[0].cell(1, 9, false)).toMatch(/^Liste des médicaments rétrocédables/);
    expect(grids[0].cell(4, 8, false)).toEqual(new Date(Date.UTC(2024, 0, 23)));
    expect(grids[0].cell(4, 1, false)).toBe(60000031);
  });

  it('refuses a file without the Excel 97-2003 signature', () => {
    expect(() => xlsGrids(new TextEncoder().encode('<html>'), 'l.xls')).toThrow(SourceError);
  });
});

describe('.csv reader', () => {
  it('detects the separator, keeps quoted separators, quotes and line breaks, and numbers rows by file line', () => {
    expect(parseCsv('a;b;c\r\n1;"x; ""y""\r\nz";3\r\n\r\n4;5;6\r\n')).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x; "y"\r\nz', '3'] },
      { line: 4, cells: [''] },
      { line: 5, cells: ['4', '5', '6'] },
    ]);
    expect(parseCsv('a,b\n1,2').map((row) => row.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads a list with the same header mapping as a workbook, naming the CSV line of a bad cell', async () => {
    const csv = new TextEncoder().encode('Code CIS;Code ATC\n60000021;J01CA04\n\n6000A022;N03AG01\n');
    const parsed = await parseMitmList(csv, 'liste-mitm.csv');
    expect(parsed.records.map(({ row, value }) => [row, value.cis])).toEqual([[2, '60000021']]);
    expect(parsed.rejections).toEqual([expect.objectContaining({ file: 'liste-mitm.csv', row: 4, column: 'A « Code CIS »' })]);
  });
});
