/**
 * The project's own source files and the files each one imports, read statically (the
 * TypeScript compiler's pre-processor, on .ts, .mjs and the frontmatter and scripts of
 * .astro files), for the tests that keep rules about the code itself.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

export const SOURCE_FILE = /\.(ts|mts|mjs|js|astro)$/;

/** Every source file below `dir` (node_modules and .d.ts aside), as absolute paths. */
export function filesUnder(dir: string, pattern = SOURCE_FILE): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path, pattern);
    return pattern.test(name) && !name.endsWith('.d.ts') ? [path] : [];
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

/** The project files a file imports, type-only and dynamic imports included. */
export function importsOf(path: string): string[] {
  const { importedFiles } = ts.preProcessFile(scriptText(path), true, true);
  const targets = importedFiles.map(({ fileName }) => resolveImport(path, fileName)).filter((target): target is string => target !== null);
  return [...new Set(targets.filter((target) => SOURCE_FILE.test(target)))];
}
