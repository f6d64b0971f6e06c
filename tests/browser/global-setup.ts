/**
 * Builds a site once and serves it on 127.0.0.1 for the browser tests: the demo set for
 * the `browser` project, the real BDPM snapshot for `browser-real`, the January 2026
 * snapshot for `browser-real-2026-01` (the page audit and the history of the real pair), built
 * as the snapshot after July 2025 so that it carries their changes. Set TEST_SITE_DIR,
 * TEST_REAL_SITE_DIR or TEST_REAL_SITE_DIR_2026_01 to test an already built site instead.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { demoDir, januarySnapshotDir, projectRoot, realSnapshotDir, realSnapshotPresent } from '../helpers/sources.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
    /** The sources the served site was built from. */
    snapshotDir: string;
  }
}

/** Test builds are built as if for publication at this address (SITE_URL). */
export const TEST_SITE_URL = 'https://regimes-medicaments.test';

export function buildSite(sources: string, name: string, strict: boolean): string {
  const siteDir = join(projectRoot, '.build', `${name}-site`);
  execFileSync(
    process.execPath,
    [
      'scripts/build-site.ts',
      ...(strict ? ['--strict'] : []),
      '--sources',
      sources,
      '--out',
      siteDir,
      '--content',
      join(projectRoot, '.build', `${name}-content`),
    ],
    { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_URL: TEST_SITE_URL } },
  );
  return siteDir;
}

/** The real pair's snapshot dates, as `data/sources/` would name them. */
export const REAL_PAIR = { july: '2025-07-01', january: '2026-01-28' } as const;

/**
 * The two real snapshots built in order in a scratch snapshots folder: July's content step (a
 * first snapshot: nothing to compare), then January's whole site, compared with July.
 */
function buildRealPair(): { siteDir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'real-pair-'));
  // The snapshots folder holds only dated snapshots (and their history): the July content goes beside it.
  const snapshots = join(root, 'sources');
  cpSync(realSnapshotDir, join(snapshots, REAL_PAIR.july), { recursive: true });
  cpSync(januarySnapshotDir, join(snapshots, REAL_PAIR.january), { recursive: true });
  execFileSync(process.execPath, ['scripts/build-content.ts', '--sources', join(snapshots, REAL_PAIR.july), '--out', join(root, 'july-content')], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const siteDir = buildSite(join(snapshots, REAL_PAIR.january), 'test-real-2026-01', false);
  return { siteDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

async function serve(project: TestProject, siteDir: string, snapshotDir: string) {
  const server = await serveStatic(siteDir);
  project.provide('baseUrl', server.url);
  project.provide('siteDir', siteDir);
  project.provide('snapshotDir', snapshotDir);
  return () => server.close();
}

export default async function setup(project: TestProject) {
  if (project.name === 'browser-real') {
    if (!realSnapshotPresent('tests navigateur sur données réelles')) return undefined;
    return serve(project, process.env.TEST_REAL_SITE_DIR ?? buildSite(realSnapshotDir, 'test-real', false), realSnapshotDir);
  }
  if (project.name === 'browser-real-2026-01') {
    if (!realSnapshotPresent('audit des pages sur données réelles de janvier 2026', januarySnapshotDir)) return undefined;
    const given = process.env.TEST_REAL_SITE_DIR_2026_01;
    const pair = given ? null : buildRealPair();
    pair?.cleanup();
    return serve(project, given ?? pair!.siteDir, januarySnapshotDir);
  }
  return serve(project, process.env.TEST_SITE_DIR ?? buildSite(demoDir, 'test-demo', true), demoDir);
}
