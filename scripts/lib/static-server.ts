/**
 * A small static file server on 127.0.0.1 for browser tests and benchmarks: serves a
 * built site the way a static host does (index.html for folders, 404.html when present,
 * text compressed with gzip when the browser accepts it, validators so that a browser
 * revalidates what it has instead of fetching it again, and Astro's content-named files
 * kept for good), so that a visit going from page to page is measured as it happens.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

function resolveFile(root: string, pathname: string): string | null {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let path = join(root, safe);
  if (!path.startsWith(root)) return null;
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  return existsSync(path) && statSync(path).isFile() ? path : null;
}

/** Astro names the files it bundles by their content: they never change under one name. */
const cacheControlOf = (pathname: string) => (pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');

/** Types a static host compresses; Pagefind's index files are already gzip. */
const compressible = new Set(['.html', '.js', '.css', '.json', '.xml', '.csv', '.svg', '.txt']);

export async function serveStatic(root: string, port = 0): Promise<RunningServer> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = resolveFile(root, pathname);
    const notFound = join(root, '404.html');
    const [status, path] = file ? [200, file] : [404, existsSync(notFound) ? notFound : null];
    if (!path) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream' };
    if (status === 200) {
      const { size, mtimeMs } = statSync(path);
      // Weak: the same file is sent gzipped or not.
      const validators = {
        etag: `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`,
        'cache-control': cacheControlOf(pathname),
        vary: 'accept-encoding',
      };
      if (request.headers['if-none-match'] === validators.etag) {
        response.writeHead(304, validators).end();
        return;
      }
      Object.assign(headers, validators);
    }
    let body: Buffer = readFileSync(path);
    if (compressible.has(extname(path)) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      if (!gzipped.has(path)) gzipped.set(path, gzipSync(body));
      body = gzipped.get(path)!;
      headers['content-encoding'] = 'gzip';
    }
    // As a static host does; the bench reads it where Chromium reports no body size (a worker's script).
    headers['content-length'] = String(body.length);
    response.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
