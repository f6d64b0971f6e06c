import { describe, expect, it } from 'vitest';
import { zeroCounts } from '../../src/lib/content/manifest.ts';
import { listRows, partRows, partsSummary } from '../../src/lib/lists/list-index.ts';
import { lists } from '../../src/lib/lists/registry.ts';
import { allSourceIds, bdpmOnlyIds, manifestWith } from '../helpers/manifest.ts';

const counts = {
  ...zeroCounts(),
  lists: { retrocession: 6, mitm: 16, accesDerogatoire: 5, shortages: 8, prescriptionConditions: 1234 },
  accessTypes: { AAC: 2, AAP: 2, CPC: 1 },
  shortageStates: { rupture: 3, tension: 3, arret: 1, remise: 1 },
};

describe('list index rows', () => {
  it('gives every registry list with its page, its count from the manifest, and the parts of a list split in a few', () => {
    const rows = listRows({ ...manifestWith(allSourceIds), counts });
    expect(rows.map((row) => row.title)).toEqual(Object.values(lists).map((list) => list.title));
    expect(rows.find((row) => row.href === '/listes/acces-derogatoire/')).toEqual({
      href: '/listes/acces-derogatoire/',
      title: 'Accès dérogatoire',
      count: '5 médicament(s)',
      parts: 'AAC : 2 ; AAP : 2 ; CPC : 1',
    });
    expect(rows.find((row) => row.href === '/ruptures/')?.parts).toBe(
      "Rupture de stock : 3 ; Tension d'approvisionnement : 3 ; Arrêt de commercialisation : 1 ; Remise à disposition : 1",
    );
    // Split in many parts: its own page lists them.
    expect(rows.find((row) => row.href === '/listes/conditions/')).toMatchObject({ count: '1\u202f234 médicament(s)', parts: null });
  });

  it('says a list not loaded is not loaded, never 0', () => {
    const rows = listRows({ ...manifestWith(bdpmOnlyIds), counts: zeroCounts() });
    const retrocession = rows.find((row) => row.href === '/listes/retrocession/');
    expect(retrocession?.count).toMatch(/non chargé/);
    expect(retrocession?.count).not.toMatch(/0 médicament/);
    expect(rows.find((row) => row.href === '/listes/acces-derogatoire/')?.parts).toBeNull();
  });

  it('gives each part its page, title, badge and count', () => {
    const parts = partRows({ ...manifestWith(allSourceIds), counts }, 'accesDerogatoire');
    expect(parts.map(({ href, label, count }) => [href, label, count])).toEqual([
      ['/listes/acces-derogatoire/aac/', 'AAC', 2],
      ['/listes/acces-derogatoire/aap/', 'AAP', 2],
      ['/listes/acces-derogatoire/cpc/', 'CPC', 1],
    ]);
    expect(partsSummary(parts)).toBe('AAC : 2 ; AAP : 2 ; CPC : 1');
  });
});
