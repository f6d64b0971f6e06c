/**
 * No module of src/ or scripts/ may import itself back through other modules, type-only
 * imports included: a cycle makes load order matter and hides which module owns a rule.
 * Imports are read with the TypeScript compiler's own pre-processor, from .ts, .mjs and
 * the frontmatter and scripts of .astro files.
 */
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, importsOf } from '../helpers/source-files.ts';
import { projectRoot } from '../helpers/sources.ts';

function importGraph(paths: string[]): Map<string, string[]> {
  return new Map(paths.map((path) => [path, importsOf(path)]));
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
