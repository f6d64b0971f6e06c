import { describe, expect, it } from 'vitest';
import {
  cip13Code,
  cisCode,
  listCisCode,
  optionalDate,
  optionalFrenchDecimal,
  optionalListCisCode,
  optionalPercent,
  optionalUcdCode,
  optionalUrl,
  optionalYesNo,
} from '../../scripts/lib/parse/fields.ts';

describe('codes', () => {
  it.each([
    [60002283, '60002283'],
    ['60002283', '60002283'],
    [2283, '00002283'],
    [' 6000 2283 ', '60002283'],
  ])('CIS %j → %s', (input, expected) => expect(cisCode.parse(input)).toBe(expected));

  it('gives a CIP13 stored as a number its 13 digits', () => {
    expect(cip13Code.parse(340093000023)).toBe('0340093000023');
    expect(cip13Code.parse(3400930000237)).toBe('3400930000237');
  });

  it('pads a UCD to 7 digits, or to 13 when longer than 7', () => {
    expect(optionalUcdCode.parse(912345)).toBe('0912345');
    expect(optionalUcdCode.parse(34008912345)).toBe('0034008912345');
    expect(optionalUcdCode.parse('')).toBeNull();
  });

  it.each([['6000A283'], ['123456789'], [1.5]])('rejects %j as a CIS', (input) => {
    expect(cisCode.safeParse(input).success).toBe(false);
  });
});

describe('CIS in the ANSM lists', () => {
  it('takes 8 digits as number or text, and never pads a shorter code into a CIS', () => {
    expect(listCisCode.parse(60000031)).toBe('60000031');
    expect(listCisCode.parse(' 6000 0031 ')).toBe('60000031');
    expect(listCisCode.safeParse(9000031).error?.issues[0].message).toBe('code CIS attendu (8 chiffres), reçu « 9000031 »');
    expect(optionalListCisCode.parse('')).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['16/03/2011', '2011-03-16'],
    ['2011-03-16', '2011-03-16'],
    [new Date(Date.UTC(2024, 0, 23)), '2024-01-23'],
    // Excel serial number for 23/01/2024.
    [45314, '2024-01-23'],
    ['', null],
    [null, null],
  ])('%j → %s', (input, expected) => expect(optionalDate.parse(input)).toBe(expected));

  it.each([['31/02/2024'], ['demain'], ['2024/01/23'], [-3]])('rejects %j with a message', (input) => {
    const result = optionalDate.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/date|série/);
  });
});

describe('dates that could be read two ways, or are not dates', () => {
  it.each([
    ['1/3/2011', 'date ambiguë « 1/3/2011 »'],
    ['7/4/25', 'date ambiguë « 7/4/25 »'],
    ['12/31/2024', 'date au format mois/jour/année « 12/31/2024 »'],
  ])('rejects month-first-looking text %j', (input, message) => {
    expect(optionalDate.safeParse(input).error?.issues[0].message).toContain(message);
  });

  it.each([[12], [60000031], [200_000]])('does not read %j as an Excel serial (outside 1940-2100)', (input) => {
    expect(optionalDate.safeParse(input).error?.issues[0].message).toMatch(/hors des années plausibles/);
  });

  it('reads serials at both ends of the plausible range', () => {
    expect(optionalDate.parse(14611)).toBe('1940-01-01');
    expect(optionalDate.parse(73415)).toBe('2100-12-31');
  });
});

describe('French numbers', () => {
  it.each([
    ['24,34', 24.34],
    ['1,007,79', 1007.79],
    ['1 007,79', 1007.79],
    ['12,50 €', 12.5],
    ['3', 3],
    [8.5, 8.5],
    ['', null],
  ])('%j → %s', (input, expected) => expect(optionalFrenchDecimal.parse(input)).toBe(expected));

  it('rejects text that is not a number', () => {
    expect(optionalFrenchDecimal.safeParse('gratuit').success).toBe(false);
  });

  it.each([
    ['65%', 65],
    ['100 %', 100],
    ['15 %', 15],
    [0.3, 30],
    [65, 65],
    ['', null],
  ])('rate %j → %s', (input, expected) => expect(optionalPercent.parse(input)).toBe(expected));
});

describe('other fields', () => {
  it('reads oui/non', () => {
    expect(optionalYesNo.parse('Oui')).toBe(true);
    expect(optionalYesNo.parse('non')).toBe(false);
    expect(optionalYesNo.safeParse('peut-être').success).toBe(false);
  });

  it('accepts http(s) links only', () => {
    expect(optionalUrl.parse('https://ansm.sante.fr/x')).toBe('https://ansm.sante.fr/x');
    expect(optionalUrl.safeParse('javascript:alert(1)').success).toBe(false);
  });
});
