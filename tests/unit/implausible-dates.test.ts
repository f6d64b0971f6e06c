import { describe, expect, it } from 'vitest';
import { clearImplausibleDates, dateCeiling } from '../../scripts/lib/checks/implausible-dates.ts';

describe('dateCeiling', () => {
  it('is a year after the latest source date, not after the build day', () => {
    expect(dateCeiling(['2025-07-04', null, '2024-01-01'], '2030-01-01')).toEqual({
      date: '2026-07-04',
      basis: 'un an après le 04/07/2025, date des données',
    });
  });

  it('falls back on the build day only when no source is dated, and says so', () => {
    expect(dateCeiling([null], '2024-02-29').date).toBe('2025-02-28');
    expect(dateCeiling([], '2026-12-03').basis).toMatch(/jour de la construction/);
  });
});

describe('clearImplausibleDates', () => {
  it('empties only the date columns out of bounds, and leaves text columns alone', () => {
    const parsed = {
      file: 'f.txt',
      records: [{ row: 4, value: { when: '2924-11-29', other: '2924-11-29', ok: '2025-01-01' } }],
      rejections: [],
      duplicates: [],
      read: 1,
      warnings: [],
      dateColumns: { when: '6 (date)', ok: '7 (date)' },
    };
    const warnings = clearImplausibleDates(parsed, { date: '2026-07-04', basis: 'x' });
    expect(warnings.map(({ row, column }) => [row, column])).toEqual([[4, '6 (date)']]);
    expect(parsed.records[0].value).toEqual({ when: null, other: '2924-11-29', ok: '2025-01-01' });
  });
});
