import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SnapshotError, fetchSnapshot } from '../../scripts/fetch/fetch-snapshot.ts';
import { type OfficialSource, officialSources } from '../../scripts/fetch/official-sources.ts';
import { buildContent } from '../../scripts/lib/content-step/pipeline.ts';
import { demoDir, projectRoot, scratch } from '../helpers/sources.ts';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const BDPM_FILES = [
  'CIS_bdpm.txt',
  'CIS_CIP_bdpm.txt',
  'CIS_COMPO_bdpm.txt',
  'CIS_CPD_bdpm.txt',
  'CIS_GENER_bdpm.txt',
  'CIS_MITM.txt',
  'CIS_CIP_Dispo_Spec.txt',
];
const XLSX = { retro: 'liste-retrocession.xlsx', mitm: 'liste-mitm.xlsx', ad: 'referentiel-acces-derogatoire.xlsx' } as const;
const LAST_MODIFIED = 'Tue, 13 Jan 2026 08:00:00 GMT';

/** Serves a file like a real host: Content-Length, ETag, Last-Modified and Range requests. */
function serveBytes(bytes: Buffer, type: string): Handler {
  return (request, response) => {
    const range = /^bytes=(\d+)-$/.exec(request.headers.range ?? '');
    const start = range ? Number(range[1]) : 0;
    const body = bytes.subarray(start);
    response.writeHead(range ? 206 : 200, {
      'content-type': type,
      'content-length': body.byteLength,
      etag: `"${createHash('md5').update(bytes).digest('hex')}"`,
      'last-modified': LAST_MODIFIED,
      ...(range ? { 'content-range': `bytes ${start}-${bytes.byteLength - 1}/${bytes.byteLength}` } : {}),
    });
    response.end(body);
  };
}

const referencePage = (href: string, updated?: string) => (_: IncomingMessage, response: ServerResponse) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  const date = updated ? `<p class="date">MIS À JOUR LE ${updated}</p>` : '';
  response.end(`<!doctype html><html><body>${date}<a href="/autre.pdf">PDF</a><a href="${href}">Télécharger le fichier (xlsx)</a></body></html>`);
};

let server: Server;
let base: string;
let routes: Map<string, Handler>;
let hits: Map<string, number>;
let rangeRequests: string[];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (request.headers.range) rangeRequests.push(path);
    const handler = routes.get(path);
    if (handler) handler(request, response);
    else response.writeHead(404, { 'content-type': 'text/html' }).end('<html>Introuvable</html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function defaultRoutes(): Map<string, Handler> {
  const table = new Map<string, Handler>();
  for (const file of BDPM_FILES) table.set(`/bdpm/${file}`, serveBytes(readFileSync(join(demoDir, file)), 'text/plain'));
  for (const [key, file] of Object.entries(XLSX)) {
    // Only the rétrocession page says when it was updated; the others fall back to Last-Modified.
    table.set(`/ansm/${key}`, referencePage(`/uploads/2026/${file.replace('.xlsx', '-v2.xlsx')}`, key === 'retro' ? '09/01/2026' : undefined));
    table.set(
      `/uploads/2026/${file.replace('.xlsx', '-v2.xlsx')}`,
      serveBytes(readFileSync(join(demoDir, file)), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    );
  }
  return table;
}

const sources = (): OfficialSource[] => [
  ...BDPM_FILES.map((file) => ({ file, kind: 'bdpm' as const, url: `${base}/bdpm/${file}` })),
  { file: XLSX.retro, kind: 'ansm-xlsx', url: `${base}/ansm/retro`, linkHint: 'retroc' },
  { file: XLSX.mitm, kind: 'ansm-xlsx', url: `${base}/ansm/mitm`, linkHint: 'mitm' },
  { file: XLSX.ad, kind: 'ansm-xlsx', url: `${base}/ansm/ad`, linkHint: 'derogatoire' },
];

let work: ReturnType<typeof scratch>;
beforeEach(() => {
  work = scratch('fetch');
  routes = defaultRoutes();
  hits = new Map();
  rangeRequests = [];
});
afterEach(() => work.cleanup());

const run = (date: string, timeoutMs = 2_000) =>
  fetchSnapshot({
    outRoot: work.dir,
    date,
    sources: sources(),
    download: { timeoutMs, retries: 3, backoffMs: 10 },
    now: () => new Date('2026-01-15T10:00:00Z'),
  });

const failureOf = async (date: string, timeoutMs?: number) => {
  const error = await run(date, timeoutMs).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(SnapshotError);
  return (error as SnapshotError).failures.join('\n');
};

describe('sources:fetch', () => {
  it('writes a dated snapshot with its manifest, which the build reads', async () => {
    const { dir, manifest } = await run('2026-01-15');
    expect(dir).toBe(join(work.dir, '2026-01-15'));
    expect(readdirSync(dir).sort()).toEqual([...BDPM_FILES, ...Object.values(XLSX), 'manifest.json'].sort());
    const retro = manifest.files[XLSX.retro];
    expect(retro).toMatchObject({ url: `${base}/uploads/2026/liste-retrocession-v2.xlsx`, page: `${base}/ansm/retro`, lastModified: LAST_MODIFIED, rows: 6 });
    expect(retro.published).toEqual({ date: '2026-01-09', how: 'page-update' });
    expect(manifest.files[XLSX.mitm].published).toEqual({ date: '2026-01-13', how: 'last-modified' });
    expect(retro.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(demoDir, XLSX.retro)))
        .digest('hex'),
    );
    expect(retro.etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(readdirSync(work.dir)).toEqual(['2026-01-15']);

    const report = await buildContent({ root: projectRoot, sourcesFlag: dir, outDir: join(work.dir, 'content') });
    const builtManifest = JSON.parse(readFileSync(join(work.dir, 'content', 'manifest.json'), 'utf8'));
    expect(report.accounts).toHaveLength(10);
    const built = (file: string) => builtManifest.sources.find((s: { file: string }) => s.file === file);
    expect(built('CIS_MITM.txt')).toMatchObject({ originUrl: `${base}/bdpm/CIS_MITM.txt`, date: '2026-01-13', dateHow: 'last-modified' });
    expect(built(XLSX.retro)).toMatchObject({ date: '2026-01-09', dateHow: 'page-update' });
  });

  it('records no publication date when the server gives none, and the build then dates the data by its content', async () => {
    const plain = readFileSync(join(demoDir, 'CIS_CIP_Dispo_Spec.txt'));
    routes.set('/bdpm/CIS_CIP_Dispo_Spec.txt', (_request, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end(plain));
    routes.set('/bdpm/CIS_MITM.txt', (_request, response) =>
      response.writeHead(200, { 'content-type': 'text/plain' }).end(readFileSync(join(demoDir, 'CIS_MITM.txt'))),
    );
    const { dir, manifest } = await run('2026-01-15');
    expect(manifest.files['CIS_CIP_Dispo_Spec.txt'].published).toBeNull();
    await buildContent({ root: projectRoot, sourcesFlag: dir, outDir: join(work.dir, 'content') });
    const builtManifest = JSON.parse(readFileSync(join(work.dir, 'content', 'manifest.json'), 'utf8'));
    const built = (file: string) => builtManifest.sources.find((s: { file: string }) => s.file === file);
    // The latest start or update date of the demo shortages, never the fetch day (15/01/2026).
    expect(built('CIS_CIP_Dispo_Spec.txt')).toMatchObject({ date: '2025-07-05', dateHow: 'latest-in-data' });
    // Nothing in CIS_MITM.txt is a date.
    expect(built('CIS_MITM.txt')).toMatchObject({ date: null, dateHow: 'unknown' });
  });

  it('fails on a 404 without retrying, and leaves the previous snapshot alone', async () => {
    await run('2026-01-15');
    const before = readFileSync(join(work.dir, '2026-01-15', 'manifest.json'), 'utf8');
    routes.delete('/bdpm/CIS_MITM.txt');
    hits = new Map();
    expect(await failureOf('2026-02-01')).toContain('CIS_MITM.txt : http://127.0.0.1');
    expect(hits.get('/bdpm/CIS_MITM.txt')).toBe(1);
    expect(existsSync(join(work.dir, '2026-02-01'))).toBe(false);
    expect(readFileSync(join(work.dir, '2026-01-15', 'manifest.json'), 'utf8')).toBe(before);
    // The files already checked are kept for a run of the same day; a run of another day removes them.
    expect(readdirSync(work.dir).sort()).toEqual(['.incoming-2026-02-01', '2026-01-15']);
    routes = defaultRoutes();
    await run('2026-02-02');
    expect(readdirSync(work.dir).sort()).toEqual(['2026-01-15', '2026-02-02']);
  });

  it('retries a server error with backoff', async () => {
    const good = routes.get('/bdpm/CIS_bdpm.txt')!;
    let calls = 0;
    routes.set('/bdpm/CIS_bdpm.txt', (request, response) => (++calls < 3 ? response.writeHead(500).end('panne') : good(request, response)));
    await run('2026-01-15');
    expect(calls).toBe(3);
  });

  it('gives up on a server that stays slow, and retries one that was slow once', async () => {
    const good = routes.get('/bdpm/CIS_CPD_bdpm.txt')!;
    let calls = 0;
    routes.set('/bdpm/CIS_CPD_bdpm.txt', (request, response) => {
      if (++calls === 1) setTimeout(() => good(request, response), 1_000);
      else good(request, response);
    });
    await run('2026-01-15', 300);
    expect(calls).toBe(2);

    routes.set('/bdpm/CIS_CPD_bdpm.txt', (request, response) => setTimeout(() => good(request, response), 1_000));
    expect(await failureOf('2026-01-16', 200)).toMatch(/CIS_CPD_bdpm\.txt : .*délai dépassé/);
  });

  it('resumes a truncated download with a Range request', async () => {
    const bytes = readFileSync(join(demoDir, 'CIS_CIP_bdpm.txt'));
    const good = routes.get('/bdpm/CIS_CIP_bdpm.txt')!;
    let calls = 0;
    routes.set('/bdpm/CIS_CIP_bdpm.txt', (request, response) => {
      if (++calls > 1) return good(request, response);
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': bytes.byteLength });
      response.write(bytes.subarray(0, 1000), () => response.destroy());
    });
    const { manifest } = await run('2026-01-15');
    expect(rangeRequests).toEqual(['/bdpm/CIS_CIP_bdpm.txt']);
    expect(manifest.files['CIS_CIP_bdpm.txt'].sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('rejects an HTML error page served in place of a file', async () => {
    routes.set('/uploads/2026/liste-mitm-v2.xlsx', (_, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><title>Maintenance</title>'),
    );
    expect(await failureOf('2026-01-15')).toContain('liste-mitm.xlsx : liste-mitm.xlsx: une page HTML a été servie à la place du fichier');
  });

  it('rejects a spreadsheet that does not open', async () => {
    routes.set('/uploads/2026/referentiel-acces-derogatoire-v2.xlsx', serveBytes(Buffer.from('PK\u0003\u0004 pas un classeur'), 'application/octet-stream'));
    expect(await failureOf('2026-01-15')).toMatch(/referentiel-acces-derogatoire\.xlsx : .*ne s'ouvre pas comme un classeur Excel/);
  });

  it('follows a link that moved (new name on the page, then a redirect)', async () => {
    const bytes = readFileSync(join(demoDir, XLSX.retro));
    routes.set('/ansm/retro', referencePage('/uploads/2026/02/nouvelle-liste-retrocession.xlsx'));
    routes.set('/uploads/2026/02/nouvelle-liste-retrocession.xlsx', (_, response) =>
      response.writeHead(301, { location: '/fichiers/retrocession-2026-02.xlsx' }).end(),
    );
    routes.set('/fichiers/retrocession-2026-02.xlsx', serveBytes(bytes, 'application/octet-stream'));
    const { manifest } = await run('2026-02-01');
    expect(manifest.files[XLSX.retro].url).toBe(`${base}/fichiers/retrocession-2026-02.xlsx`);
  });

  it('tries the BDPM address forms in order and records the one that answered', async () => {
    const [newer, older] = [(file: string) => `${base}/download/file/${file}`, (file: string) => `${base}/telechargement.php?fichier=${file}`];
    routes.set('/telechargement.php', (request, response) => {
      const file = new URL(request.url ?? '/', 'http://x').searchParams.get('fichier') ?? '';
      serveBytes(readFileSync(join(demoDir, file)), 'text/plain')(request, response);
    });
    // The newer form answers 404 (the server's default), or an HTML page for CIS_MITM.txt: the older one is asked next.
    routes.set('/download/file/CIS_MITM.txt', (_, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Service indisponible</p>'),
    );
    routes.set('/download/file/CIS_bdpm.txt', serveBytes(readFileSync(join(demoDir, 'CIS_bdpm.txt')), 'text/plain'));
    const bothForms = sources().map((source) => (source.kind === 'bdpm' ? { ...source, url: newer(source.file), alternatives: [older(source.file)] } : source));
    const { manifest } = await fetchSnapshot({
      outRoot: work.dir,
      date: '2026-01-28',
      sources: bothForms,
      download: { timeoutMs: 2_000, retries: 3, backoffMs: 10 },
    });
    expect(manifest.files['CIS_bdpm.txt']).toMatchObject({ requestedUrl: newer('CIS_bdpm.txt'), url: newer('CIS_bdpm.txt') });
    expect(manifest.files['CIS_MITM.txt']).toMatchObject({ requestedUrl: older('CIS_MITM.txt'), url: older('CIS_MITM.txt') });
    expect(manifest.files['CIS_CPD_bdpm.txt'].requestedUrl).toBe(older('CIS_CPD_bdpm.txt'));
    expect(hits.get('/download/file/CIS_CPD_bdpm.txt')).toBe(1);
    // Six files from the older form; CIS_bdpm.txt never asked for there.
    expect(hits.get('/telechargement.php')).toBe(6);
  });

  it('lists the newer BDPM address form first, the older one after it', () => {
    expect(officialSources.find((source) => source.file === 'CIS_bdpm.txt')).toEqual({
      file: 'CIS_bdpm.txt',
      kind: 'bdpm',
      url: 'https://base-donnees-publique.medicaments.gouv.fr/download/file/CIS_bdpm.txt',
      alternatives: ['https://base-donnees-publique.medicaments.gouv.fr/telechargement.php?fichier=CIS_bdpm.txt'],
    });
  });

  it('resumes a failed run: files already checked are not fetched again', async () => {
    routes.delete('/bdpm/CIS_bdpm.txt');
    await failureOf('2026-01-15');
    routes = defaultRoutes();
    hits = new Map();
    await run('2026-01-15');
    expect([...hits.keys()]).toEqual(['/bdpm/CIS_bdpm.txt']);
    expect(readdirSync(work.dir)).toEqual(['2026-01-15']);
  });
});
