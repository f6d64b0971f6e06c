/**
 * Downloads one address to a file with a timeout per attempt, retries with exponential
 * backoff, and resumption: bytes already in `<target>.part` are asked for again only if
 * the server does not honour a Range request.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';

export interface DownloadOptions {
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  log?: (message: string) => void;
}

export interface Downloaded {
  url: string;
  finalUrl: string;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  size: number;
  sha256: string;
}

export class DownloadError extends Error {
  readonly url: string;

  constructor(url: string, message: string) {
    super(`${url} : ${message}`);
    this.name = 'DownloadError';
    this.url = url;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Statuses worth another try; a 404 or 403 will not mend itself. */
const retryable = (status: number) => status === 408 || status === 429 || status >= 500;

async function attempt(url: string, part: string, options: DownloadOptions): Promise<Omit<Downloaded, 'size' | 'sha256'>> {
  const have = existsSync(part) ? statSync(part).size : 0;
  const response = await fetch(url, {
    headers: have > 0 ? { range: `bytes=${have}-` } : {},
    redirect: 'follow',
    signal: AbortSignal.timeout(options.timeoutMs),
  });
  if (!response.ok) {
    throw Object.assign(new DownloadError(url, `HTTP ${response.status}`), { retry: retryable(response.status) });
  }
  const resumed = response.status === 206 && have > 0;
  if (!resumed) writeFileSync(part, new Uint8Array());
  // Written as it arrives, so that a cut connection leaves what came for the next attempt.
  let received = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      appendFileSync(part, chunk);
      received += chunk.byteLength;
    }
  }
  const expected = response.headers.get('content-length');
  if (expected !== null && Number(expected) !== received) {
    throw Object.assign(new DownloadError(url, `réponse tronquée (${received} octets sur ${expected})`), { retry: true });
  }
  const range = response.headers.get('content-range');
  const total = range ? Number(range.split('/')[1]) : Number.NaN;
  if (resumed && Number.isFinite(total) && statSync(part).size !== total) {
    throw Object.assign(new DownloadError(url, `reprise incomplète (${statSync(part).size} octets sur ${total})`), { retry: true });
  }
  return {
    url,
    finalUrl: response.url,
    contentType: response.headers.get('content-type'),
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  };
}

export async function download(url: string, target: string, options: DownloadOptions): Promise<Downloaded> {
  const part = `${target}.part`;
  let lastError: unknown;
  for (let tries = 0; tries <= options.retries; tries++) {
    if (tries > 0) {
      const wait = options.backoffMs * 2 ** (tries - 1);
      options.log?.(`nouvel essai dans ${wait} ms (${(lastError as Error).message})`);
      await sleep(wait);
    }
    try {
      const meta = await attempt(url, part, options);
      const bytes = readFileSync(part);
      renameSync(part, target);
      return { ...meta, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
    } catch (error) {
      lastError = error;
      const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
      const again = timedOut || (error as { retry?: boolean }).retry === true || error instanceof TypeError;
      if (!again) break;
    }
  }
  const message = (lastError as Error).name === 'TimeoutError' ? `délai dépassé (${options.timeoutMs} ms)` : (lastError as Error).message;
  throw lastError instanceof DownloadError ? lastError : new DownloadError(url, message);
}
