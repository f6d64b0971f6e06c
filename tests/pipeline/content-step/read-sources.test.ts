import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/lib/content-step/read-sources.ts';
import { readSourceOrigins } from '../../../scripts/lib/content-step/source-origins.ts';
import { SourceError } from '../../../scripts/lib/problems.ts';
import { DEMO_MARKER, locateSources } from '../../../scripts/lib/sources-dir.ts';
import { copyOfDemo, demoDir, scratch } from '../../helpers/sources.ts';

let work: ReturnType<typeof scratch>;
beforeEach(() => {
  work = scratch('read-sources');
});
afterEach(() => work.cleanup());

describe('readSources (reading stage)', () => {
  it('parses, dates and accounts for every recognised file of the folder', async () => {
    const folder = locateSources(demoDir, demoDir, undefined);
    const { inputs, files, report } = await readSources(folder);
    expect(files.map((file) => file.file)).toEqual(Object.values(folder.files));
    expect(Object.keys(inputs).sort()).toEqual(Object.keys(folder.files).sort());
    const bdpm = files.find((file) => file.id === 'medicines')!;
    expect(bdpm).toMatchObject({ file: 'CIS_bdpm.txt', date: '2025-07-15', dateHow: 'demo', originUrl: null, encoding: 'windows-1252', demo: true });
    const bytes = readFileSync(join(demoDir, 'CIS_bdpm.txt'));
    expect(bdpm).toMatchObject({ size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(report).toMatchObject({ sourcesDir: demoDir, demo: true, unused: folder.unused });
    for (const account of report.accounts) expect(account.kept + account.rejected + account.duplicates, account.file).toBe(account.read);
    expect(report.accounts.find((account) => account.id === 'retrocession')).toMatchObject({ sheet: expect.any(String), unknownHeaders: [] });
  });

  it('gives a real BDPM file its download address, and what sources:fetch recorded when it did', async () => {
    const sources = copyOfDemo(work.dir);
    rmSync(join(sources, DEMO_MARKER));
    const published = { date: '2025-07-04', how: 'page-update' };
    writeFileSync(join(sources, 'manifest.json'), JSON.stringify({ files: { 'liste-mitm.xlsx': { url: 'https://ansm.sante.fr/mitm.xlsx', published } } }));
    const { files, report } = await readSources(locateSources(sources, sources, undefined));
    expect(report.demo).toBe(false);
    expect(files.find((file) => file.file === 'CIS_MITM.txt')).toMatchObject({
      originUrl: 'https://base-donnees-publique.medicaments.gouv.fr/telechargement.php?fichier=CIS_MITM.txt',
      demo: false,
    });
    expect(files.find((file) => file.file === 'liste-mitm.xlsx')).toMatchObject({
      originUrl: 'https://ansm.sante.fr/mitm.xlsx',
      date: '2025-07-04',
      dateHow: 'page-update',
    });
  });
});

describe('readSourceOrigins', () => {
  it('stops on a description file it cannot read, naming it', () => {
    writeFileSync(join(work.dir, 'manifest.json'), JSON.stringify({ files: { 'x.txt': { url: 'pas une adresse' } } }));
    const error = (() => {
      try {
        readSourceOrigins(work.dir);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).location).toEqual({ file: join(work.dir, 'manifest.json') });
    expect((error as Error).message).toContain('fichier de description illisible');
  });

  it('reads nothing from a folder with neither a demo marker nor a description', () => {
    expect(readSourceOrigins(work.dir)).toEqual({ demo: false, demoDate: null, fetched: {} });
  });
});
