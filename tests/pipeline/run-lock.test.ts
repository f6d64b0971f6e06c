import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDemoDataset } from '../../scripts/demo/demo-dataset.ts';
import { writeDemoFiles } from '../../scripts/demo/generate-demo-sources.ts';
import { demoDir, projectRoot, scratch } from '../helpers/sources.ts';

const run = promisify(execFile);
const SNAPSHOT = '2025-07-15';

/** A script run to its end: exit code and console. */
const finished = (script: string, args: string[]) =>
  run(process.execPath, [script, ...args], { cwd: projectRoot }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

function started(script: string, args: string[]): { child: ChildProcess; exit: Promise<{ code: number | null; signal: string | null }> } {
  const child = spawn(process.execPath, [script, ...args], { cwd: projectRoot, stdio: 'ignore' });
  return { child, exit: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))) };
}

async function appears(path: string, within = 60_000): Promise<void> {
  const until = Date.now() + within;
  while (!existsSync(path)) {
    if (Date.now() > until) throw new Error(`${path} n'est pas apparu`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const locksIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.lock'));

const work = scratch('run-lock');
const snapshots = join(work.dir, 'sources');
afterAll(() => work.cleanup());
beforeAll(async () => {
  await writeDemoFiles(join(snapshots, SNAPSHOT), currentDemoDataset, SNAPSHOT);
});

describe('one build or fetch at a time', () => {
  it('stops a second build and a fetch started while a build runs, naming it; the first ends normally and leaves no lock', async () => {
    const args = ['--sources', join(snapshots, SNAPSHOT), '--out', join(work.dir, 'dist'), '--content', join(work.dir, 'content')];
    const first = started('scripts/build-site.ts', args);
    await appears(join(work.dir, '.dist.lock'));

    const second = await finished('scripts/build-site.ts', args);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain("Construction non lancée ; rien n'a été modifié.");
    expect(second.stderr).toMatch(
      new RegExp(`une autre construction ou un autre téléchargement écrit déjà dans .* : pid ${first.child.pid}, « node scripts/build-site\\.ts --sources`),
    );
    expect(second.stderr).toContain('Attendre sa fin, puis relancer');

    // The snapshots folder is locked too: the build writes its history.json there.
    const config = join(work.dir, 'sources.json');
    writeFileSync(config, JSON.stringify([{ file: 'CIS_bdpm.txt', kind: 'bdpm', url: 'http://nonexistent.invalid/CIS_bdpm.txt' }]));
    const fetch = await finished('scripts/fetch-sources.ts', ['--out', snapshots, '--config', config]);
    expect(fetch.code).toBe(1);
    expect(fetch.stderr).toContain(
      `Téléchargement non lancé ; rien n'a été modifié.\nune autre construction ou un autre téléchargement écrit déjà dans ${snapshots} : pid ${first.child.pid}`,
    );

    expect(await first.exit).toEqual({ code: 0, signal: null });
    expect(locksIn(work.dir)).toEqual([]);
    expect(existsSync(join(snapshots, 'history.json'))).toBe(false);
  }, 180_000);

  it('releases its locks when stopped by a signal', async () => {
    const build = started('scripts/build-site.ts', [
      '--sources',
      demoDir,
      '--out',
      join(work.dir, 'signal-dist'),
      '--content',
      join(work.dir, 'signal-content'),
    ]);
    await appears(join(work.dir, '.signal-content.lock'));
    build.child.kill('SIGTERM');
    expect(await build.exit).toEqual({ code: 143, signal: null });
    expect(locksIn(work.dir)).toEqual([]);
  }, 120_000);

  it('takes over a lock left by a process that no longer exists, and says so', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const lock = join(work.dir, '.stale-content.lock');
    const owner = { pid: gone, host: hostname(), startedAt: '2026-01-28T09:00:00.000Z', command: 'npm run content (node scripts/build-content.ts)' };
    writeFileSync(lock, JSON.stringify(owner));
    const content = await finished('scripts/build-content.ts', ['--sources', demoDir, '--out', join(work.dir, 'stale-content')]);
    expect(content.code).toBe(0);
    expect(content.stdout).toContain(
      `verrou abandonné repris : ${lock} (pid ${gone}, « npm run content (node scripts/build-content.ts) », lancée le 2026-01-28T09:00:00.000Z, ne tourne plus ; arrêt brutal ?)`,
    );
    expect(existsSync(lock)).toBe(false);
  });
});
