import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import { addOtherPages, missingMedicinePages, pageAddress } from '../../scripts/lib/search/search-index.ts';

const site = mkdtempSync(join(tmpdir(), 'site-'));
const page = (path: string, body = '<main data-pagefind-body>') => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), `<html><body>${body}${path}</body></html>`);
};
for (const path of [
  'index.html',
  '404.html',
  'medicaments/index.html',
  'medicaments/lettre/a/index.html',
  'medicaments/60000001/index.html',
  'regimes/mitm/index.html',
])
  page(path);
page('listes/mitm/2/index.html', '<main>');
const medicines = [emptyMedicine('60000001', '60000001', 'A'), emptyMedicine('60000002', '60000002', 'B')];
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('search index of the built site', () => {
  it('gives each built file the address Pagefind would', () => {
    expect(pageAddress(site, join(site, 'index.html'))).toBe('/');
    expect(pageAddress(site, join(site, 'regimes', 'mitm', 'index.html'))).toBe('/regimes/mitm/');
    expect(pageAddress(site, join(site, '404.html'))).toBe('/404.html');
  });

  it('names the medicines indexed without a built page', () => {
    expect(missingMedicinePages(site, medicines)).toEqual(['/medicaments/60000002/']);
  });

  it('adds every page that asks to be indexed but the medicine pages, each with its address and its HTML', async () => {
    const added: Array<{ url: string; content: string }> = [];
    const index = {
      addHTMLFile: async (file: { url: string; content: string }) => {
        added.push(file);
        return { errors: [], file: { url: file.url, meta: {}, uniqueWords: 0 } };
      },
    };
    expect(await addOtherPages(index as never, site, medicines)).toBe(5);
    expect(added.map(({ url }) => url).sort()).toEqual(['/', '/404.html', '/medicaments/', '/medicaments/lettre/a/', '/regimes/mitm/']);
    expect(added.find(({ url }) => url === '/regimes/mitm/')?.content).toBe('<html><body><main data-pagefind-body>regimes/mitm/index.html</body></html>');
  });

  it('fails with the address of a page Pagefind refuses', async () => {
    const index = { addHTMLFile: async (file: { url: string }) => ({ errors: file.url === '/404.html' ? ['bad HTML'] : [], file: {} }) };
    await expect(addOtherPages(index as never, site, medicines)).rejects.toThrow('Pagefind (/404.html) : bad HTML');
  });
});
