import { describe, expect, it } from 'vitest';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import { searchDocumentOf, searchMetaOf } from '../../src/lib/search-document.ts';

const medicine: Medicine = {
  ...emptyMedicine('60000001', '60000001', 'EXEMPLE <10 mg> & "fort", comprimé'),
  inBdpm: true,
  form: 'comprimé',
  mitm: { atc: 'N03AG01', name: null, from: [{ source: 'CIS_MITM.txt', row: 1 }] },
  sources: ['CIS_MITM.txt', 'CIS_bdpm.txt'],
};

describe('search document of a medicine page', () => {
  it('gives search the name, lists, form and CIS as metadata', () => {
    expect(searchMetaOf(medicine)).toEqual(['title:EXEMPLE <10 mg> & "fort", comprimé', 'listes:mitm', 'forme:comprimé', 'cis:60000001']);
  });

  it('carries metadata, filters and the weighted summary, escaped', () => {
    expect(searchDocumentOf(medicine)).toBe(
      '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>EXEMPLE &lt;10 mg&gt; &amp; "fort", comprimé</title></head><body><main data-pagefind-body>' +
        '<span data-pagefind-meta="title:EXEMPLE &lt;10 mg&gt; &amp; &quot;fort&quot;, comprimé"></span>' +
        '<span data-pagefind-meta="listes:mitm"></span><span data-pagefind-meta="forme:comprimé"></span><span data-pagefind-meta="cis:60000001"></span>' +
        '<span data-pagefind-filter="type:Médicament"></span><span data-pagefind-filter="liste:MITM"></span>' +
        '<span data-pagefind-filter="atc:N – Système nerveux"></span>' +
        '<p><span data-pagefind-weight="7">EXEMPLE &lt;10 mg&gt; &amp; "fort", comprimé.</span></p>' +
        '<p>Comprimé.</p><p>MITM.</p><p>Classe ATC N03AG01.</p>' +
        '<p>CIS <span data-pagefind-weight="10">60000001</span></p>' +
        '</main></body></html>',
    );
  });
});
