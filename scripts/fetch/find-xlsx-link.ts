/** Finds the spreadsheet link on an ANSM reference page. */
import { removeDiacritics } from '../../src/lib/text.ts';

export function findXlsxLink(html: string, pageUrl: string, hint: string | undefined): string | null {
  const links = [...html.matchAll(/<a\b[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/gi)].map(([, href, text]) => ({
    href: href.replace(/&amp;/g, '&'),
    text: text.replace(/<[^>]+>/g, ' '),
  }));
  const spreadsheets = links.filter(({ href }) => /\.xlsx(?:$|[?#])/i.test(href));
  const normalise = (text: string) => removeDiacritics(text).toLowerCase();
  const preferred = hint ? spreadsheets.filter(({ href, text }) => normalise(`${href} ${text}`).includes(normalise(hint))) : [];
  const chosen = preferred[0] ?? (spreadsheets.length === 1 ? spreadsheets[0] : undefined);
  return chosen ? new URL(chosen.href, pageUrl).toString() : null;
}
