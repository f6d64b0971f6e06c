/** Checks on the built demo site's files: internal links and anchors, third-party hosts. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('built demo site', () => {
  const siteDir = inject('siteDir');
  const pages = new Map(
    htmlFiles(siteDir).map((file) => {
      const path = `/${relative(siteDir, file).replace(/index\.html$/, '')}`;
      return [path, readFileSync(file, 'utf8')] as const;
    }),
  );
  const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

  it('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    for (const [path, html] of pages) {
      for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
        if (/^(https?:|mailto:)/.test(href) || href.startsWith('/_astro/')) continue;
        const url = new URL(href.replace(/&amp;/g, '&'), `http://site${path}`);
        const target = pages.get(url.pathname);
        if (target === undefined) broken.push(`${path} → ${href}`);
        else if (url.hash && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path} → ${href} (ancre)`);
      }
    }
    expect(pages.size).toBeGreaterThan(40);
    expect(broken).toEqual([]);
  });

  it('loads nothing from another host', () => {
    for (const [path, html] of pages) {
      const external = [...html.matchAll(/<(?:script|link|img|iframe)[^>]+(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
      expect(external, path).toEqual([]);
    }
  });
});
