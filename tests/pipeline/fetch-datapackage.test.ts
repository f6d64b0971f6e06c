/**
 * Issue 30: sources:fetch downloads the ANSM Open Data package (a zip) from a configurable address,
 * checks it as the build reads it, and dates it by its descriptor or the portal's metadata, never
 * by the download day. The build then reads the snapshot with those dates.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SnapshotError, fetchSnapshot } from '../../scripts/fetch/fetch-snapshot.ts';
import { type OfficialSource, datapackageSource } from '../../scripts/fetch/official-sources.ts';
import { buildContent } from '../../scripts/lib/content-step/pipeline.ts';
import { demoDir, projectRoot, scratch } from '../helpers/sources.ts';
import { zipFolder } from '../helpers/zip.ts';

const LAST_MODIFIED = 'Tue, 13 Jan 2026 08:00:00 GMT';
let server: Server;
let base: string;
let routes: Map<string, (request: IncomingMessage, response: ServerResponse) => void>;
const serve = (body: Buffer | string, type: string) => (_: IncomingMessage, response: ServerResponse) =>
  response.writeHead(200, { 'content-type': type, 'last-modified': LAST_MODIFIED }).end(body);

beforeAll(async () => {
  server = createServer((request, response) => {
    const handler = routes.get(new URL(request.url ?? '/', 'http://x').pathname);
    if (handler) handler(request, response);
    else response.writeHead(404, { 'content-type': 'text/html' }).end('<html>Introuvable</html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let work: ReturnType<typeof scratch>;
/** The demo package alone (descriptor and CSVs), editable before zipping. */
let packageDir: string;
const zipped = () => Buffer.from(zipFolder(packageDir));
beforeEach(() => {
  work = scratch('fetch-package');
  packageDir = join(work.dir, 'package');
  cpSync(join(projectRoot, 'data', 'demo-datapackage'), packageDir, { recursive: true });
  for (const name of readdirSync(packageDir)) if (!name.endsWith('.csv') && name !== 'datapackage.json') rmSync(join(packageDir, name));
  routes = new Map();
  for (const file of ['CIS_MITM.txt', 'CIS_CIP_Dispo_Spec.txt']) routes.set(`/bdpm/${file}`, serve(readFileSync(join(demoDir, file)), 'text/plain'));
});
afterEach(() => work.cleanup());

const sources = (): OfficialSource[] => [
  datapackageSource(`${base}/api/1/datasets/r/paquet`, `${base}/api/2/datasets/resources/paquet/`),
  ...['CIS_MITM.txt', 'CIS_CIP_Dispo_Spec.txt'].map((file) => ({ file, kind: 'bdpm' as const, url: `${base}/bdpm/${file}` })),
];
const run = () =>
  fetchSnapshot({
    outRoot: join(work.dir, 'sources'),
    date: '2026-09-20',
    sources: sources(),
    download: { timeoutMs: 2_000, retries: 1, backoffMs: 10 },
    now: () => new Date('2026-09-20T10:00:00Z'),
  });
const editDescriptor = (edit: (descriptor: Record<string, unknown>) => void) => {
  const descriptor = JSON.parse(readFileSync(join(packageDir, 'datapackage.json'), 'utf8'));
  edit(descriptor);
  writeFileSync(join(packageDir, 'datapackage.json'), JSON.stringify(descriptor));
};

describe('sources:fetch with the datapackage', () => {
  it('downloads the zip, dates it by its descriptor, and the build reads the snapshot with that date', async () => {
    editDescriptor((descriptor) => {
      descriptor.created = '2026-09-15T06:00:00Z';
    });
    routes.set('/api/1/datasets/r/paquet', serve(zipped(), 'application/zip'));
    const { dir, manifest } = await run();
    expect(manifest.files['ansm-open-data.zip']).toMatchObject({
      url: `${base}/api/1/datasets/r/paquet`,
      published: { date: '2026-09-15', how: 'package-created' },
    });
    expect(manifest.files['ansm-open-data.zip'].rows).toBe(223);
    await buildContent({ root: projectRoot, sourcesFlag: dir, outDir: join(work.dir, 'content') });
    const built = JSON.parse(readFileSync(join(work.dir, 'content', 'manifest.json'), 'utf8')).sources;
    expect(built.find((source: { file: string }) => source.file === 'ansm-open-data.zip/specialite.csv')).toMatchObject({
      id: 'medicines',
      date: '2026-09-15',
      dateHow: 'package-created',
      originUrl: `${base}/api/1/datasets/r/paquet`,
    });
  });

  it('without a date in the descriptor, takes the portal metadata, else the Last-Modified, never the download day', async () => {
    editDescriptor((descriptor) => {
      delete descriptor.created;
    });
    routes.set('/api/1/datasets/r/paquet', serve(zipped(), 'application/zip'));
    routes.set('/api/2/datasets/resources/paquet/', serve(JSON.stringify({ resource: { last_modified: '2026-09-10T12:30:00+00:00' } }), 'application/json'));
    expect((await run()).manifest.files['ansm-open-data.zip'].published).toEqual({ date: '2026-09-10', how: 'last-modified' });
    rmSync(join(work.dir, 'sources'), { recursive: true });
    routes.delete('/api/2/datasets/resources/paquet/');
    expect((await run()).manifest.files['ansm-open-data.zip'].published).toEqual({ date: '2026-01-13', how: 'last-modified' });
  });

  it('refuses a package whose CSV does not match what the site needs, naming resource and field; no snapshot is written', async () => {
    writeFileSync(
      join(packageDir, 'presentation.csv'),
      readFileSync(join(packageDir, 'presentation.csv'), 'utf8').replace('cis,cip,cip7', 'cis,code_cip,cip7'),
    );
    routes.set('/api/1/datasets/r/paquet', serve(zipped(), 'application/zip'));
    const error = await run().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SnapshotError);
    expect((error as SnapshotError).failures.join('\n')).toMatch(
      /ansm-open-data\.zip : .*presentation\.csv, ligne 1, colonne « cip ».*colonne « cip » absente de l'en-tête/,
    );
    expect(existsSync(join(work.dir, 'sources', '2026-09-20'))).toBe(false);
  });

  it('refuses an HTML page served in place of the zip', async () => {
    routes.set('/api/1/datasets/r/paquet', serve('<!doctype html><p>Maintenance</p>', 'text/html'));
    const error = await run().catch((caught: unknown) => caught);
    expect((error as SnapshotError).failures.join('\n')).toMatch(/ansm-open-data\.zip : une page HTML a été servie à la place du paquet/);
  });
});
