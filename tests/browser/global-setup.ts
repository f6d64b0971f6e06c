/**
 * Builds the demo site once into .build/test-site and serves it on 127.0.0.1 for the
 * browser tests. Set TEST_SITE_DIR to test an already built site instead (e.g. the
 * real-data build).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { projectRoot } from '../helpers/sources.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  let siteDir = process.env.TEST_SITE_DIR;
  if (!siteDir) {
    siteDir = join(projectRoot, '.build', 'test-site');
    execFileSync(
      process.execPath,
      ['scripts/build-site.ts', '--strict', '--sources', join(projectRoot, 'data', 'demo'), '--out', siteDir, '--content', join(projectRoot, '.build', 'test-content')],
      { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  const server = await serveStatic(siteDir);
  project.provide('baseUrl', server.url);
  project.provide('siteDir', siteDir);
  return () => server.close();
}
