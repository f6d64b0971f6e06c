import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { scratch } from '../helpers/sources.ts';

describe('serveStatic', () => {
  const { dir, cleanup } = scratch('static-server');
  let server: RunningServer;
  beforeAll(async () => {
    mkdirSync(join(dir, '_astro'));
    mkdirSync(join(dir, 'page'));
    writeFileSync(join(dir, '_astro', 'Base.abc123.css'), 'body { margin: 0; }');
    writeFileSync(join(dir, 'page', 'index.html'), '<!doctype html><title>Page</title>');
    server = await serveStatic(dir);
  });
  afterAll(async () => {
    await server.close();
    cleanup();
  });

  it('answers a revalidation of an unchanged file with 304 and no body', async () => {
    const first = await fetch(`${server.url}/page/`);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('<title>Page</title>');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await fetch(`${server.url}/page/`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await fetch(`${server.url}/page/`, { headers: { 'if-none-match': 'W/"other"' } })).status).toBe(200);
  });

  it("lets browsers keep Astro's content-named files for good", async () => {
    const response = await fetch(`${server.url}/_astro/Base.abc123.css`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('states the length of the body it sends, gzip or not, as a static host does', async () => {
    // fetch() would decompress; the length is that of the bytes on the wire.
    const lengths = await Promise.all(
      ['gzip', 'identity'].map(
        (encoding) =>
          new Promise<[string | undefined, number]>((done, fail) => {
            request(`${server.url}/page/`, { headers: { 'accept-encoding': encoding } }, (response) => {
              let received = 0;
              response.on('data', (chunk: Buffer) => {
                received += chunk.length;
              });
              response.on('end', () => done([response.headers['content-length'], received]));
            })
              .on('error', fail)
              .end();
          }),
      ),
    );
    for (const [stated, received] of lengths) expect(stated).toBe(String(received));
    expect(lengths[1][1]).toBe('<!doctype html><title>Page</title>'.length);
  });

  it('sends no validator with a not-found page', async () => {
    const response = await fetch(`${server.url}/nowhere/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('etag')).toBeNull();
  });
});
