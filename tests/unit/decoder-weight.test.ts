import { describe, expect, it } from 'vitest';
import { decoderWeight, decoderWeightText } from '../../src/lib/scan/decoder-weight.ts';

describe('decoder weight', () => {
  it('reads the installed zxing-wasm reader: its JavaScript and .wasm, raw and compressed', () => {
    const weight = decoderWeight();
    // The reader's .wasm alone is close to 1 MB; gzip makes it less than half.
    expect(weight.rawBytes).toBeGreaterThan(500_000);
    expect(weight.gzipBytes).toBeGreaterThan(100_000);
    expect(weight.gzipBytes).toBeLessThan(weight.rawBytes / 1.5);
  });

  it('states it in round kilobytes', () => {
    expect(decoderWeightText({ rawBytes: 978_506, gzipBytes: 422_024 })).toBe('environ 420 ko compressés (980 ko sans compression)');
    expect(decoderWeightText({ rawBytes: 1_234_567, gzipBytes: 9_999 })).toBe('environ 10 ko compressés (1\u202f230 ko sans compression)');
  });
});
