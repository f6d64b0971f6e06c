/** The sitemap check used on the built sites must itself catch what the protocol forbids. */
import { describe, expect, it } from 'vitest';
import { SITEMAP_NS, parseSitemap } from '../helpers/sitemap.ts';

const urlset = (body: string, ns = SITEMAP_NS) => `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="${ns}">${body}</urlset>`;

describe('parseSitemap', () => {
  it('reads a valid sitemap and a valid index', () => {
    const sitemap = parseSitemap(urlset('<url><loc>https://exemple.fr/</loc></url><url><loc>https://exemple.fr/a/</loc><lastmod>2025-07-04</lastmod></url>'));
    expect(sitemap).toEqual({ kind: 'urlset', entries: [{ loc: 'https://exemple.fr/' }, { loc: 'https://exemple.fr/a/', lastmod: '2025-07-04' }], errors: [] });
    const index = parseSitemap(`<sitemapindex xmlns="${SITEMAP_NS}"><sitemap><loc>https://exemple.fr/sitemap-0.xml</loc></sitemap></sitemapindex>`);
    expect(index.kind).toBe('sitemapindex');
    expect(index.errors).toEqual([]);
  });

  it.each([
    ['a wrong namespace', urlset('<url><loc>https://exemple.fr/</loc></url>', 'http://www.google.com/schemas/sitemap/0.84'), /espace de noms/],
    ['an entry without loc', urlset('<url><lastmod>2025-07-04</lastmod></url>'), /sans <loc>/],
    ['a relative loc', urlset('<url><loc>/medicaments/</loc></url>'), /<loc> invalide/],
    ['a day-first lastmod', urlset('<url><loc>https://exemple.fr/</loc><lastmod>04/07/2025</lastmod></url>'), /<lastmod> invalide/],
    ['children out of order', urlset('<url><lastmod>2025-07-04</lastmod><loc>https://exemple.fr/</loc></url>'), /hors d'ordre/],
    ['an unknown element', urlset('<url><loc>https://exemple.fr/</loc><title>x</title></url>'), /non permis/],
    ['a priority out of range', urlset('<url><loc>https://exemple.fr/</loc><priority>2</priority></url>'), /<priority> invalide/],
    ['malformed XML', urlset('<url><loc>https://exemple.fr/</url>'), /mal formé/],
    ['another root element', `<pages xmlns="${SITEMAP_NS}"></pages>`, /élément racine/],
  ])('reports %s', (_name, xml, message) => {
    expect(parseSitemap(xml).errors.join('\n')).toMatch(message);
  });

  it('reports more than 50,000 entries in one file', () => {
    const body = '<url><loc>https://exemple.fr/</loc></url>'.repeat(50_001);
    expect(parseSitemap(urlset(body)).errors).toContain('50001 entrées : au plus 50 000 par fichier');
  });
});
