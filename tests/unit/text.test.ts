import { describe, expect, it } from 'vitest';
import { comparableText, distinctValues, foldAccentsKeepingLength, removeDiacritics, slugify } from '../../src/lib/text.ts';

describe('removeDiacritics', () => {
  it('drops combining accents and spacing diacritics, keeps case', () => {
    expect(removeDiacritics('Dénomination ÇA Œuvre')).toBe('Denomination CA Œuvre');
    expect(removeDiacritics('L´ACIDE')).toBe('LACIDE');
    expect(removeDiacritics('e\u0301')).toBe('e');
  });
});

describe('foldAccentsKeepingLength', () => {
  it('drops only the combining accents, so NFC text keeps its length', () => {
    const text = 'Prescription réservée aux spécialistes en NÉPHROLOGIE, à l´hôpital';
    const folded = foldAccentsKeepingLength(text);
    expect(folded).toBe('Prescription reservee aux specialistes en NEPHROLOGIE, a l´hopital');
    expect(folded).toHaveLength(text.length);
  });
});

describe('comparableText', () => {
  it('ignores case, accents, punctuation, spaces and line breaks', () => {
    expect(comparableText('  DATE\nd’Inscription ')).toBe('date d inscription');
    expect(comparableText("Date d'inscription")).toBe('date d inscription');
    expect(comparableText('Dénomination')).toBe('denomination');
  });
});

describe('distinctValues', () => {
  it('keeps each present value once, in first order', () => {
    expect(distinctValues(['B', null, 'A', '', 'B', undefined, 'A'])).toEqual(['B', 'A']);
    expect(distinctValues([null, ''])).toEqual([]);
  });
});

describe('slugify', () => {
  it('makes a lower-case hyphenated name without accents or hyphens at either end', () => {
    expect(slugify(' Paracétamol DÉMO 500 mg, comprimé ')).toBe('paracetamol-demo-500-mg-comprime');
    expect(slugify('人参')).toBe('');
  });

  it('cuts to the length asked, after trimming the hyphens', () => {
    expect(slugify('-abc def-', 5)).toBe('abc-d');
    expect(slugify('a'.repeat(100), 80)).toHaveLength(80);
  });
});
