import { describe, expect, it } from 'vitest';
import { isDatedFolderName, isIsoDate, isoDateSchema, isoDay, isoToday } from '../../src/lib/dates.ts';

describe('isIsoDate', () => {
  it('accepts a real calendar day written AAAA-MM-JJ', () => {
    expect(isIsoDate('2025-07-04')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('rejects other forms and days that do not exist', () => {
    for (const text of ['04/07/2025', '2025-7-4', '2025-07-04T00:00', ' 2025-07-04', '2025-02-29', '2025-13-01', '2025-04-31', '']) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });

  it('is the rule of the schema the content uses', () => {
    expect(isoDateSchema.safeParse('2025-02-30').success).toBe(false);
    expect(isoDateSchema.parse('2025-02-28')).toBe('2025-02-28');
  });
});

describe('isoDay and isoToday', () => {
  it('give the UTC day of an instant', () => {
    expect(isoDay(new Date(Date.UTC(2025, 6, 4, 23, 59)))).toBe('2025-07-04');
    expect(isIsoDate(isoToday())).toBe(true);
  });
});

describe('isDatedFolderName', () => {
  it('is a date and nothing else', () => {
    expect(isDatedFolderName('2025-07-04')).toBe(true);
    expect(isDatedFolderName('.incoming-2025-07-04')).toBe(false);
    expect(isDatedFolderName('2025-07-04-copie')).toBe(false);
  });
});
