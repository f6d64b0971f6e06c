import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro, parseFrenchDecimal } from '../../src/lib/format.ts';

describe('French formats', () => {
  it('writes amounts with a decimal comma and the euro sign after', () => {
    expect(formatEuro(12.5).replace(/\s/g, ' ')).toBe('12,50 €');
    expect(formatEuro(1234.5).replace(/\s/g, ' ')).toBe('1 234,50 €');
  });

  it('writes dates as JJ/MM/AAAA', () => {
    expect(formatDate('2025-07-04')).toBe('04/07/2025');
  });

  it.each([
    ['12,50', 12.5],
    ['12.50', 12.5],
    [' 1 234,5 ', 1234.5],
    ['22 €', 22],
    ['2,1 %', 2.1],
    ['0', 0],
  ])('reads %j as %d', (text, expected) => expect(parseFrenchDecimal(text)).toBe(expected));

  it.each([[''], ['abc'], ['12,5,0'], ['1e3']])('refuses %j', (text) => expect(parseFrenchDecimal(text)).toBeNaN());
});
