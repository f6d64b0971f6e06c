/**
 * Builds a site once and serves it on 127.0.0.1 for the browser tests: the demo set for
 * the `browser` project, the real BDPM snapshot for `browser-real`. Set TEST_SITE_DIR to
 * test an already built site instead.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { demoDir, projectRoot, realSnapshotDir, realSnapshotPresent } from '../helpers/sources.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
  }
}

/** Test builds are built as if for publication at this address (SITE_URL). */
export const TEST_SITE_URL = 'https://regimes-medicaments.test';

export function buildSite(sources: string, name: string, strict: boolean): string {
  const siteDir = join(projectRoot, '.build', `${name}-site`);
  execFileSync(
    process.execPath,
    ['scripts/build-site.ts', ...(strict ? ['--strict'] : []), '--sources', sources, '--out', siteDir, '--content', join(projectRoot, '.build', `${name}-content`)],
    { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_URL: TEST_SITE_URL } },
  );
  return siteDir;
}

async function serve(project: TestProject, siteDir: string) {
  const server = await serveStatic(siteDir);
  project.provide('baseUrl', server.url);
  project.provide('siteDir', siteDir);
  return () => server.close();
}

export default async function setup(project: TestProject) {
  if (project.name === 'browser-real') {
    if (!realSnapshotPresent('tests navigateur sur données réelles')) return undefined;
    return serve(project, process.env.TEST_REAL_SITE_DIR ?? buildSite(realSnapshotDir, 'test-real', false));
  }
  return serve(project, process.env.TEST_SITE_DIR ?? buildSite(demoDir, 'test-demo', true));
}
