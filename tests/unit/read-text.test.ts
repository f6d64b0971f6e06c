import { describe, expect, it } from 'vitest';
import { encodeWindows1252 } from '../../scripts/demo/generate-demo-sources.ts';
import { decodeText } from '../../scripts/lib/read/decode-text.ts';
import { parseTsv } from '../../scripts/lib/read/tsv.ts';

describe('decodeText', () => {
  const text = 'PARACÉTAMOL\tcutanée\tœdème ’';

  it('reads UTF-8 as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8', invalidLines: [] });
  });

  it('reads the official Windows-1252 without mojibake', () => {
    expect(decodeText(encodeWindows1252(text))).toEqual({ text, encoding: 'windows-1252', invalidLines: [] });
  });

  it('reads a UTF-8 file with one invalid byte as UTF-8 and names that line, not as Windows-1252', () => {
    const good = new TextEncoder().encode('PARACÉTAMOL\nIBUPROFÈNE\n');
    const bad = new Uint8Array([...new TextEncoder().encode('ASPIRINE '), 0xe9, 0x0a]);
    const decoded = decodeText(new Uint8Array([...good, ...bad, ...new TextEncoder().encode('CÉTIRIZINE\n')]));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.invalidLines).toEqual([3]);
    expect(decoded.text.split('\n')).toEqual(['PARACÉTAMOL', 'IBUPROFÈNE', 'ASPIRINE \uFFFD', 'CÉTIRIZINE', '']);
  });

  it('still reads a Windows-1252 file whose accents are all invalid UTF-8 as Windows-1252', () => {
    const decoded = decodeText(encodeWindows1252('PARACÉTAMOL\nIBUPROFÈNE\nœdème\n'));
    expect(decoded).toMatchObject({ encoding: 'windows-1252', invalidLines: [] });
  });

  it('drops a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('60000011')]);
    expect(decodeText(bytes).text).toBe('60000011');
  });
});

describe('parseTsv', () => {
  it('keeps line numbers, skips blank lines and drops trailing empty cells', () => {
    const table = parseTsv('a\tb\t\r\n\r\nc\td\r\n', 'f.txt', 2);
    expect(table.rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['c', 'd'] },
    ]);
    expect(table.blankLines).toBe(1);
  });

  it('keeps an empty last column that the file defines', () => {
    expect(parseTsv('a\t\n', 'f.txt', 2).rows[0].cells).toEqual(['a', '']);
  });

  it('rejects a row with the wrong number of cells, naming its line', () => {
    const table = parseTsv('a\tb\nc\n', 'f.txt', 2);
    expect(table.rejections).toEqual([{ file: 'f.txt', row: 2, column: '2', reason: '1 colonnes trouvées, 2 attendues' }]);
  });
});
