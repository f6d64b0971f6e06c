/**
 * Rules about the code itself, so that they stay true: page files only render (their data
 * comes from one tested function of src/lib/), and every module of src/lib/ and every stage of the
 * content step (scripts/lib/content-step/) has a test.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, importsOf } from '../helpers/source-files.ts';
import { projectRoot } from '../helpers/sources.ts';

const MAX_PAGE_LINES = 80;
const fromRoot = (path: string) => relative(projectRoot, path);
/** Lines as an editor numbers them: a final newline ends the last line, it does not start one. */
const lineCount = (text: string) => (text === '' ? 0 : text.replace(/\n$/, '').split('\n').length);

describe('page files', () => {
  it(`are at most ${MAX_PAGE_LINES} lines long, in src/pages and src/layouts`, () => {
    const pages = ['src/pages', 'src/layouts'].flatMap((dir) => filesUnder(join(projectRoot, dir), /\.astro$/));
    expect(pages.map(fromRoot)).toContain('src/layouts/Base.astro');
    expect(pages.length).toBeGreaterThan(15);
    const long = pages
      .map((path) => ({ file: fromRoot(path), lines: lineCount(readFileSync(path, 'utf8')) }))
      .filter(({ lines }) => lines > MAX_PAGE_LINES);
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

describe('scripts/lib/content-step', () => {
  it('has no stage that no unit or pipeline test imports', () => {
    const imported = testedModules();
    const stages = filesUnder(join(projectRoot, 'scripts/lib/content-step'), /\.ts$/).map(fromRoot);
    expect(stages).toContain('scripts/lib/content-step/pipeline.ts');
    expect(stages.filter((stage) => !imported.has(stage))).toEqual([]);
  });
});
