/**
 * The search page on Pagefind's JS API: query and filters live in the address; each
 * change runs the search, shows the count of each filter value (counting OR within its
 * own facet, values at zero hidden), and lists results with their form, badges, CIS and
 * excerpt, 10 at a time. Results come first: each shows as soon as its own fragment is in,
 * before any filter chunk is asked for; the filters appear once counted, inside space the
 * page keeps for them, so that nothing on screen moves (CLS). They fold away on phones.
 * Pagefind runs on the page's thread, on the files the page's head preloads.
 */
import { type SearchState, facets, hasSelection, normaliseQuery, pagefindFilters, readSearchState, writeSearchState } from '../lib/search-query.ts';
import { type ResultData, resultView } from '../lib/search-result.ts';
import { PAGEFIND_SCRIPT, SEARCH_LANGUAGE } from '../lib/search-preload.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options: { filters: Record<string, unknown> }) => Promise<PagefindSearch>;
  preload: (query: string | null, options: { filters: Record<string, unknown> }) => Promise<void>;
  filters: () => Promise<PagefindSearch['filters']>;
}

const PAGE_SIZE = 10;
let pagefind: Promise<Pagefind> | undefined;
let allFilters: Promise<unknown> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // The path is outside the bundle, written by the Pagefind step; the page's head preloads it
  // with the entry file and the WebAssembly (lib/search-preload.ts).
  const path = PAGEFIND_SCRIPT;
  pagefind ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
    const tag = document.getElementById('recherche')?.dataset.indexTag;
    // On this thread: a worker would fetch the files again instead of taking the preloaded ones.
    // The entry file at the address the head preloaded (Pagefind's default changes it each time).
    await module.options({ excerptLength: 30, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
    await module.init();
    warmSegmenter();
    return module;
  });
  return pagefind;
}

/**
 * Pagefind's first search splits the query with Intl.Segmenter, whose first construction in
 * a page costs 10–40 ms (measured in Chromium): done here instead if the page is idle while
 * the files load (a browser without idle callbacks leaves it to Pagefind).
 */
function warmSegmenter(): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => new Intl.Segmenter(SEARCH_LANGUAGE, { granularity: 'grapheme' }).segment('a'));
}

let ready: Promise<unknown> | undefined;

/**
 * Pagefind, asked to search before its files are in, looks again every 50 ms. The first
 * search starts five preloads 10 ms apart instead (each only fetches the query's index
 * chunk): the first of them to find Pagefind ready lets the search run within 10 ms.
 */
function whenReady(engine: Pagefind, query: string | null, filters: Record<string, unknown>): Promise<unknown> {
  const after = (delay: number) => new Promise((done) => setTimeout(done, delay));
  ready ??= Promise.race([0, 10, 20, 30, 40].map((delay) => after(delay).then(() => engine.preload(query, { filters }))));
  return ready;
}

async function runSearch(state: SearchState, filters: Record<string, unknown>): Promise<PagefindSearch | null> {
  const engine = await loadPagefind();
  if (!state.query && Object.keys(filters).length === 0) return null;
  const query = state.query ? normaliseQuery(state.query) : null;
  await whenReady(engine, query, filters);
  return engine.search(query, { filters });
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

/** Built from nodes: the excerpt's text stays text, only its highlights become <mark>. */
function resultItem(data: ResultData): HTMLLIElement {
  const view = resultView(data);
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const item = element('li', 'result');
  const link = element('a', '', view.title);
  link.href = view.url;
  const heading = element('h2', 'result-title');
  heading.append(link);
  item.append(heading);
  if (view.kind) item.append(element('p', 'result-details', view.kind));
  if (view.badges.length > 0) {
    const badges = element('ul', 'badges');
    badges.setAttribute('aria-label', 'Listes, état et conditions de prescription');
    for (const badge of view.badges) badges.append(element('li', `badge badge-${badge.key}`, badge.label));
    item.append(badges);
  }
  if (view.excerpt.length > 0) {
    const excerpt = element('p', 'result-excerpt');
    excerpt.append(...view.excerpt.map((part) => (part.marked ? element('mark', '', part.text) : document.createTextNode(part.text))));
    item.append(excerpt);
  }
  if (view.cis) item.append(element('p', 'result-cis', `CIS ${view.cis}`));
  return item;
}

/** Values counted at zero are hidden (unless chosen), and a facet with none left too; then the filters show. */
function showCounts(form: HTMLFormElement, counts: Map<string, number>): void {
  for (const [key, count] of counts) {
    const slot = document.querySelector(`[data-count="${CSS.escape(key)}"]`);
    if (!slot) continue;
    slot.textContent = `(${count})`;
    const value = slot.closest<HTMLElement>('.facet-value');
    const box = value?.querySelector<HTMLInputElement>('input');
    if (value && box) value.hidden = count === 0 && !box.checked;
  }
  for (const fieldset of document.querySelectorAll<HTMLFieldSetElement>('#filtres fieldset')) {
    fieldset.hidden = [...fieldset.querySelectorAll<HTMLElement>('.facet-value')].every((value) => value.hidden);
  }
  showFacets();
  form.setAttribute('data-counts', 'ready');
}

/** The filter values stay hidden until counted: shown uncounted, then pruned, they would jump. */
function showFacets(): void {
  document.getElementById('facettes')!.hidden = false;
}

export function startSearch(): void {
  const form = document.getElementById('recherche') as HTMLFormElement;
  const status = document.getElementById('etat-recherche')!;
  const list = document.getElementById('resultats')!;
  const more = document.getElementById('plus') as HTMLButtonElement;
  const panel = document.getElementById('filtres') as HTMLDetailsElement;
  const layout = panel.closest<HTMLElement>('.search-layout')!;
  const chosen = document.getElementById('filtres-choisis')!;
  const boxes = () => [...form.elements].filter((field): field is HTMLInputElement => field instanceof HTMLInputElement && field.type === 'checkbox');
  let shown: PagefindResult[] = [];
  let run = 0;

  /**
   * The next results, in order, each given to `show` as soon as it and those before it are
   * in (their fragments load together). False if a newer search started meanwhile.
   */
  const nextResults = async (current: number, show: (item: HTMLLIElement, index: number) => void): Promise<boolean> => {
    const next = shown.splice(0, PAGE_SIZE);
    more.hidden = true;
    const pending = next.map((result) => result.data());
    for (const [index, data] of pending.entries()) {
      const item = resultItem(await data);
      if (current !== run) return false;
      show(item, index);
    }
    return true;
  };
  // More results come as one block, the button back (or not) in the same step.
  const showMore = async () => {
    const items: HTMLLIElement[] = [];
    if (!(await nextResults(run, (item) => items.push(item)))) return;
    list.append(...items);
    more.hidden = shown.length === 0;
  };

  const update = async (state: SearchState) => {
    const current = ++run;
    // The page keeps room for the results while they load, so that the footer and the filters do not jump.
    layout.classList.remove('idle');
    status.textContent = 'Recherche en cours…';
    // The previous results stay in view, marked busy, until the new ones replace them.
    list.setAttribute('aria-busy', 'true');
    form.removeAttribute('data-counts');
    const main = await runSearch(state, pagefindFilters(state));
    if (current !== run) return;
    if (!main) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      status.textContent = 'Saisissez un nom, une substance ou un code, ou choisissez un filtre.';
      more.hidden = true;
      layout.classList.add('idle');
      showFacets();
      return;
    }
    shown = [...main.results];
    const total = shown.length;
    // The first results show one by one, the previous ones going when the first comes; the list is busy until the last is in.
    if (total === 0) list.replaceChildren();
    else if (!(await nextResults(current, (item, index) => (index === 0 ? list.replaceChildren(item) : list.append(item))))) return;
    more.hidden = shown.length === 0;
    list.removeAttribute('aria-busy');
    status.textContent = total === 0 ? 'Aucun résultat.' : `${total} résultat${total > 1 ? 's' : ''}.`;
    // Counts come after the results: they need every filter's index (tens of kilobytes),
    // which Pagefind otherwise loads only for the filters in use.
    allFilters ??= (await loadPagefind()).filters();
    await allFilters;
    const complete = await runSearch(state, pagefindFilters(state));
    if (current !== run || !complete) return;
    const counts = await facetCounts(state, complete);
    if (current !== run) return;
    showCounts(form, counts);
  };

  const apply = (push: boolean) => {
    const state = readSearchState(new URLSearchParams(new FormData(form) as never));
    showChosen(state);
    const params = writeSearchState(state).toString();
    const address = `${location.pathname}${params ? `?${params}` : ''}`;
    if (push) history.pushState(null, '', address);
    else history.replaceState(null, '', address);
    void update(state);
  };

  const showChosen = (state: SearchState) => {
    const count = facets.reduce((sum, facet) => sum + state.selected[facet.key].length, 0);
    chosen.textContent = count === 0 ? '' : `(${count} choisi${count > 1 ? 's' : ''})`;
  };

  const fill = () => {
    const state = readSearchState(new URLSearchParams(location.search));
    (form.elements.namedItem('q') as HTMLInputElement).value = state.query;
    for (const box of boxes()) {
      box.checked = state.selected[box.name as keyof SearchState['selected']]?.includes(box.value) ?? false;
    }
    showChosen(state);
    if (state.query || hasSelection(state)) void update(state);
    else {
      // Nothing to search: no room to keep, and the filters show uncounted.
      layout.classList.add('idle');
      showFacets();
    }
  };

  // On a phone the results come first and the filters fold away, unless some are chosen.
  if (window.matchMedia('(max-width: 48rem)').matches && !hasSelection(readSearchState(new URLSearchParams(location.search)))) panel.open = false;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(true);
  });
  // The boxes sit after the results but belong to the form (their `form` attribute).
  panel.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) apply(false);
  });
  // Pagefind's files start loading as soon as a search is likely, not only on Enter.
  (form.elements.namedItem('q') as HTMLInputElement).addEventListener('focus', () => void loadPagefind(), { once: true });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', fill);
  fill();
}
