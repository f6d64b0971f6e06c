import { describe, expect, it } from 'vitest';
import { excerptParts, resultView } from '../../src/lib/search-result.ts';

describe('excerptParts', () => {
  it('keeps the highlights and turns everything else into text', () => {
    expect(excerptParts('Composition : <mark>PARACÉTAMOL</mark> 500 mg &amp; <b>x</b> &lt;script&gt;.')).toEqual([
      { text: 'Composition : ', marked: false },
      { text: 'PARACÉTAMOL', marked: true },
      { text: ' 500 mg & x <script>.', marked: false },
    ]);
  });

  it('folds white space and decodes numeric references', () => {
    expect(excerptParts('a&#39;b\n  c&#x2019;d')).toEqual([{ text: "a'b c\u2019d", marked: false }]);
  });
});

describe('resultView', () => {
  it('gives a medicine its form, list, shortage and prescription badges, and CIS', () => {
    const view = resultView({
      url: '/medicaments/60000022/',
      excerpt: '<mark>VALPROATE</mark> DE SODIUM',
      meta: { title: 'VALPROATE DE SODIUM DÉMO', forme: 'comprimé', listes: 'mitm rupture', cis: '60000022' },
      filters: { prescription: ['Liste I'], type: ['Médicament'] },
    });
    expect(view).toMatchObject({
      title: 'VALPROATE DE SODIUM DÉMO',
      kind: 'comprimé',
      cis: '60000022',
      badges: [
        { key: 'mitm', label: 'MITM' },
        { key: 'rupture', label: 'Rupture de stock' },
        { key: 'prescription', label: 'Liste I' },
      ],
    });
  });

  it('says what kind of page another result is', () => {
    const view = resultView({ url: '/regimes/mitm/', excerpt: '', meta: { title: 'MITM' }, filters: { type: ['Explication'] } });
    expect(view).toMatchObject({ kind: 'Explication', badges: [], cis: null, excerpt: [] });
  });
});
