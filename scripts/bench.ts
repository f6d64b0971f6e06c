/**
 * npm run bench [-- --runs 3 --sources <dir>]
 *
 * On the real BDPM snapshot: times each build phase (content, Astro, Pagefind) and the
 * peak memory of the build's process tree, over several runs; in the same runs, the floor
 * (a bare Astro + Pagefind site with one page per medicine); then the search as a visitor
 * meets it. Prints medians and the targets: build ≤ 2× the floor and < 60 s, content
 * < 5 s, peak RSS < 2 GB.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureSearch } from './bench/search-timing.ts';
import { watchPeakRss } from './bench/process-tree-rss.ts';
import { serveStatic } from './lib/static-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, sources: { type: 'string', default: join(root, '..', 'shared', 'data', 'bdpm-2025-07') } },
});
const runs = Number(values.runs);
const sources = resolve(values.sources);
if (!existsSync(join(sources, 'CIS_bdpm.txt'))) {
  console.error(`Instantané BDPM introuvable : ${sources} (--sources <dir>)`);
  process.exit(1);
}
const work = join(root, '.build', 'bench');

async function timed(args: string[], timingsFile: string): Promise<{ wall: number; peakRss: number; phases: Record<string, number> }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const watcher = watchPeakRss(child.pid!);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const peakRss = watcher.stop();
  if (code !== 0) throw new Error(`${args.join(' ')} : code ${code}`);
  return { wall: (performance.now() - started) / 1000, peakRss, phases: JSON.parse(readFileSync(timingsFile, 'utf8')) };
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const samples: Record<string, number[]> = {};
const add = (key: string, value: number) => {
  samples[key] ??= [];
  samples[key].push(value);
};

for (let run = 1; run <= runs; run++) {
  const site = join(work, 'site');
  const build = await timed(
    ['scripts/build-site.ts', '--sources', sources, '--out', site, '--content', join(work, 'content'), '--timings', join(work, 'site-timings.json')],
    join(work, 'site-timings.json'),
  );
  add('build', build.wall);
  add('content', build.phases.content);
  add('astro', build.phases.astro);
  add('pagefind', build.phases.pagefind);
  add('buildRss', build.peakRss / 2 ** 20);

  const floor = await timed(
    ['scripts/bench/floor-site.ts', '--medicines', join(work, 'content', 'medicines.json'), '--work', join(work, 'floor'), '--timings', join(work, 'floor-timings.json')],
    join(work, 'floor-timings.json'),
  );
  add('floor', floor.wall);
  add('floorAstro', floor.phases.astro);
  add('floorPagefind', floor.phases.pagefind);
  add('floorRss', floor.peakRss / 2 ** 20);

  const server = await serveStatic(site);
  try {
    const search = await measureSearch(server.url, ['paracetamol', 'amoxicilline']);
    add('searchPageKB', search.pageBytes / 1000);
    search.queries.forEach((query, index) => {
      add(`query${index + 1}Ms`, query.ms);
      add(`query${index + 1}KB`, query.bytes / 1000);
      add(`query${index + 1}TotalKB`, query.totalBytes / 1000);
    });
  } finally {
    await server.close();
  }
  console.log(`run ${run}/${runs}: build ${build.wall.toFixed(1)} s, floor ${floor.wall.toFixed(1)} s`);
}

const m = (key: string) => median(samples[key]);
const row = (label: string, key: string, unit: string, digits = 1) =>
  console.log(`${label.padEnd(38)} ${m(key).toFixed(digits).padStart(8)} ${unit}   (${samples[key].map((v) => v.toFixed(digits)).join(', ')})`);

console.log(`\nMédianes sur ${runs} exécution(s), ${sources}`);
row('build complet (mur)', 'build', 's');
row('  contenu', 'content', 's', 2);
row('  Astro', 'astro', 's');
row('  Pagefind', 'pagefind', 's');
row('  pic RSS (arbre de processus)', 'buildRss', 'Mo', 0);
row('plancher : Astro + Pagefind nus (mur)', 'floor', 's');
row('  Astro', 'floorAstro', 's');
row('  Pagefind', 'floorPagefind', 's');
row('  pic RSS', 'floorRss', 'Mo', 0);
row('page /recherche/ (chargement)', 'searchPageKB', 'Ko');
row('1re requête « paracetamol » : temps', 'query1Ms', 'ms', 0);
row('1re requête : octets avant résultats', 'query1KB', 'Ko');
row('1re requête : octets avec les compteurs', 'query1TotalKB', 'Ko');
row('2e requête « amoxicilline » : temps', 'query2Ms', 'ms', 0);
row('2e requête : octets avant résultats', 'query2KB', 'Ko');
row('2e requête : octets avec les compteurs', 'query2TotalKB', 'Ko');

const ratio = m('build') / m('floor');
const checks: Array<[string, boolean]> = [
  [`build ≤ 2× plancher (${ratio.toFixed(2)}×)`, ratio <= 2],
  [`build < 60 s (${m('build').toFixed(1)} s)`, m('build') < 60],
  [`contenu < 5 s (${m('content').toFixed(2)} s)`, m('content') < 5],
  [`pic RSS < 2 Go (${m('buildRss').toFixed(0)} Mo)`, m('buildRss') < 2048],
];
console.log('\nObjectifs :');
for (const [label, ok] of checks) console.log(`  ${ok ? 'tenu   ' : 'MANQUÉ '} ${label}`);
