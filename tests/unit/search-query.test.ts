import { describe, expect, it } from 'vitest';
import { isCodeQuery, normaliseQuery, pagefindFilters, readSearchState, writeSearchState } from '../../src/lib/search-query.ts';

describe('search state', () => {
  const params = new URLSearchParams('q=paracetamol&liste=MITM&liste=AAC&atc=C&type=Médicament&liste=inconnu&atc=C&prescription=rh&prescription=x');

  it('reads known values from the address, once each', () => {
    expect(readSearchState(params)).toEqual({
      query: 'paracetamol',
      selected: { liste: ['MITM', 'AAC'], disponibilite: [], prescription: ['rh'], atc: ['C'], statut: [], type: ['Médicament'] },
    });
  });

  it('writes back what it read', () => {
    expect(writeSearchState(readSearchState(params)).toString()).toBe('q=paracetamol&liste=MITM&liste=AAC&prescription=rh&atc=C&type=M%C3%A9dicament');
  });

  it('makes OR within a facet and AND across facets, with indexed values', () => {
    expect(pagefindFilters(readSearchState(params))).toEqual({
      liste: { any: ['MITM', 'AAC'] },
      prescription: { any: ["Réservé à l'usage hospitalier"] },
      atc: { any: ['C – Système cardiovasculaire'] },
      type: { any: ['Médicament'] },
    });
  });

  it('leaves one facet out to count its values', () => {
    expect(Object.keys(pagefindFilters(readSearchState(params), 'liste'))).toEqual(['prescription', 'atc', 'type']);
  });
});

describe('code queries', () => {
  it.each([
    ['60002283', true],
    ['3400949497294', true],
    ['4949729', true],
    ['3400 9494 9729 4', true],
    ['600022', false],
    ['paracétamol', false],
  ])('%s → %s', (query, expected) => expect(isCodeQuery(query)).toBe(expected));

  it('drops the spaces of a code', () => {
    expect(normaliseQuery('3400 9494 9729 4')).toBe('3400949497294');
    expect(normaliseQuery('acide folique')).toBe('acide folique');
  });
});
