/**
 * Rules about the code itself, so that they stay true: page files only render (their data
 * comes from one tested function of src/lib/), every module of src/lib/ and every stage of the
 * content step (scripts/lib/content-step/) has a test, and site addresses are built by
 * src/lib/addresses.ts only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, importsOf } from '../helpers/source-files.ts';
import { projectRoot } from '../helpers/sources.ts';

const MAX_PAGE_LINES = 80;
const fromRoot = (path: string) => relative(projectRoot, path);
/** Lines as an editor numbers them: a final newline ends the last line, it does not start one. */
const lineCount = (text: string) => (text === '' ? 0 : text.replace(/\n$/, '').split('\n').length);

describe('page files', () => {
  it(`are at most ${MAX_PAGE_LINES} lines long, in src/pages (.astro and .ts routes) and src/layouts`, () => {
    const pages = ['src/pages', 'src/layouts'].flatMap((dir) => filesUnder(join(projectRoot, dir), /\.(astro|ts)$/));
    expect(pages.map(fromRoot)).toContain('src/layouts/Base.astro');
    expect(pages.map(fromRoot)).toContain('src/pages/donnees/[file].ts');
    expect(pages.length).toBeGreaterThan(15);
    const long = pages.map((path) => ({ file: fromRoot(path), lines: lineCount(readFileSync(path, 'utf8')) })).filter(({ lines }) => lines > MAX_PAGE_LINES);
    expect(long).toEqual([]);
  });

  it('counts lines as an editor numbers them', () => {
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('')).toBe(0);
  });
});

const testedModules = () => {
  const tests = ['tests/unit', 'tests/pipeline'].flatMap((dir) => filesUnder(join(projectRoot, dir), /\.test\.ts$/));
  return new Set(tests.flatMap(importsOf).map(fromRoot));
};

describe('src/lib', () => {
  it('has no module that no unit or pipeline test imports', () => {
    const imported = testedModules();
    // The imports are read, dynamic ones included: site-data.ts is imported only that way.
    expect(imported).toContain('src/lib/text.ts');
    expect(imported).toContain('src/lib/site-data.ts');
    const modules = filesUnder(join(projectRoot, 'src/lib'), /\.ts$/).map(fromRoot);
    expect(modules.length).toBeGreaterThan(30);
    expect(modules.filter((module) => !imported.has(module))).toEqual([]);
  });
});

/** The first segments of the site's addresses: the routes of src/pages, the public files, Pagefind's folder and the sitemap. */
function siteSegments(): string[] {
  const routes = readdirSync(join(projectRoot, 'src/pages')).map((name) => name.replace(/\.(astro|ts)$/, ''));
  return [...routes, ...readdirSync(join(projectRoot, 'public')), 'pagefind', 'sitemap-index.xml'].filter((name) => !name.startsWith('['));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A quoted address of the site ('/listes/…', "/regimes/…", a template string, href="/"), outside comments. */
function literalAddresses(text: string, segments: string[]): string[] {
  const address = new RegExp(`(['"\`])(/(?:${segments.map(escapeRegExp).join('|')})(?=[/'"\`#?]|$)[^'"\`]*|/)\\1`, 'g');
  return text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .flatMap((line) =>
      [...line.matchAll(address)].filter((match) => match[2] !== '/' || /href=$|action=$/.test(line.slice(0, match.index))).map((match) => match[2]),
    );
}

/** Only the address module and the site navigation write addresses. */
const ADDRESS_WRITERS = ['src/lib/addresses.ts', 'src/components/layout/SiteHeader.astro'];

describe('site addresses', () => {
  const segments = siteSegments();

  it('finds quoted addresses of the site, and not other slashes', () => {
    expect(segments).toEqual(
      expect.arrayContaining(['listes', 'regimes', 'medicaments', 'ruptures', 'donnees', 'favicon.svg', 'robots.txt', 'nouveautes.xml']),
    );
    const sample = [
      "const a = '/listes/retrocession/';",
      '<a href="/regimes/mitm/">MITM</a>',
      'const b = `/medicaments/lettre/a/`;',
      '<a href="/">Accueil</a>',
      "new URL('/sitemap-index.xml', site)",
      "if (url.pathname !== '/') throw error;",
      "import { x } from '../lib/listes.ts';",
      ' * e.g. "/facturation/" in a comment',
      "const c = '/listesque';",
    ].join('\n');
    expect(literalAddresses(sample, segments)).toEqual(['/listes/retrocession/', '/regimes/mitm/', '/medicaments/lettre/a/', '/', '/sitemap-index.xml']);
  });

  it('are written only by the address module and the site navigation', () => {
    const files = filesUnder(join(projectRoot, 'src')).map(fromRoot);
    expect(files).toContain('src/lib/addresses.ts');
    const writers = files
      .map((file) => ({ file, addresses: literalAddresses(readFileSync(join(projectRoot, file), 'utf8'), segments) }))
      .filter(({ addresses }) => addresses.length > 0);
    expect(writers.map(({ file }) => file)).toEqual(expect.arrayContaining(ADDRESS_WRITERS));
    expect(writers.filter(({ file }) => !ADDRESS_WRITERS.includes(file))).toEqual([]);
  });
});

describe('scripts/lib/content-step', () => {
  it('has no stage that no unit or pipeline test imports', () => {
    const imported = testedModules();
    const stages = filesUnder(join(projectRoot, 'scripts/lib/content-step'), /\.ts$/).map(fromRoot);
    expect(stages).toContain('scripts/lib/content-step/pipeline.ts');
    expect(stages.filter((stage) => !imported.has(stage))).toEqual([]);
  });
});
