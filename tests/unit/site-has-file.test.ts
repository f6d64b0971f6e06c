/** The link checks on built sites count a folder as a page only with its index.html. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { siteHasFile } from '../helpers/site-files.ts';
import { scratch } from '../helpers/sources.ts';

const site = scratch('site-has-file');
afterAll(site.cleanup);

it('requires the file a link points to', () => {
  mkdirSync(join(site.dir, 'listes', 'vide'), { recursive: true });
  mkdirSync(join(site.dir, 'listes', 'mitm'), { recursive: true });
  writeFileSync(join(site.dir, 'listes', 'mitm', 'index.html'), '<!doctype html>');
  writeFileSync(join(site.dir, 'liste mitm.csv'), 'a;b');
  expect(siteHasFile(site.dir, '/listes/mitm/')).toBe(true);
  expect(siteHasFile(site.dir, '/listes/vide/')).toBe(false);
  expect(siteHasFile(site.dir, '/listes/')).toBe(false);
  expect(siteHasFile(site.dir, '/liste%20mitm.csv')).toBe(true);
  expect(siteHasFile(site.dir, '/absent.csv')).toBe(false);
});
