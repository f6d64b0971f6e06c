/**
 * The search page on Pagefind's JS API: query and filters live in the address; each
 * change runs the search, shows the count of each filter value (counting OR within its
 * own facet), and lists results with their form and badges, 10 at a time.
 */
import { type SearchState, badgeLabels, facets, hasSelection, normaliseQuery, pagefindFilters, readSearchState, writeSearchState } from '../lib/search-query.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; meta: Record<string, string>; excerpt: string }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options: { filters: Record<string, unknown> }) => Promise<PagefindSearch>;
  filters: () => Promise<PagefindSearch['filters']>;
}

const PAGE_SIZE = 10;
let pagefind: Promise<Pagefind> | undefined;
let allFilters: Promise<unknown> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // Loaded on first use; the path is outside the bundle, written by the Pagefind step.
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 20 });
    await module.init();
    return module;
  });
  return pagefind;
}

async function runSearch(state: SearchState, filters: Record<string, unknown>): Promise<PagefindSearch | null> {
  const engine = await loadPagefind();
  if (!state.query && Object.keys(filters).length === 0) return null;
  return engine.search(state.query ? normaliseQuery(state.query) : null, { filters });
}

/** Counts for each value: a facet's own selection is left out so that its values stay OR-able. */
async function facetCounts(state: SearchState, main: PagefindSearch): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const facet of facets) {
    let byValue = main.filters[facet.key] ?? {};
    if (state.selected[facet.key].length > 0) {
      const others = pagefindFilters(state, facet.key);
      // With no query and no other filter, the counts are those of the whole site.
      const totals = !state.query && Object.keys(others).length === 0;
      byValue = (totals ? await (await loadPagefind()).filters() : (await runSearch(state, others))?.filters)?.[facet.key] ?? {};
    }
    for (const value of facet.values) counts.set(`${facet.key}:${value.param}`, byValue[value.indexed] ?? 0);
  }
  return counts;
}

function resultItem(data: { url: string; meta: Record<string, string>; excerpt: string }): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const heading = document.createElement('h2');
  heading.className = 'result-title';
  heading.append(link);
  item.append(heading);
  const details = [data.meta.forme, ...(data.meta.listes ?? '').split(' ').filter(Boolean).map((key) => badgeLabels[key] ?? key)].filter(Boolean);
  if (details.length > 0) {
    const line = document.createElement('p');
    line.className = 'result-details';
    line.textContent = details.join(' · ');
    item.append(line);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'hint';
  excerpt.textContent = new DOMParser().parseFromString(data.excerpt, 'text/html').body.textContent ?? '';
  item.append(excerpt);
  return item;
}

export function startSearch(): void {
  const form = document.getElementById('recherche') as HTMLFormElement;
  const status = document.getElementById('etat-recherche')!;
  const list = document.getElementById('resultats')!;
  const more = document.getElementById('plus') as HTMLButtonElement;
  let shown: PagefindResult[] = [];
  let run = 0;

  const showMore = async () => {
    const next = shown.splice(0, PAGE_SIZE);
    const items = await Promise.all(next.map(async (result) => resultItem(await result.data())));
    list.append(...items);
    more.hidden = shown.length === 0;
  };

  const update = async (state: SearchState) => {
    const current = ++run;
    status.textContent = 'Recherche en cours…';
    form.removeAttribute('data-counts');
    const main = await runSearch(state, pagefindFilters(state));
    if (current !== run) return;
    list.replaceChildren();
    if (!main) {
      status.textContent = 'Saisissez un nom, une substance ou un code, ou choisissez un filtre.';
      more.hidden = true;
      return;
    }
    shown = [...main.results];
    const total = shown.length;
    await showMore();
    status.textContent = total === 0 ? 'Aucun résultat.' : `${total} résultat${total > 1 ? 's' : ''}.`;
    // Counts come after the results: they need every filter's index (tens of kilobytes),
    // which Pagefind otherwise loads only for the filters in use.
    allFilters ??= (await loadPagefind()).filters();
    await allFilters;
    const complete = await runSearch(state, pagefindFilters(state));
    if (current !== run || !complete) return;
    const counts = await facetCounts(state, complete);
    if (current !== run) return;
    for (const [key, count] of counts) {
      const slot = form.querySelector(`[data-count="${CSS.escape(key)}"]`);
      if (slot) slot.textContent = `(${count})`;
    }
    form.setAttribute('data-counts', 'ready');
  };

  const apply = (push: boolean) => {
    const state = readSearchState(new URLSearchParams(new FormData(form) as never));
    const params = writeSearchState(state).toString();
    const address = `${location.pathname}${params ? `?${params}` : ''}`;
    if (push) history.pushState(null, '', address);
    else history.replaceState(null, '', address);
    void update(state);
  };

  const fill = () => {
    const state = readSearchState(new URLSearchParams(location.search));
    (form.elements.namedItem('q') as HTMLInputElement).value = state.query;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = state.selected[box.name as keyof SearchState['selected']]?.includes(box.value) ?? false;
    }
    if (state.query || hasSelection(state)) void update(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(true);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) apply(false);
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', fill);
  fill();
}
