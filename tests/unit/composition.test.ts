import { describe, expect, it } from 'vitest';
import { componentText, doseOf } from '../../src/lib/composition.ts';

const linezolid = { name: 'LINÉZOLIDE', dosage: '2 mg', dosageReference: '1 ml de solution', nature: 'SA' };

describe('doseOf', () => {
  it('states a dosage with the quantity it refers to', () => {
    expect(doseOf(linezolid)).toBe('2 mg pour 1 ml de solution');
  });

  it('gives the dosage alone when the file names no reference, and nothing without a dosage', () => {
    expect(doseOf({ dosage: '600 mg', dosageReference: null })).toBe('600 mg');
    expect(doseOf({ dosage: null, dosageReference: 'un comprimé' })).toBeNull();
  });
});

describe('componentText', () => {
  it('writes the name, the dose and whether the row is a therapeutic fraction', () => {
    expect(componentText(linezolid)).toBe('LINÉZOLIDE : 2 mg pour 1 ml de solution');
    expect(componentText({ name: 'METFORMINE', dosage: '780 mg', dosageReference: 'un comprimé', nature: 'FT' }, ' ')).toBe(
      'METFORMINE 780 mg pour un comprimé (fraction thérapeutique)',
    );
    expect(componentText({ name: 'ATORVASTATINE CALCIQUE', dosage: null, dosageReference: null, nature: 'SA' })).toBe('ATORVASTATINE CALCIQUE');
  });
});
