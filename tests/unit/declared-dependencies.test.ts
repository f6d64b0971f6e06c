/**
 * Every package a file of the project imports is declared in package.json: one found only
 * because another package brought it into node_modules breaks when that package drops it.
 * Imports are read with the TypeScript compiler's pre-processor (static, dynamic, require).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../helpers/source-files.ts';
import { projectRoot } from '../helpers/sources.ts';

/** The package an import names ('@scope/name/sub' → '@scope/name'); null for a relative path, a Node built-in or an Astro virtual module. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('node:') || specifier.startsWith('astro:')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const importedPackages = (path: string) =>
  ts
    .preProcessFile(readFileSync(path, 'utf8'), true, true)
    .importedFiles.map(({ fileName }) => packageOf(fileName))
    .filter((name): name is string => name !== null);

describe('dependencies', () => {
  it('names the package of an import', () => {
    expect(['./x.ts', 'node:fs', 'astro:content', 'astro/loaders', '@e965/xlsx', 'yaml'].map(packageOf)).toEqual([
      null,
      null,
      null,
      'astro',
      '@e965/xlsx',
      'yaml',
    ]);
  });

  it('are declared in package.json for every package a file imports', () => {
    const { dependencies = {}, devDependencies = {} } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    const declared = new Set([...Object.keys(dependencies), ...Object.keys(devDependencies)]);
    const files = [
      ...['src', 'scripts', 'tests'].flatMap((dir) => filesUnder(join(projectRoot, dir), /\.(ts|mts|mjs|js)$/)),
      join(projectRoot, 'astro.config.mjs'),
      join(projectRoot, 'vitest.config.ts'),
    ];
    const undeclared = files.flatMap((path) =>
      importedPackages(path)
        .filter((name) => !declared.has(name))
        .map((name) => `${name} (${path.slice(projectRoot.length)})`),
    );
    expect(files.length).toBeGreaterThan(200);
    expect(undeclared).toEqual([]);
  });
});
