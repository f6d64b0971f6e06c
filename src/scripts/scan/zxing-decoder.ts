/**
 * The WebAssembly decoder (zxing-wasm, reader build): imported only when a visitor starts a
 * scan on a browser without a usable BarcodeDetector. Its .wasm file is served by this site
 * (Vite copies it into /_astro/), never fetched from elsewhere.
 */
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) } });

/** The text of the codes in the image, with the symbology identifier (]d2 for a GS1 DataMatrix); GS1 DataMatrix first. */
export async function decodeImage(image: ImageData): Promise<string[]> {
  const results = await readBarcodes(image, {
    formats: ['DataMatrix', 'EAN13', 'Code128', 'Code39'],
    textMode: 'Plain',
    tryHarder: true,
    maxNumberOfSymbols: 4,
  });
  return results
    .filter((result) => result.isValid)
    .toSorted((a, b) => Number(b.symbologyIdentifier === ']d2') - Number(a.symbologyIdentifier === ']d2'))
    .map((result) => `${result.symbologyIdentifier}${result.text}`);
}
