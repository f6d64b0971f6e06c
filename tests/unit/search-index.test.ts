import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyEntry } from '../../scripts/lib/join-medicines.ts';
import { missingMedicinePages, pageAddress } from '../../scripts/lib/search/search-index.ts';

describe('search index of the built site', () => {
  const site = mkdtempSync(join(tmpdir(), 'site-'));
  mkdirSync(join(site, 'medicaments', '60000001'), { recursive: true });
  writeFileSync(join(site, 'medicaments', '60000001', 'index.html'), '<html></html>');

  it('gives each built file the address Pagefind would', () => {
    expect(pageAddress(site, join(site, 'index.html'))).toBe('/');
    expect(pageAddress(site, join(site, 'regimes', 'mitm', 'index.html'))).toBe('/regimes/mitm/');
    expect(pageAddress(site, join(site, '404.html'))).toBe('/404.html');
  });

  it('names the medicines indexed without a built page', () => {
    const medicines = [emptyEntry('60000001', '60000001', 'A'), emptyEntry('60000002', '60000002', 'B')];
    expect(missingMedicinePages(site, medicines)).toEqual(['/medicaments/60000002/']);
  });
});
