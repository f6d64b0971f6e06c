/**
 * npm run bench [-- --runs 3 --sources <dir>]
 * npm run bench -- --search-only [--runs 5] [--site <dir>] [--verbose]
 *   (only the search figures, on an existing build: .build/bench/site by default)
 * npm run bench -- --rebuild-only [--runs 5]
 *   (only a rebuild over the existing site against a build into an empty folder)
 *
 * On the real BDPM snapshot: times each build phase (content, Astro, Pagefind) and the
 * peak memory of the build's process tree, over several runs; in the same runs, the floor
 * (a bare Astro + Pagefind site with one page per medicine), the two alternating (build
 * first on odd runs, floor first on even ones) so that neither always runs on a warmer
 * machine; then the search as a visitor meets it, from the header box of another page and
 * typed on the search page, with the bytes before the first result by kind of file. Prints the first run, the median and the
 * best of the runs, and the targets: build ≤ 1.5× the floor (best of runs) and < 60 s,
 * content ≤ 3 s, peak RSS ≤ 1.5 GB. Each run also builds into an empty folder, in turn before
 * and after the build over the existing site: a rebuild ≤ 1.1× that (medians). The previous
 * site is removed in the background after a build: the bench waits for it before the next
 * step, and prints how long it took.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fileKindLabels, fileKinds } from './bench/file-kinds.ts';
import { type QueryTiming, measureSearch } from './bench/search-timing.ts';
import { watchPeakRss } from './bench/process-tree-rss.ts';
import { serveStatic } from './lib/static-server.ts';
import { setAsideFolders } from './lib/write-atomically.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sources: { type: 'string', default: join(root, '..', 'shared', 'data', 'bdpm-2025-07') },
    'search-only': { type: 'boolean', default: false },
    'rebuild-only': { type: 'boolean', default: false },
    site: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const sources = resolve(values.sources);
const searchOnly = values['search-only'];
const rebuildOnly = values['rebuild-only'];
const work = join(root, '.build', 'bench');
const site = resolve(values.site ?? join(work, 'site'));
if (!searchOnly && !existsSync(join(sources, 'CIS_bdpm.txt'))) {
  console.error(`Instantané BDPM introuvable : ${sources} (--sources <dir>)`);
  process.exit(1);
}
if (searchOnly && !existsSync(join(site, 'pagefind', 'pagefind.js'))) {
  console.error(`Site construit introuvable : ${site} (npm run bench une fois, ou --site <dir>)`);
  process.exit(1);
}

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

/**
 * A build into `out`, then the wait for the previous site it set aside to be removed in the
 * background, so that the next timed step does not share the disk with that removal.
 */
async function buildInto(out: string) {
  const build = await timed(
    ['scripts/build-site.ts', '--sources', sources, '--out', out, '--content', join(work, 'content'), '--timings', join(work, 'site-timings.json')],
    join(work, 'site-timings.json'),
  );
  const ended = performance.now();
  while (setAsideFolders(out).length > 0) await new Promise((done) => setTimeout(done, 100));
  return { ...build, removal: (performance.now() - ended) / 1000 };
}
const runBuild = () => buildInto(join(work, 'site'));
/** Into an empty folder: the previous one is removed first, outside the timing. */
const emptySite = join(work, 'empty-site');
const runEmptyBuild = () => {
  rmSync(emptySite, { recursive: true, force: true });
  return buildInto(emptySite);
};
const runFloor = () =>
  timed(
    [
      'scripts/bench/floor-site.ts',
      '--medicines',
      join(work, 'content', 'medicines.json'),
      '--work',
      join(work, 'floor'),
      '--timings',
      join(work, 'floor-timings.json'),
    ],
    join(work, 'floor-timings.json'),
  );

/** Samples under `prefix`: time, bytes before the first result (in all and by kind), bytes with the counts. */
function addQuery(prefix: string, query: QueryTiming): void {
  add(`${prefix}Ms`, query.ms);
  add(`${prefix}KB`, query.bytes / 1000);
  for (const kind of fileKinds) add(`${prefix}KB:${kind}`, query.byKind[kind] / 1000);
  add(`${prefix}TotalKB`, query.totalBytes / 1000);
}

async function benchSearch(): Promise<string> {
  const server = await serveStatic(site);
  try {
    const search = await measureSearch(server.url, ['paracetamol', 'amoxicilline'], values.verbose);
    add('searchPageKB', search.pageBytes / 1000);
    addQuery('header', search.header);
    for (const [index, query] of search.typed.entries()) addQuery(`query${index + 1}`, query);
    const text = (label: string, query: QueryTiming) => `${label} « ${query.query} » ${query.ms.toFixed(0)} ms, ${(query.bytes / 1000).toFixed(1)} Ko`;
    return [text('entête', search.header), ...search.typed.map((query, index) => text(index === 0 ? 'saisie' : 'puis', query))].join(', ');
  } finally {
    await server.close();
  }
}

for (let run = 1; run <= runs; run++) {
  if (searchOnly) {
    console.log(`run ${run}/${runs}: ${await benchSearch()}`);
    continue;
  }
  // Build over the existing site and into an empty folder, each first in turn; the floor
  // (which reads the build's medicines.json) after them on odd runs, before on even ones.
  const odd = run % 2 === 1;
  const over = existsSync(join(work, 'site'));
  const floor = !rebuildOnly && !odd ? await runFloor() : undefined;
  const build = odd ? await runBuild() : undefined;
  const empty = await runEmptyBuild();
  const built = build ?? (await runBuild());
  const floorLate = !rebuildOnly && odd ? await runFloor() : floor;
  add('build', built.wall);
  add('content', built.phases.content);
  add('astro', built.phases.astro);
  add('pagefind', built.phases.pagefind);
  add('pagefindMedicines', built.phases.pagefindMedicines);
  add('swap', built.phases.swap);
  add('buildRss', built.peakRss / 2 ** 20);
  // The first run of a fresh clone finds no site to build over: not a rebuild.
  if (over) {
    add('rebuild', built.wall);
    add('removal', built.removal);
  }
  add('emptyBuild', empty.wall);
  const rebuilt = `build ${built.wall.toFixed(1)} s${over ? '' : ' (dossier vide)'}, dans un dossier vide ${empty.wall.toFixed(1)} s`;
  if (rebuildOnly || !floorLate) {
    console.log(`run ${run}/${runs}: ${rebuilt}`);
    continue;
  }
  add('floor', floorLate.wall);
  add('floorAstro', floorLate.phases.astro);
  add('floorPagefind', floorLate.phases.pagefind);
  add('floorRss', floorLate.peakRss / 2 ** 20);

  const searched = await benchSearch();
  console.log(`run ${run}/${runs}: ${rebuilt}, floor ${floorLate.wall.toFixed(1)} s; ${searched}`);
}

const m = (key: string) => median(samples[key]);
const best = (key: string) => Math.min(...samples[key]);
const row = (label: string, key: string, unit: string, digits = 1) =>
  console.log(
    `${label.padEnd(46)} ${samples[key][0].toFixed(digits).padStart(8)} ${m(key).toFixed(digits).padStart(8)} ${best(key).toFixed(digits).padStart(8)} ${unit}   (${samples[key].map((v) => v.toFixed(digits)).join(', ')})`,
  );

console.log(`\n${runs} exécution(s), ${searchOnly ? site : sources}`);
console.log(`${''.padEnd(46)} ${'1re'.padStart(8)} ${'médiane'.padStart(8)} ${'meilleure'.padStart(8)}`);
const has = (key: string) => (samples[key]?.length ?? 0) > 0;
if (!searchOnly) {
  row('build complet (mur)', 'build', 's');
  row('  contenu', 'content', 's', 2);
  row('  Astro', 'astro', 's');
  row('  Pagefind : fiches, pendant Astro', 'pagefindMedicines', 's');
  row('  Pagefind : ensuite (autres pages, écriture)', 'pagefind', 's');
  row('  remplacement du site précédent', 'swap', 's');
  row('  pic RSS (arbre de processus)', 'buildRss', 'Mo', 0);
  if (has('rebuild')) {
    row('reconstruction sur le site existant (mur)', 'rebuild', 's');
    row('  puis suppression de l’ancien, en arrière-plan', 'removal', 's');
  }
  row('construction dans un dossier vide (mur)', 'emptyBuild', 's');
}
if (has('floor')) {
  row('plancher : Astro + Pagefind nus (mur)', 'floor', 's');
  row('  Astro', 'floorAstro', 's');
  row('  Pagefind', 'floorPagefind', 's');
  row('  pic RSS', 'floorRss', 'Mo', 0);
}
if (has('searchPageKB')) {
  row('page /recherche/ (chargement, hors Pagefind)', 'searchPageKB', 'Ko');
  const queryRows = (prefix: string, label: string, query: string) => {
    row(`${label} « ${query} » : temps`, `${prefix}Ms`, 'ms', 0);
    row(`${label} : octets avant résultats`, `${prefix}KB`, 'Ko');
    for (const kind of fileKinds) if (samples[`${prefix}KB:${kind}`].some((value) => value > 0)) row(`  ${fileKindLabels[kind]}`, `${prefix}KB:${kind}`, 'Ko');
    row(`${label} : octets avec les compteurs`, `${prefix}TotalKB`, 'Ko');
  };
  queryRows('header', 'depuis l’entête', 'paracetamol');
  queryRows('query1', '1re requête saisie', 'paracetamol');
  queryRows('query2', '2e requête saisie', 'amoxicilline');
}

const checks: Array<[string, boolean]> = [];
if (has('floor')) {
  const medianRatio = m('build') / m('floor');
  const bestRatio = best('build') / best('floor');
  console.log(`\nbuild / plancher : ${medianRatio.toFixed(2)}× (médianes), ${bestRatio.toFixed(2)}× (meilleures exécutions)`);
  checks.push(
    [`build ≤ 1,5× plancher, meilleures exécutions (${bestRatio.toFixed(2)}×)`, bestRatio <= 1.5],
    [`build < 60 s (médiane ${m('build').toFixed(1)} s)`, m('build') < 60],
    [`contenu ≤ 3 s (médiane ${m('content').toFixed(2)} s)`, m('content') <= 3],
    [`pic RSS ≤ 1,5 Go (médiane ${m('buildRss').toFixed(0)} Mo)`, m('buildRss') <= 1536],
  );
}
if (has('rebuild')) {
  // Issue 28: a rebuild does not pay for removing the previous site.
  const rebuildRatio = m('rebuild') / m('emptyBuild');
  console.log(`reconstruction / dossier vide : ${rebuildRatio.toFixed(2)}× (médianes)`);
  checks.push([`reconstruction ≤ 1,1× dossier vide, médianes (${rebuildRatio.toFixed(2)}×)`, rebuildRatio <= 1.1]);
}
if (has('searchPageKB')) {
  // Search targets of issues 13 and 28 (medians, loopback): both paths to the first result.
  checks.push(
    [`depuis l’entête ≤ 205 Ko avant résultats (médiane ${m('headerKB').toFixed(1)} Ko)`, m('headerKB') <= 205],
    [`depuis l’entête ≤ 300 ms jusqu'au premier résultat (médiane ${m('headerMs').toFixed(0)} ms)`, m('headerMs') <= 300],
    [`1re requête saisie ≤ 205 Ko avant résultats (médiane ${m('query1KB').toFixed(1)} Ko)`, m('query1KB') <= 205],
    [`1re requête saisie ≤ 300 ms jusqu'au premier résultat (médiane ${m('query1Ms').toFixed(0)} ms)`, m('query1Ms') <= 300],
    [`2e requête ≤ 30 Ko avant résultats (médiane ${m('query2KB').toFixed(1)} Ko)`, m('query2KB') <= 30],
  );
}
console.log('\nObjectifs :');
for (const [label, ok] of checks) console.log(`  ${ok ? 'tenu   ' : 'MANQUÉ '} ${label}`);
