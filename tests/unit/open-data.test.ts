import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/open-data/csv.ts';

describe('toCsv', () => {
  it('writes what French Excel opens: BOM, semicolons, quotes, CRLF', () => {
    const csv = toCsv(
      ['nom', 'prix'],
      [
        ['PARACÉTAMOL "DÉMO"; 500 mg', '1,16'],
        ['X', null],
      ],
    );
    expect(csv).toBe('\uFEFF"nom";"prix"\r\n"PARACÉTAMOL ""DÉMO""; 500 mg";"1,16"\r\n"X";""\r\n');
  });
});
