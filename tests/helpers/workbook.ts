import ExcelJS from 'exceljs';

export type SheetSpec = {
  name?: string;
  state?: 'visible' | 'hidden';
  rows: ExcelJS.CellValue[][];
  merges?: string[];
};

/** Builds an .xlsx in memory, the way the tests' fixtures are made. */
export async function workbookBytes(...sheets: SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  sheets.forEach((spec, index) => {
    const sheet = workbook.addWorksheet(spec.name ?? `Feuille${index + 1}`, { state: spec.state ?? 'visible' });
    for (const row of spec.rows) sheet.addRow(row);
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
