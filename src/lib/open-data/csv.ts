/**
 * CSV that French Excel opens as it should by double-click: UTF-8 with a byte order mark
 * (else accents break), semicolons (Excel's separator in French locales), CRLF line ends,
 * every field quoted.
 */
export function toCsv(header: string[], rows: Array<Array<string | number | null>>): string {
  const field = (value: string | number | null) => `"${String(value ?? '').replace(/"/g, '""')}"`;
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}
