/**
 * No module of src/ or scripts/ may import itself back through other modules, type-only
 * imports included: a cycle makes load order matter and hides which module owns a rule.
 * Imports are read with the TypeScript compiler's own pre-processor, from .ts, .mjs and
 * the frontmatter and scripts of .astro files.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/sources.ts';

const SOURCE_FILE = /\.(ts|mts|mjs|js|astro)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path);
    return SOURCE_FILE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The script parts of a file: all of it, or for .astro its frontmatter and <script> elements. */
function scriptText(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importGraph(paths: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const path of paths) {
    const { importedFiles } = ts.preProcessFile(scriptText(path), true, true);
    const targets = importedFiles.map(({ fileName }) => resolveImport(path, fileName)).filter((target): target is string => target !== null);
    graph.set(path, [...new Set(targets.filter((target) => SOURCE_FILE.test(target)))]);
  }
  return graph;
}

/** Each cycle once, as the list of its modules from the first one met. */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('import cycles', () => {
  it('finds a cycle, type-only imports included', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(findCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(ts.preProcessFile("import type { X } from './x.ts';", true, true).importedFiles.map((f) => f.fileName)).toEqual(['./x.ts']);
  });

  it('there is none in src/ or scripts/', () => {
    const files = ['src', 'scripts'].flatMap((dir) => filesUnder(join(projectRoot, dir)));
    const graph = importGraph(files);
    expect(graph.size).toBeGreaterThan(50);
    // The graph is read, not empty: the billing page imports its data module.
    expect(graph.get(join(projectRoot, 'src/pages/facturation/index.astro'))).toContain(join(projectRoot, 'src/lib/billing/data.ts'));
    const cycles = findCycles(graph).map((cycle) => cycle.map((path) => relative(projectRoot, path)).join(' → '));
    expect(cycles).toEqual([]);
  });
});
