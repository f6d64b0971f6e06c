import { describe, expect, it } from 'vitest';
import { bytesByKind, fileKindOf } from '../../scripts/bench/file-kinds.ts';

describe('fileKindOf', () => {
  it('tells the page from each kind of Pagefind file', () => {
    expect(fileKindOf('/recherche/')).toBe('page');
    expect(fileKindOf('/_astro/Base.css')).toBe('page');
    expect(fileKindOf('/pagefind/pagefind.js')).toBe('pagefind-code');
    expect(fileKindOf('/pagefind/pagefind-worker.js')).toBe('pagefind-code');
    expect(fileKindOf('/pagefind/wasm.fr.pagefind')).toBe('pagefind-code');
    expect(fileKindOf('/pagefind/pagefind-entry.json')).toBe('pagefind-code');
    expect(fileKindOf('/pagefind/pagefind.fr_d6ffc668d2.pf_meta')).toBe('pf_meta');
    expect(fileKindOf('/pagefind/index/fr_1305013.pf_index')).toBe('index');
    expect(fileKindOf('/pagefind/fragment/fr_4cc775b.pf_fragment')).toBe('fragment');
    expect(fileKindOf('/pagefind/filter/fr_2879bdb.pf_filter')).toBe('filter');
  });
});

describe('bytesByKind', () => {
  it('adds up the bytes of each kind and names the kinds not fetched', () => {
    expect(
      bytesByKind([
        { path: '/recherche/', bytes: 3000 },
        { path: '/_astro/a.js', bytes: 4000 },
        { path: '/pagefind/fragment/fr_1.pf_fragment', bytes: 470 },
        { path: '/pagefind/fragment/fr_2.pf_fragment', bytes: 480 },
      ]),
    ).toEqual({ page: 7000, 'pagefind-code': 0, pf_meta: 0, index: 0, fragment: 950, filter: 0 });
  });
});
