/**
 * The official BDPM downloads are Windows-1252; copies passed around are often UTF-8.
 * A file is read as UTF-8 when its non-ASCII lines are mostly valid UTF-8 (a Windows-1252
 * file with accents almost never is), else as Windows-1252, so accented text never turns
 * into mojibake. A UTF-8 file with a few damaged lines stays UTF-8: those lines are named
 * (`invalidLines`) for the reader to report, the rest of the file is not re-decoded.
 */
import { isUtf8 } from 'node:buffer';

type TextEncoding = 'utf-8' | 'windows-1252';

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const windows1252 = new TextDecoder('windows-1252');

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** 1-based line numbers holding bytes that are not UTF-8 in a file read as UTF-8. */
  invalidLines: number[];
}

export function decodeText(bytes: Uint8Array): DecodedText {
  // Checked before decoding, without building a string: decoding twice cost 0.1 s on the real files.
  if (isUtf8(bytes)) return { text: utf8.decode(bytes), encoding: 'utf-8', invalidLines: [] };
  let validNonAscii = 0;
  const invalidLines: number[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const slice = bytes.subarray(start, end);
    if (slice.some((byte) => byte >= 0x80)) {
      if (isUtf8(slice)) validNonAscii++;
      else invalidLines.push(line);
    }
    start = end + 1;
  }
  if (validNonAscii > invalidLines.length) return { text: utf8.decode(bytes), encoding: 'utf-8', invalidLines };
  return { text: windows1252.decode(bytes), encoding: 'windows-1252', invalidLines: [] };
}
