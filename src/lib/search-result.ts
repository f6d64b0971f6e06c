/**
 * What one search result shows, from the data Pagefind returns for it: title, form,
 * badges (lists, shortage state, prescription categories), CIS, and the excerpt split
 * into plain and highlighted text. Pure: the page builds DOM nodes from it, never HTML.
 */
import { badgeLabels } from './labels.ts';

/** The part of a Pagefind result's data the page uses. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

export interface ResultBadge {
  /** A list or shortage key (`mitm`, `rupture`…), or `prescription`. */
  key: string;
  label: string;
}

export interface ExcerptPart {
  text: string;
  /** A word the query matched (Pagefind's `<mark>`). */
  marked: boolean;
}

export interface ResultView {
  url: string;
  title: string;
  /** The medicine's form, or what kind of page it is. */
  kind: string | null;
  badges: ResultBadge[];
  cis: string | null;
  excerpt: ExcerptPart[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Pagefind escapes the page text and adds `<mark>` around matches: anything else is text. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else {
      // Any other tag is dropped, its text kept; white space is folded.
      const text = decode(piece.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ');
      if (!text) continue;
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

export function resultView(data: ResultData): ResultView {
  const listBadges = (data.meta.listes ?? '')
    .split(' ')
    .filter(Boolean)
    .map((key) => ({ key, label: key in badgeLabels ? badgeLabels[key as keyof typeof badgeLabels] : key }));
  const prescriptionBadges = (data.filters?.prescription ?? []).map((label) => ({ key: 'prescription', label }));
  const type = data.filters?.type?.[0];
  return {
    url: data.url,
    title: data.meta.title || data.url,
    kind: data.meta.forme ?? (type && type !== 'Médicament' ? type : null),
    badges: [...listBadges, ...prescriptionBadges],
    cis: data.meta.cis ?? null,
    excerpt: excerptParts(data.excerpt),
  };
}
