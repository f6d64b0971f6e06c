/**
 * Chooses the decoder when the visitor starts a scan: the browser's own BarcodeDetector when it
 * reads DataMatrix codes, else the WebAssembly library, imported at that moment only.
 */

export type Decode = (image: ImageData) => Promise<string[]>;

interface DetectedBarcode {
  rawValue: string;
  format: string;
}
interface BarcodeDetectorLike {
  detect(image: ImageData): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

async function nativeDecoder(): Promise<Decode | null> {
  const Detector = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  const supported = await Detector.getSupportedFormats().catch(() => [] as string[]);
  if (!supported.includes('data_matrix')) return null;
  const detector = new Detector({ formats: ['data_matrix', 'ean_13', 'code_128', 'code_39'].filter((format) => supported.includes(format)) });
  // The detector gives no symbology identifier: a DataMatrix's raw value is read as a GS1 element string.
  return async (image) =>
    (await detector.detect(image)).toSorted((a, b) => Number(b.format === 'data_matrix') - Number(a.format === 'data_matrix')).map((code) => code.rawValue);
}

let decoder: Promise<Decode> | undefined;

/** The decoder, loaded once, on the first scan. */
export function loadDecoder(): Promise<Decode> {
  decoder ??= nativeDecoder().then(async (native) => native ?? (await import('./zxing-decoder.ts')).decodeImage);
  // A failed load (offline before the first scan) may be tried again.
  decoder.catch(() => {
    decoder = undefined;
  });
  return decoder;
}
