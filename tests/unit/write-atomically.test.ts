import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeInBackground, replaceFolder, setAsideFolders, stagingFolderFor } from '../../scripts/lib/write-atomically.ts';
import { scratch } from '../helpers/sources.ts';

function folderWith(path: string, text: string, subfolders = 0): string {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'index.html'), text);
  for (let n = 0; n < subfolders; n++) {
    mkdirSync(join(path, `page-${n}`));
    writeFileSync(join(path, `page-${n}`, 'index.html'), text);
  }
  return path;
}

async function until(done: () => boolean, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!done()) {
    if (Date.now() - started > timeoutMs) throw new Error('still not done');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('replaceFolder', () => {
  let work: ReturnType<typeof scratch>;
  let site: string;
  beforeEach(() => {
    work = scratch('write-atomically');
    site = folderWith(join(work.dir, 'site'), 'previous site', 200);
  });
  afterEach(() => work.cleanup());

  it('puts the new folder in place at once and removes the previous one after, in another process', async () => {
    const staging = folderWith(stagingFolderFor(site), 'new site');
    replaceFolder(staging, site, removeInBackground);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('new site');
    expect(existsSync(staging)).toBe(false);
    await until(() => setAsideFolders(site).length === 0);
    expect(readdirSync(work.dir)).toEqual(['site']);
  });

  it('removes a previous folder whose removal did not finish, at the next replacement', () => {
    const leftover = folderWith(join(work.dir, '.site.old-999999'), 'an older site', 3);
    expect(setAsideFolders(site)).toEqual([leftover]);
    replaceFolder(folderWith(stagingFolderFor(site), 'new site'), site);
    expect(readdirSync(work.dir)).toEqual(['site']);
  });

  it('leaves the previous folder whole when the new one cannot be put in place', () => {
    expect(() => replaceFolder(join(work.dir, 'absent'), site, removeInBackground)).toThrow();
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(site)).toHaveLength(201);
    expect(readdirSync(work.dir)).toEqual(['site']);
  });
});
