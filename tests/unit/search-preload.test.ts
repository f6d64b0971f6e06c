import { describe, expect, it } from 'vitest';
import { PAGEFIND_SCRIPT, SEARCH_LANGUAGE, newSearchIndexTag, pagefindEntryAddress, searchPreloads } from '../../src/lib/search-preload.ts';

describe('searchPreloads', () => {
  it("names Pagefind's script, its entry file at the address Pagefind asks for with the tag, and the WebAssembly of the index language", () => {
    expect(searchPreloads('abc')).toEqual([
      { rel: 'modulepreload', href: PAGEFIND_SCRIPT },
      { rel: 'preload', href: '/pagefind/pagefind-entry.json?ts=abc' },
      { rel: 'preload', href: `/pagefind/wasm.${SEARCH_LANGUAGE}.pagefind` },
    ]);
    expect(pagefindEntryAddress('abc')).toBe('/pagefind/pagefind-entry.json?ts=abc');
  });
});

describe('newSearchIndexTag', () => {
  it('is new at each build, in characters an address carries as they are', () => {
    expect(newSearchIndexTag(1_764_800_000_000)).not.toBe(newSearchIndexTag(1_764_800_000_001));
    expect(newSearchIndexTag()).toMatch(/^[0-9a-z]+$/);
  });
});
