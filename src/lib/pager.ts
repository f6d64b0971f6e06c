/** The links of a numbered pager: first, previous, a window of pages around the current one, next, last. Pure. */
import { numberedPagePath as pageHref } from './addresses.ts';

export interface PagerLink {
  label: string;
  href: string | null;
  current?: boolean;
  rel?: 'prev' | 'next';
}

/** The address of page 1, from the address of the current page. */
export function pagerBase(currentUrl: string, currentPage: number): string {
  return currentPage === 1 ? currentUrl : currentUrl.replace(new RegExp(`${currentPage}/?$`), '');
}

export function pagerLinks(current: number, last: number, base: string, around = 2): PagerLink[] {
  const links: PagerLink[] = [];
  const page = (n: number, label = String(n)) => ({ label, href: pageHref(base, n), current: n === current });
  if (current > 1) links.push({ label: '« Première', href: pageHref(base, 1) }, { label: '‹ Précédente', href: pageHref(base, current - 1), rel: 'prev' });
  const from = Math.max(1, current - around);
  const to = Math.min(last, current + around);
  if (from > 1) links.push({ label: '…', href: null });
  for (let n = from; n <= to; n++) links.push(page(n));
  if (to < last) links.push({ label: '…', href: null });
  if (current < last) links.push({ label: 'Suivante ›', href: pageHref(base, current + 1), rel: 'next' }, { label: 'Dernière »', href: pageHref(base, last) });
  return links;
}
