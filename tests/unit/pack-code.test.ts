import { describe, expect, it } from 'vitest';
import { expiryDateOf, gs1CheckDigit, hasValidGs1CheckDigit, parseBracketed, parseElementString } from '../../src/lib/scan/gs1.ts';
import { readPackCode } from '../../src/lib/scan/pack-code.ts';

const GS = '\x1d';
const today = new Date('2026-12-03T12:00:00Z');
const read = (text: string) => readPackCode(text, today);

describe('GS1 check digit', () => {
  it('is the modulo 10 key of EAN-13 and GTIN-14 codes', () => {
    // A real CIP13 of the July 2025 BDPM (CIS 60002283) and its GTIN-14.
    expect(gs1CheckDigit('340094949729')).toBe(4);
    expect(hasValidGs1CheckDigit('3400949497294')).toBe(true);
    expect(hasValidGs1CheckDigit('03400949497294')).toBe(true);
    expect(hasValidGs1CheckDigit('3400949497295')).toBe(false);
    expect(hasValidGs1CheckDigit('4006381333931')).toBe(true);
  });
});

describe('GS1 element strings', () => {
  it('reads AIs 01, 17, 10 and 21, variable fields ended by the group separator or the end', () => {
    expect(parseElementString(`01034009494972941727123110AB-12${GS}21XYZ987`)).toEqual({
      values: { '01': '03400949497294', '17': '271231', '10': 'AB-12', '21': 'XYZ987' },
      problem: null,
    });
    // Serial first, then batch: the order of AIs is free.
    expect(parseElementString(`010340094949729421S1${GS}10L2${GS}17280600`).values).toEqual({ '01': '03400949497294', '21': 'S1', '10': 'L2', '17': '280600' });
  });

  it('skips AIs it does not read, by their predefined length or up to the separator', () => {
    expect(parseElementString(`01034009494972941125010117271231240CARTON${GS}10LOT`).values).toEqual({ '01': '03400949497294', '17': '271231', '10': 'LOT' });
  });

  it('notices a missing separator when a variable field runs past its 20 characters', () => {
    const fields = parseElementString('010340094949729410BATCH-NUMBER-123421SERIAL0000000001');
    expect(fields.values['01']).toBe('03400949497294');
    expect(fields.values['10']).toBeUndefined();
    expect(fields.problem).toEqual({ kind: 'missing-separator', ai: '10' });
  });

  it('drops, and names, a variable field that may hold a field the code lacks when no separator is left', () => {
    // (10)LOT-DEMO-42 then (21)SN0001, the separator dropped by the decoder.
    const merged = parseElementString('01034009494972941728020010LOT-DEMO-4221SN0001');
    expect(merged.values).toEqual({ '01': '03400949497294', '17': '280200' });
    expect(merged.problem).toEqual({ kind: 'maybe-merged', ai: '10', value: 'LOT-DEMO-4221SN0001' });
    // (21) then (17), no separator: the date is missing and its AI is in the serial; with a separator elsewhere, nothing is flagged.
    expect(parseElementString('010340094949729410L1\x1d21SN0117280200').problem).toBeNull();
    expect(parseElementString('010340094949729421SN0117280200').problem).toEqual({ kind: 'maybe-merged', ai: '21', value: 'SN0117280200' });
    const serial = read('010340094949729421SN0117280200');
    expect(serial.kind === 'cip13' && serial.warning).toMatch(
      /le numéro de série \(21\) lu, « SN0117280200 », contient peut-être aussi la suite du code \(numéro de lot ou date de péremption\)/,
    );
    // Not flagged: a missing field's AI only at the value's start, or none in it.
    expect(parseElementString('0103400949497294172802002110SERIAL').problem).toBeNull();
    expect(parseElementString('01034009494972941728020010ABCDEF').problem).toBeNull();
    const warned = read('01034009494972941728020010LOT-DEMO-4221SN0001');
    expect(warned).toMatchObject({ kind: 'cip13', cip13: '3400949497294', batch: null, serial: null });
    expect(warned.kind === 'cip13' && warned.warning).toBe(
      "Ce code ne sépare pas ses champs : le numéro de lot (10) lu, « LOT-DEMO-4221SN0001 », contient peut-être aussi la suite du code (numéro de série ou date de péremption). Il n'est pas montré : lisez-le sur la boîte.",
    );
  });

  it('reads the human-readable form, with or without spaces between groups', () => {
    expect(parseBracketed('(01)03400949497294 (17)271231 (10)AB-12 (21)XYZ987')?.values).toEqual({
      '01': '03400949497294',
      '17': '271231',
      '10': 'AB-12',
      '21': 'XYZ987',
    });
    expect(parseBracketed('01 03400949497294')).toBeNull();
    expect(parseBracketed('(01)0340094949729')?.problem).toEqual({ kind: 'malformed', ai: '01' });
  });
});

describe('expiry date (AI 17)', () => {
  it('gives day 00 as the last day of the month', () => {
    expect(expiryDateOf('280200', today)).toEqual({ raw: '280200', iso: '2028-02-29', endOfMonth: true });
    expect(expiryDateOf('271231', today)).toEqual({ raw: '271231', iso: '2027-12-31', endOfMonth: false });
  });

  it('places the century by the GS1 rule and refuses impossible dates', () => {
    expect(expiryDateOf('991231', today).iso).toBe('1999-12-31');
    expect(expiryDateOf('761231', today).iso).toBe('2076-12-31');
    expect(expiryDateOf('271331', today).iso).toBeNull();
    expect(expiryDateOf('270231', today).iso).toBeNull();
  });
});

describe('readPackCode', () => {
  it('reads a GS1 DataMatrix with its symbology identifier', () => {
    expect(read(`]d201034009494972941727123110AB-12${GS}21XYZ987`)).toEqual({
      kind: 'cip13',
      cip13: '3400949497294',
      expiry: { raw: '271231', iso: '2027-12-31', endOfMonth: false },
      batch: 'AB-12',
      serial: 'XYZ987',
      warning: null,
    });
  });

  it('reads the same data without the identifier, with a leading FNC1, or in the bracketed form', () => {
    const expected = read(`]d201034009494972941727123110AB-12${GS}21XYZ987`);
    expect(read(`01034009494972941727123110AB-12${GS}21XYZ987`)).toEqual(expected);
    expect(read(`${GS}01034009494972941727123110AB-12${GS}21XYZ987`)).toEqual(expected);
    expect(read('(01)03400949497294(17)271231(10)AB-12(21)XYZ987')).toEqual(expected);
  });

  it('reads a typed or linear CIP13, spaces allowed, and a CIP7', () => {
    expect(read('3400949497294')).toMatchObject({ kind: 'cip13', cip13: '3400949497294', expiry: null, batch: null });
    expect(read(' 3 400949 497294 ')).toMatchObject({ kind: 'cip13', cip13: '3400949497294' });
    expect(read(']E03400949497294')).toMatchObject({ kind: 'cip13', cip13: '3400949497294' });
    expect(read('4949729')).toEqual({ kind: 'cip7', cip7: '4949729' });
  });

  it('reads the linear codes of a pack by their symbology identifier: Code 39 CIP7, Code 128 CIP13, GS1-128', () => {
    expect(read(']A04949729')).toEqual({ kind: 'cip7', cip7: '4949729' });
    expect(read(']C03400949497294')).toMatchObject({ kind: 'cip13', cip13: '3400949497294' });
    expect(read(']C10103400949497294')).toMatchObject({ kind: 'cip13', cip13: '3400949497294', expiry: null });
  });

  it('rejects a wrong check digit in a CIP13 and in a GTIN, and looks nothing up', () => {
    expect(read('3400949497295')).toEqual({ kind: 'rejected', message: expect.stringContaining('clé de contrôle') });
    expect(read(`]d2010340094949729517271231`)).toEqual({ kind: 'rejected', message: expect.stringContaining('clé de contrôle') });
  });

  it('keeps the CIP13 of a code whose separator is missing, and says the rest is unreadable', () => {
    const code = read(']d2010340094949729417271231' + '10BATCH-NUMBER-123421SERIAL0000000001');
    expect(code).toMatchObject({ kind: 'cip13', cip13: '3400949497294', batch: null, serial: null, expiry: { iso: '2027-12-31' } });
    expect(code.kind === 'cip13' && code.warning).toContain('séparateur de champ manquant');
  });

  it('tells a foreign GTIN, a UCD code and a shipping unit from a French pack', () => {
    expect(read(']d2010400638133393117271231')).toEqual({ kind: 'rejected', message: expect.stringContaining('ne commence pas par 3400') });
    expect(read('4006381333931')).toEqual({ kind: 'rejected', message: expect.stringContaining('ne commence pas par 3400') });
    expect(read('3400800000014')).toEqual({ kind: 'rejected', message: expect.stringContaining('code UCD') });
    expect(read(']d20113400949497291')).toEqual({ kind: 'rejected', message: expect.stringContaining('carton') });
  });

  it('rejects what is no code at all, and a GS1 code without product', () => {
    for (const text of ['', 'doliprane', '123456', '34009494972941', '(01)abc']) expect(read(text).kind, text).toBe('rejected');
    expect(read(`]d217271231${GS}`)).toEqual({ kind: 'rejected', message: expect.stringContaining('pas de code produit') });
  });
});
