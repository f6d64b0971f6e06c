/**
 * The floor for the build benchmark: a bare Astro project that renders one page per
 * medicine (name and form only) with the same Astro and Pagefind, and nothing else. Like
 * the real build it reads the content step's medicines.json at run time (a JSON module
 * import would go through Vite's bundler and slow the floor, flattering the ratio).
 * Usage: node scripts/bench/floor-site.ts --medicines <medicines.json> --work <dir> --timings <file.json>
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { medicines: { type: 'string' }, work: { type: 'string' }, timings: { type: 'string' } } });
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = resolve(values.work!);
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'src', 'pages', 'medicaments'), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));

writeFileSync(join(work, 'astro.config.mjs'), "export default { trailingSlash: 'always' };\n");
writeFileSync(
  join(work, 'src', 'pages', 'medicaments', '[id].astro'),
  `---
import { readFileSync } from 'node:fs';
export function getStaticPaths() {
  const medicines = JSON.parse(readFileSync(${JSON.stringify(resolve(values.medicines!))}, 'utf8'));
  return medicines.map((m) => ({ params: { id: m.id }, props: { name: m.name, form: m.form } }));
}
const { name, form } = Astro.props;
---
<html lang="fr"><head><meta charset="utf-8"><title>{name}</title></head><body><main data-pagefind-body><h1>{name}</h1><p>{form}</p></main></body></html>
`,
);

const timings: Record<string, number> = {};
let started = performance.now();
const { build } = await import('astro');
await build({ root: work, outDir: join(work, 'dist'), logLevel: 'error' });
timings.astro = (performance.now() - started) / 1000;
started = performance.now();
const pagefind = await import('pagefind');
const { index } = await pagefind.createIndex({ forceLanguage: 'fr' });
await index!.addDirectory({ path: join(work, 'dist') });
await index!.writeFiles({ outputPath: join(work, 'dist', 'pagefind') });
await pagefind.close();
timings.pagefind = (performance.now() - started) / 1000;
writeFileSync(values.timings!, `${JSON.stringify(timings)}\n`);
