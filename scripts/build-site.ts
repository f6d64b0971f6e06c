/**
 * The whole build: content step, Astro, Pagefind. The site is built into a staging
 * folder and swapped into place only when every step succeeded, so a failed build
 * leaves the previous content/data/ and dist/ as they were.
 *
 * Usage: node scripts/build-site.ts [--sources <dir>] [--out <dir>] [--content <dir>] [--strict] [--accept-changes] [--allow-older-snapshot]
 *        [--timings <file.json>]   (phase durations, for `npm run bench`)
 * (SOURCES_DIR works like --sources.)
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { getPriority, setPriority } from 'node:os';
import type { Medicine } from '../src/lib/content/medicine.ts';
import type { HistoryStory } from './lib/content-report.ts';
import { recordHistory } from './lib/history/history-store.ts';
import { historyOutcome } from './lib/print-report.ts';
import { addMedicineDocuments, addOtherPages, closeSearchIndex, missingMedicinePages, openSearchIndex, writeSearchIndex } from './lib/search/search-index.ts';
import { lockFolders, whenInterrupted } from './lib/run-lock.ts';
import { chooseSources, snapshotsFolderOf } from './lib/sources-dir.ts';
import { removeInBackground, replaceFolder, stagingFolderFor } from './lib/write-atomically.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    sources: { type: 'string' },
    out: { type: 'string' },
    content: { type: 'string' },
    strict: { type: 'boolean', default: false },
    'accept-changes': { type: 'boolean', default: false },
    'allow-older-snapshot': { type: 'boolean', default: false },
    timings: { type: 'string' },
  },
});
const outDir = resolve(values.out ?? join(root, 'dist'));
const contentDir = resolve(values.content ?? join(root, 'content', 'data'));
const sources = values.sources ?? (process.env.SOURCES_DIR || undefined);
try {
  // Everything this build writes: the site, the content, and the snapshots' history.json.
  const snapshots = snapshotsFolderOf(chooseSources(root, sources, undefined).dir);
  lockFolders([outDir, contentDir, ...(snapshots ? [snapshots] : [])]);
} catch (error) {
  console.error(`Construction non lancée ; rien n'a été modifié.\n${(error as Error).message}`);
  process.exit(1);
}

/**
 * Each heavy step runs in its own process, so that its memory is given back when it ends.
 * The child prints its own report and errors; a failure stops the build.
 */
function startStep(what: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  // A build stopped by a signal stops its steps too: none may write on after its locks are gone.
  whenInterrupted(() => child.kill());
  const finished = new Promise<void>((done, fail) => child.on('close', (code) => (code === 0 ? done() : fail(new Error(`${what} a échoué (code ${code})`)))));
  // Awaited later; a failure before then must not count as unhandled.
  finished.catch(() => undefined);
  const stop = async () => {
    child.kill();
    await finished.catch(() => undefined);
  };
  return { finished, stop };
}

/** A nice value for the search indexing: below Astro's priority, which stays the build's own. */
const BACKGROUND_NICE = 10;

/** Best effort: lowering one's own priority is always allowed, but never worth failing a build for. */
function yieldToAstro(): void {
  try {
    setPriority(Math.max(getPriority(), BACKGROUND_NICE));
  } catch {
    // Left at the build's priority: only slower.
  }
}

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

/** The site is already in place: a failure here must not claim otherwise. Rebuilding recomputes the same change set. */
function recordSnapshotHistory(target: string, story: HistoryStory): void {
  try {
    recordHistory(contentDir, target);
    console.log(historyOutcome(target, story));
  } catch (error) {
    console.error(
      `Site et contenu remplacés, mais l'historique des listes n'a pas pu être écrit dans ${target} : ${(error as Error).message}. Relancer npm run build.`,
    );
    process.exitCode = 1;
  }
}

const timings: Record<string, number> = {};
async function phase<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  timings[name] = (performance.now() - started) / 1000;
  return result;
}

// Content and site are both built aside and swapped in together at the end.
const staging = stagingFolderFor(outDir);
const contentStagingRoot = stagingFolderFor(contentDir);
const contentStaging = join(contentStagingRoot, 'data');
const pendingHistory = join(contentStagingRoot, 'pending-history.json');
let astro: ReturnType<typeof startStep> | undefined;
try {
  await phase(
    'content',
    () =>
      startStep("l'étape de contenu", [
        // A larger young generation: the step allocates many short-lived rows (about 0.4 s less on the real files).
        '--max-semi-space-size=32',
        'scripts/build-content.ts',
        '--out',
        contentStaging,
        '--pending-history',
        pendingHistory,
        ...(sources ? ['--sources', sources] : []),
        ...(values.strict ? ['--strict'] : []),
        ...(values['accept-changes'] ? ['--accept-changes'] : []),
        ...(values['allow-older-snapshot'] ? ['--allow-older-snapshot'] : []),
      ]).finished,
  );

  // Pagefind indexes the medicine documents while Astro renders the pages. Astro, the longer
  // of the two, is started first; then this process lowers its priority, and so that of the
  // Pagefind process it starts next, so that the indexing takes the CPU time Astro leaves.
  astro = startStep('la construction Astro', [astroBin, 'build', '--outDir', staging, '--silent'], { CONTENT_DIR: contentStaging });
  const rendering = phase('astro', () => astro!.finished);
  yieldToAstro();
  const indexing = phase('pagefindMedicines', async () => {
    const medicines = JSON.parse(readFileSync(join(contentStaging, 'medicines.json'), 'utf8')) as Medicine[];
    const index = await openSearchIndex();
    await addMedicineDocuments(index, medicines);
    return { index, medicines };
  });
  try {
    // The first failure stops the other side, and is the one reported.
    let failure: unknown;
    rendering.catch((error) => {
      failure ??= error;
      void closeSearchIndex();
    });
    indexing.catch((error) => {
      failure ??= error;
      void astro!.stop();
    });
    await Promise.allSettled([rendering, indexing]);
    if (failure) throw failure;
    const { index, medicines } = await indexing;
    console.log(`Pagefind : ${medicines.length} fiches indexées pendant la construction Astro (${timings.pagefindMedicines.toFixed(1)} s)`);
    await phase('pagefind', async () => {
      const missing = missingMedicinePages(staging, medicines);
      if (missing.length > 0) throw new Error(`Pagefind : ${missing.length} fiches indexées sans page construite (${missing.slice(0, 3).join(', ')}…)`);
      const started = performance.now();
      const others = await addOtherPages(index, staging, medicines);
      const added = performance.now();
      await writeSearchIndex(index, join(staging, 'pagefind'));
      const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
      console.log(`Pagefind : ${others} autres pages à indexer ajoutées (${seconds(started, added)} s), index écrit (${seconds(added, performance.now())} s)`);
    });
  } finally {
    await closeSearchIndex();
  }
  const { target, story } = JSON.parse(readFileSync(pendingHistory, 'utf8')) as { target: string | null; story: HistoryStory };
  await phase('swap', async () => {
    replaceFolder(contentStaging, contentDir);
    // The previous site is removed after this process: its 16 000 folders cost seconds of disk the build need not wait for.
    replaceFolder(staging, outDir, removeInBackground);
  });
  // Only now, with the site in place, does the snapshots' change history grow.
  if (target) recordSnapshotHistory(target, story);
  else console.log(historyOutcome(null, story));
  console.log(
    `Site écrit dans ${outDir} — contenu ${timings.content.toFixed(1)} s, Astro ${timings.astro.toFixed(1)} s (fiches indexées en même temps : ${timings.pagefindMedicines.toFixed(1)} s), Pagefind ensuite ${timings.pagefind.toFixed(1)} s, remplacement ${timings.swap.toFixed(1)} s`,
  );
  rmSync(dirname(contentStaging), { recursive: true, force: true });
  if (values.timings) writeFileSync(values.timings, `${JSON.stringify(timings)}\n`);
} catch (error) {
  // Nothing may still be writing into the staging folder when it is removed.
  await astro?.stop();
  rmSync(staging, { recursive: true, force: true });
  rmSync(dirname(contentStaging), { recursive: true, force: true });
  console.error(`Échec de la construction ; content/data et ${outDir} sont inchangés.\n${(error as Error).message}`);
  process.exitCode = 1;
}
