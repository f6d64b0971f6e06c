/**
 * The official BDPM downloads are Windows-1252; copies passed around are often UTF-8.
 * Valid UTF-8 is taken as UTF-8 (a Windows-1252 file with accents is almost never valid
 * UTF-8), anything else as Windows-1252, so accented text never turns into mojibake.
 */
export type TextEncoding = 'utf-8' | 'windows-1252';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const windows1252 = new TextDecoder('windows-1252');

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: windows1252.decode(bytes), encoding: 'windows-1252' };
  }
}
