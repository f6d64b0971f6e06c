import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import { lastChangeDates, medicinePageDates } from '../../src/lib/seo/sitemap-dates.ts';
import { scratch } from '../helpers/sources.ts';

let work: ReturnType<typeof scratch>;
beforeEach(() => {
  work = scratch('sitemap-dates');
});
afterEach(() => work.cleanup());

const inShortage: Medicine = {
  ...emptyMedicine('60000001', '60000001', 'EXEMPLE 10 mg'),
  shortageState: 'tension',
  shortages: [
    {
      cip13: null,
      state: 'tension',
      label: null,
      startDate: '2025-01-10',
      updatedDate: '2025-03-02',
      availableAgainDate: '2026-01-01',
      ansmUrl: null,
      from: { source: 'CIS_CIP_Dispo_Spec.txt', row: 1 },
    },
  ],
};
const retired: Medicine = { ...emptyMedicine('ucd-9000001', null, 'RETIRÉ 5 mg'), retiredOn: '2025-06-15' };
const undated: Medicine = emptyMedicine('60000003', '60000003', 'SANS DATE 1 mg');

describe('lastChangeDates', () => {
  it('dates each medicine by its latest dated event, and leaves out those the files do not date', () => {
    // The expected return (2026-01-01) lies ahead: not a change of the page.
    expect(lastChangeDates([inShortage, retired, undated])).toEqual({ '60000001': '2025-03-02', 'ucd-9000001': '2025-06-15' });
  });
});

describe('medicinePageDates', () => {
  it("gives each dated medicine page its date, from the content step's file", () => {
    const file = join(work.dir, 'last-changes.json');
    writeFileSync(file, JSON.stringify(lastChangeDates([inShortage, retired, undated])));
    expect([...medicinePageDates(file)]).toEqual([
      ['/medicaments/60000001/', '2025-03-02'],
      ['/medicaments/ucd-9000001/', '2025-06-15'],
    ]);
  });

  it('gives no dates for an empty content step', () => {
    const file = join(work.dir, 'last-changes.json');
    writeFileSync(file, '{}');
    expect(medicinePageDates(file).size).toBe(0);
  });

  it('fails, naming the file and the content step, when the file is missing or holds something else than dates', () => {
    const file = join(work.dir, 'last-changes.json');
    expect(() => medicinePageDates(file)).toThrow(/last-changes\.json illisible .*npm run content/);
    writeFileSync(file, JSON.stringify({ '60000001': '02/03/2025' }));
    expect(() => medicinePageDates(file)).toThrow(/last-changes\.json illisible/);
  });
});
