/**
 * A GS1 DataMatrix drawn for the scan tests: encoded by bwip-js (a dev dependency), then
 * written as a PNG (the picked photo) and as a Y4M video (Chromium's fake camera), both from
 * the same grey pixels, so that no image is committed.
 */
import bwipjs from 'bwip-js/node';
import { crc32, deflateSync } from 'node:zlib';

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, 0 black to 255 white, row by row. */
  pixels: Uint8Array;
}

/**
 * The symbol for GS1 data in its bracketed form "(01)…(17)…", `scale` pixels per module, drawn
 * centred on a white `width` × `height` image (even sizes: the video's chroma is halved).
 */
export function gs1DataMatrix(data: string, { scale = 8, width = 640, height = 480 } = {}): GreyImage {
  const [symbol] = bwipjs.raw('gs1datamatrix', data, {}) as Array<{ pixs: number[]; pixx: number; pixy: number }>;
  const pixels = new Uint8Array(width * height).fill(255);
  const left = Math.floor((width - symbol.pixx * scale) / 2);
  const top = Math.floor((height - symbol.pixy * scale) / 2);
  if (left < 4 * scale || top < 4 * scale) throw new Error('image trop petite pour le symbole et sa marge');
  for (let y = 0; y < symbol.pixy * scale; y++) {
    for (let x = 0; x < symbol.pixx * scale; x++) {
      if (symbol.pixs[Math.floor(y / scale) * symbol.pixx + Math.floor(x / scale)]) pixels[(top + y) * width + left + x] = 0;
    }
  }
  return { width, height, pixels };
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit greyscale PNG. */
export function pngOf({ width, height, pixels }: GreyImage): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  // Each row starts with its filter type, 0 (none).
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A Y4M video (4:2:0, grey: chroma at 128) showing the image for `frames` frames at 10 per second. */
export function y4mOf({ width, height, pixels }: GreyImage, frames = 10): Buffer {
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'latin1'), pixels, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`, 'latin1'), ...Array.from({ length: frames }, () => frame)]);
}
