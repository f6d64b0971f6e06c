/**
 * Reads a sitemap or sitemap index with a real XML parser (sax, strict, namespaces) and
 * checks it against the sitemap protocol's schema (sitemaps.org, schemas/sitemap/0.9:
 * sitemap.xsd and siteindex.xsd): root element and namespace, allowed children in their
 * order, `loc` an absolute URL of at most 2,048 characters, `lastmod` a W3C date,
 * `changefreq` and `priority` in range, at most 50,000 entries and 50 MB per file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sax from 'sax';

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapEntry {
  loc: string;
  lastmod?: string;
}

export interface ParsedSitemap {
  kind: 'urlset' | 'sitemapindex';
  entries: SitemapEntry[];
  errors: string[];
}

const childOrder = { url: ['loc', 'lastmod', 'changefreq', 'priority'], sitemap: ['loc', 'lastmod'] } as const;
const w3cDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const changefreqs = new Set(['always', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'never']);

export function parseSitemap(xml: string): ParsedSitemap {
  const errors: string[] = [];
  const entries: SitemapEntry[] = [];
  let kind: ParsedSitemap['kind'] | undefined;
  const stack: string[] = [];
  let entry: Record<string, string> | undefined;
  let seen: string[] = [];
  let text = '';

  const parser = sax.parser(true, { xmlns: true });
  parser.onerror = (error) => {
    errors.push(`XML mal formé : ${error.message.split('\n')[0]}`);
    parser.resume();
  };
  parser.onopentag = (node) => {
    const tag = node as sax.QualifiedTag;
    const depth = stack.length;
    stack.push(tag.local);
    text = '';
    if (tag.uri !== SITEMAP_NS) errors.push(`<${tag.name}> hors de l'espace de noms ${SITEMAP_NS}`);
    if (depth === 0) {
      if (tag.local === 'urlset' || tag.local === 'sitemapindex') kind = tag.local;
      else errors.push(`élément racine <${tag.local}> : attendu <urlset> ou <sitemapindex>`);
    } else if (depth === 1) {
      const expected = kind === 'urlset' ? 'url' : 'sitemap';
      if (tag.local !== expected) errors.push(`<${tag.local}> dans <${kind}> : attendu <${expected}>`);
      entry = {};
      seen = [];
    } else if (depth === 2) {
      const allowed: readonly string[] = kind === 'urlset' ? childOrder.url : childOrder.sitemap;
      const position = allowed.indexOf(tag.local);
      if (position === -1) errors.push(`<${tag.local}> non permis dans une entrée de ${kind}`);
      else if (seen.some((previous) => allowed.indexOf(previous) >= position)) errors.push(`<${tag.local}> en double ou hors d'ordre`);
      seen.push(tag.local);
    } else errors.push(`<${tag.local}> trop profond`);
  };
  parser.ontext = (value) => {
    text += value;
  };
  parser.onclosetag = () => {
    const local = stack.pop();
    if (stack.length === 2 && entry && local) entry[local] = text.trim();
    if (stack.length === 1 && entry) {
      const { loc, lastmod, changefreq, priority } = entry;
      if (!loc) errors.push('entrée sans <loc>');
      else if (loc.length > 2048 || !URL.canParse(loc) || !/^https?:\/\//.test(loc)) errors.push(`<loc> invalide : ${loc}`);
      if (lastmod !== undefined && !w3cDate.test(lastmod)) errors.push(`<lastmod> invalide : ${lastmod} (${loc})`);
      if (changefreq !== undefined && !changefreqs.has(changefreq)) errors.push(`<changefreq> invalide : ${changefreq}`);
      if (priority !== undefined && !(Number(priority) >= 0 && Number(priority) <= 1)) errors.push(`<priority> invalide : ${priority}`);
      entries.push({ loc: loc ?? '', ...(lastmod !== undefined && { lastmod }) });
      entry = undefined;
    }
  };
  parser.write(xml).close();

  if (!kind) errors.push('aucun élément racine <urlset> ou <sitemapindex>');
  if (entries.length > 50_000) errors.push(`${entries.length} entrées : au plus 50 000 par fichier`);
  if (Buffer.byteLength(xml) > 50 * 1024 * 1024) errors.push('fichier de plus de 50 Mo');
  return { kind: kind ?? 'urlset', entries, errors };
}

/** The whole sitemap of a built site, from its index: every file checked, every entry. */
export function readSiteSitemap(siteDir: string, origin: string): { files: string[]; entries: SitemapEntry[]; errors: string[] } {
  const index = parseSitemap(readFileSync(join(siteDir, 'sitemap-index.xml'), 'utf8'));
  const errors = index.kind === 'sitemapindex' ? [...index.errors] : ['sitemap-index.xml : attendu <sitemapindex>', ...index.errors];
  const files: string[] = [];
  const entries: SitemapEntry[] = [];
  for (const { loc } of index.entries) {
    if (!loc.startsWith(`${origin}/`)) {
      errors.push(`sitemap hors du site : ${loc}`);
      continue;
    }
    const file = new URL(loc).pathname.slice(1);
    files.push(file);
    const sitemap = parseSitemap(readFileSync(join(siteDir, file), 'utf8'));
    if (sitemap.kind !== 'urlset') errors.push(`${file} : attendu <urlset>`);
    errors.push(...sitemap.errors.map((error) => `${file} : ${error}`));
    entries.push(...sitemap.entries);
  }
  return { files, entries, errors };
}
