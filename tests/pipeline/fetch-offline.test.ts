import { execFile } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { officialSources } from '../../scripts/fetch/official-sources.ts';
import { projectRoot, scratch } from '../helpers/sources.ts';

const run = promisify(execFile);

/** The official list with every address moved to `base`: same files, same address forms, no outside host. */
function sourcesAt(base: string) {
  const moved = (url: string) => {
    const { pathname, search } = new URL(url);
    return `${base}${pathname}${search}`;
  };
  return officialSources.map((source) => ({
    ...source,
    url: moved(source.url),
    ...(source.alternatives ? { alternatives: source.alternatives.map(moved) } : {}),
  }));
}

/** `npm run sources:fetch` with its default timeouts and retries, as a maintainer runs it; timed. */
async function fetchWith(base: string, work: string) {
  const config = join(work, 'sources.json');
  writeFileSync(config, JSON.stringify(sourcesAt(base)));
  const started = performance.now();
  const result = await run(process.execPath, ['scripts/fetch-sources.ts', '--out', join(work, 'sources'), '--config', config, '--date', '2026-01-28'], {
    cwd: projectRoot,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

let work: ReturnType<typeof scratch>;
beforeEach(() => {
  work = scratch('fetch-offline');
});
afterEach(() => work.cleanup());

describe('sources:fetch without network', () => {
  it('fails at once on a host unknown to the DNS, with the cause, without retrying, and leaves nothing behind', async () => {
    const { code, stdout, stderr, seconds } = await fetchWith('http://nonexistent.invalid', work.dir);
    expect(code).toBe(1);
    expect(seconds).toBeLessThan(30);
    expect(stderr).toMatch(
      /CIS_bdpm\.txt : http:\/\/nonexistent\.invalid\/download\/file\/CIS_bdpm\.txt : (ENOTFOUND \(getaddrinfo ENOTFOUND nonexistent\.invalid\) : nom d'hôte inconnu du DNS|EAI_AGAIN \(.*\) : résolution DNS impossible)/,
    );
    expect(stderr).toMatch(
      /liste-mitm\.xlsx : http:\/\/nonexistent\.invalid\/documents\/reference\/.* : non tenté : nonexistent\.invalid injoignable \((ENOTFOUND|EAI_AGAIN)/,
    );
    expect(stderr).toContain('Dossier de travail');
    expect(stderr).toContain("supprimé : rien n'est resté.");
    expect(stdout).not.toContain('nouvel essai');
    expect(readdirSync(work.dir)).toEqual(['sources.json']);
  }, 60_000);

  it('fails at once on a closed port, with the cause, and leaves nothing behind', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));

    const { code, stdout, stderr, seconds } = await fetchWith(`http://127.0.0.1:${port}`, work.dir);
    expect(code).toBe(1);
    expect(seconds).toBeLessThan(30);
    expect(stderr).toContain(
      `CIS_bdpm.txt : http://127.0.0.1:${port}/download/file/CIS_bdpm.txt : ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:${port}) : connexion refusée : aucun serveur n'écoute à cette adresse et ce port ; non réessayé`,
    );
    expect(stderr).toContain(`CIS_MITM.txt : http://127.0.0.1:${port}/download/file/CIS_MITM.txt : non tenté : 127.0.0.1:${port} injoignable (ECONNREFUSED`);
    expect(stdout).not.toContain('nouvel essai');
    expect(readdirSync(work.dir)).toEqual(['sources.json']);
  }, 60_000);
});
