/**
 * What the WebAssembly decoder weighs, read from the installed zxing-wasm package at build
 * time so that the scan page states the real figure: its JavaScript and its .wasm, raw and
 * gzip-compressed (as a server usually sends them).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { formatInteger } from '../format.ts';

export interface DecoderWeight {
  rawBytes: number;
  gzipBytes: number;
}

export function decoderWeight(): DecoderWeight {
  const require = createRequire(import.meta.url);
  const files = [require.resolve('zxing-wasm/reader'), require.resolve('zxing-wasm/reader/zxing_reader.wasm')].map((file) => readFileSync(file));
  return {
    rawBytes: files.reduce((sum, file) => sum + file.byteLength, 0),
    gzipBytes: files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).byteLength, 0),
  };
}

/** "environ 400 ko compressés (1 000 ko sans compression)", in kilobytes of 1 000 bytes. */
export function decoderWeightText({ rawBytes, gzipBytes }: DecoderWeight): string {
  const kilobytes = (bytes: number) => formatInteger(Math.round(bytes / 10_000) * 10);
  return `environ ${kilobytes(gzipBytes)} ko compressés (${kilobytes(rawBytes)} ko sans compression)`;
}
