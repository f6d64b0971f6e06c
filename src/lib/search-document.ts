/**
 * What Pagefind indexes for a medicine page, as a small HTML document: the page's search
 * metadata, its filters and its summary (search-summary.ts). The build hands these
 * documents to Pagefind while Astro renders the pages (scripts/lib/search/search-index.ts), rather
 * than having Pagefind read them back from 15 800 built pages afterwards. Pure.
 */
import type { Medicine } from './content/medicine.ts';
import { badgesOf, searchFiltersOf } from './medicine-view.ts';
import type { SearchPageType } from './search-query.ts';
import { searchSummaryOf } from './search-summary.ts';

/** The search filter `type` of a medicine page (other pages name theirs in their layout). */
const MEDICINE_SEARCH_TYPE: SearchPageType = 'Médicament';

const escapeText = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replaceAll('"', '&quot;');

/** Pagefind `key:value` metadata shown with each result (search-result.ts reads them). */
export function searchMetaOf(medicine: Medicine): string[] {
  return [
    `title:${medicine.name}`,
    `listes:${badgesOf(medicine)
      .map((badge) => badge.key)
      .join(' ')}`,
    ...(medicine.form ? [`forme:${medicine.form}`] : []),
    ...(medicine.cis ? [`cis:${medicine.cis}`] : []),
  ];
}

export function searchDocumentOf(medicine: Medicine): string {
  const meta = searchMetaOf(medicine).map((value) => `<span data-pagefind-meta="${escapeAttribute(value)}"></span>`);
  const filters = [`type:${MEDICINE_SEARCH_TYPE}`, ...searchFiltersOf(medicine)].map(
    (value) => `<span data-pagefind-filter="${escapeAttribute(value)}"></span>`,
  );
  const summary = searchSummaryOf(medicine).map(
    (line) =>
      `<p>${line.map((part) => (part.weight ? `<span data-pagefind-weight="${part.weight}">${escapeText(part.text)}</span>` : escapeText(part.text))).join('')}</p>`,
  );
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeText(medicine.name)}</title></head><body><main data-pagefind-body>${[...meta, ...filters, ...summary].join('')}</main></body></html>`;
}
