/**
 * One name, one meaning, across src/ and scripts/: no two files share a name (whoever opens
 * build-content.ts or csv.ts should find the one they meant), and no two modules export the
 * same identifier (an editor's auto-import picks one of them, and the wrong one may compile).
 * Astro's entry files stand apart: routes under src/pages are named by their address and
 * export what Astro asks of every route (GET, getStaticPaths), and each src/*.config.ts
 * exports the `collections` Astro reads.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SOURCE_FILE, filesUnder } from '../helpers/source-files.ts';
import { projectRoot } from '../helpers/sources.ts';

const fromRoot = (path: string) => relative(projectRoot, path);
const isAstroEntry = (file: string) => file.startsWith('src/pages/') || /^src\/[^/]+\.config\.ts$/.test(file);
const projectFiles = () =>
  ['src', 'scripts']
    .flatMap((dir) => filesUnder(join(projectRoot, dir), SOURCE_FILE))
    .map(fromRoot)
    .filter((file) => !isAstroEntry(file));

/** The identifiers a module exports, declared there or re-exported (`export default` aside: it has no name to import). */
function exportedNames(text: string): string[] {
  const source = ts.createSourceFile('module.ts', text, ts.ScriptTarget.Latest, false);
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) names.add(element.name.text);
      } else if (statement.exportClause) names.add(statement.exportClause.name.text);
      continue;
    }
    const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
    if (!modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if (modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword)) continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
      }
    } else {
      const name = (statement as ts.DeclarationStatement).name;
      if (name && ts.isIdentifier(name)) names.add(name.text);
    }
  }
  return [...names];
}

function sharedBy<T>(entries: Array<[T, string]>): Map<T, string[]> {
  const files = new Map<T, string[]>();
  for (const [key, file] of entries) files.set(key, [...(files.get(key) ?? []), file]);
  return new Map([...files].filter(([, shared]) => shared.length > 1).map(([key, shared]) => [key, shared.sort()]));
}

describe('file names across src/ and scripts/', () => {
  it('are each used once, Astro routes aside', () => {
    const files = projectFiles();
    expect(files).toContain('scripts/build-content.ts');
    expect(files.length).toBeGreaterThan(100);
    const stem = (file: string) => basename(file).replace(/\.[^.]+$/, '');
    expect(Object.fromEntries(sharedBy(files.map((file) => [stem(file), file])))).toEqual({});
  });
});

describe('exported names across src/ and scripts/', () => {
  it('are read from every kind of export', () => {
    const text = [
      'export function f() {}',
      'export async function g() {}',
      'export class C {}',
      'export interface I {}',
      'export type T = string;',
      'export enum E { A }',
      'export const a = 1, b = 2;',
      'const local = 1;',
      'export { local as renamed };',
      "export { z } from './z.ts';",
      "export * as all from './all.ts';",
      'export default {};',
    ].join('\n');
    expect(exportedNames(text).sort()).toEqual(['C', 'E', 'I', 'T', 'a', 'all', 'b', 'f', 'g', 'renamed', 'z']);
  });

  it('have one module each', () => {
    const exports = projectFiles()
      .filter((file) => /\.(ts|mts|mjs|js)$/.test(file))
      .flatMap((file) => exportedNames(readFileSync(join(projectRoot, file), 'utf8')).map((name): [string, string] => [name, file]));
    expect(exports.length).toBeGreaterThan(300);
    const shared = sharedBy(exports);
    expect(Object.fromEntries(shared)).toEqual({});
  });
});
