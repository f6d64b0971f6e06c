/**
 * The Pagefind files the search page asks for while its HTML is parsed, so that the first
 * results do not wait for the page's script to start Pagefind: its script, its WebAssembly
 * and its entry file. The metadata file (`pf_meta`) cannot be among them: its name holds a
 * hash that the entry file gives, written after the pages. Pagefind runs on the page's own
 * thread (search-page.ts), since a worker's requests could not take the preloaded files.
 */
import { pagefindFilePath, sitePaths } from './addresses.ts';

/** The index language: the Pagefind step forces it (scripts/lib/search/search-index.ts), and names its WebAssembly after it. */
export const SEARCH_LANGUAGE = 'fr';

export const PAGEFIND_SCRIPT = sitePaths.pagefindScript;

/**
 * One value per build, in digits and lower-case letters (Pagefind puts it in the address as it is). Pagefind asks for its entry file with `?ts=` and a new value each
 * time, so that no cached copy names a metadata file a rebuild removed; with this value
 * instead, the address is known in advance and stays new at each build.
 */
export const newSearchIndexTag = (now = Date.now()): string => now.toString(36);

export interface Preload {
  rel: 'modulepreload' | 'preload';
  href: string;
}

/** The entry file's address as Pagefind asks for it, given `metaCacheTag: tag`. */
export const pagefindEntryAddress = (tag: string): string => `${pagefindFilePath('pagefind-entry.json')}?ts=${tag}`;

export function searchPreloads(tag: string): Preload[] {
  return [
    { rel: 'modulepreload', href: PAGEFIND_SCRIPT },
    { rel: 'preload', href: pagefindEntryAddress(tag) },
    { rel: 'preload', href: pagefindFilePath(`wasm.${SEARCH_LANGUAGE}.pagefind`) },
  ];
}
