import { describe, expect, it } from 'vitest';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import { checkEntries } from '../../scripts/lib/build-content.ts';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import { SourceError } from '../../scripts/lib/problems.ts';

function entry(): Medicine {
  return {
    ...emptyMedicine('60001234', '60001234', 'PARACÉTAMOL DÉMO'),
    inBdpm: true,
    sources: ['CIS_bdpm.txt', 'liste-retrocession.xlsx'],
    retrocession: [
      {
        ucd: '3400890000001',
        cip13: null,
        name: 'PARACÉTAMOL DÉMO',
        substance: null,
        laboratory: null,
        authorisation: 'AMM',
        inscriptionDate: '2024-01-15',
        remarks: null,
        from: { source: 'liste-retrocession.xlsx', row: 7 },
      },
    ],
  };
}

function failureOf(entries: Medicine[]): SourceError {
  try {
    checkEntries(entries);
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('checkEntries accepted invalid entries');
}

describe('checkEntries (last guard of the content step)', () => {
  it('returns valid entries as they are', () => {
    expect(checkEntries([entry()])).toEqual([entry()]);
  });

  it('names the entry id, the field path and the file and row the value comes from', () => {
    const bad = entry();
    bad.retrocession[0].inscriptionDate = '2024-02-30';
    const error = failureOf([entry(), bad]);
    expect(error.message).toContain('60001234, champ retrocession[0].inscriptionDate (liste-retrocession.xlsx, ligne 7)');
    expect(error.location).toEqual({ file: 'liste-retrocession.xlsx', row: 7 });
    expect(error.message).not.toContain('"code"');
  });

  it('falls back to the entry files for a field with no row of its own', () => {
    const bad = { ...entry(), ammDate: '15/01/2024' };
    expect(failureOf([bad]).message).toContain('60001234, champ ammDate (CIS_bdpm.txt, liste-retrocession.xlsx)');
  });

  it('counts every fault and lists at most twenty', () => {
    const bad = Array.from({ length: 25 }, (_, index) => ({ ...entry(), id: `bad id ${index}` }));
    const message = failureOf(bad).message;
    expect(message).toContain('25 valeur(s)');
    expect(message).toContain('bad id 19, champ id');
    expect(message).not.toContain('bad id 20,');
    expect(message).toContain('… et 5 autre(s)');
  });
});
