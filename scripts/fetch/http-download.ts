/**
 * Downloads one address to a file with a timeout per attempt, retries with exponential
 * backoff for what a retry can mend (timeouts, 5xx, resets, truncation) and none for what it
 * cannot (no DNS, refused connection, 404), and resumption: bytes already in `<target>.part`
 * are asked for again only if the server does not honour a Range request.
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
  /** The host could not be reached at all (no DNS answer, connection refused, no route): its other files will fail the same way. */
  readonly unreachable: boolean;
  /** The system's error code (ENOTFOUND, ECONNREFUSED…), when there is one. */
  readonly code: string | undefined;

  constructor(url: string, message: string, unreachable = false, code?: string) {
    super(`${url} : ${message}`);
    this.name = 'DownloadError';
    this.url = url;
    this.unreachable = unreachable;
    this.code = code;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Statuses worth another try; a 404 or 403 will not mend itself. */
const retryable = (status: number) => status === 408 || status === 429 || status >= 500;

/** Connection failures that a later try may not meet: a reset or a cut, a timeout. */
const TRANSIENT = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** Failures to reach the host at all, with what they mean; no retry mends them within a fetch. */
const UNREACHABLE: Record<string, string> = {
  ENOTFOUND: "nom d'hôte inconnu du DNS : pas de réseau ou pas de DNS sur cette machine, ou adresse erronée",
  EAI_AGAIN: 'résolution DNS impossible : pas de réseau, ou serveur DNS injoignable',
  ECONNREFUSED: "connexion refusée : aucun serveur n'écoute à cette adresse et ce port",
  ENETUNREACH: 'réseau injoignable : pas de connexion réseau',
  EHOSTUNREACH: 'hôte injoignable : pas de route vers lui',
};

/**
 * What a failed fetch() says, with its cause (fetch only says "fetch failed"; the DNS or socket
 * error is in error.cause), and whether another try could help.
 */
export function explainFailure(url: string, error: unknown, timeoutMs: number): DownloadError & { retry: boolean } {
  const failure = error as Error & { retry?: boolean; cause?: { code?: string; message?: string } };
  if (failure.name === 'TimeoutError' || failure.name === 'AbortError') {
    return Object.assign(new DownloadError(url, `délai dépassé (${timeoutMs} ms)`), { retry: true });
  }
  if (failure instanceof DownloadError) return Object.assign(failure, { retry: failure.retry === true });
  const code = failure.cause?.code;
  const detail = failure.cause?.message ?? failure.message;
  if (code && UNREACHABLE[code]) {
    return Object.assign(new DownloadError(url, `${code} (${detail}) : ${UNREACHABLE[code]} ; non réessayé`, true, code), { retry: false });
  }
  const retry = code !== undefined && TRANSIENT.has(code);
  return Object.assign(
    new DownloadError(url, `${failure.message}${code ? ` — ${code}` : ''}${detail !== failure.message ? ` (${detail})` : ''}${retry ? '' : ' ; non réessayé'}`),
    { retry },
  );
}

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
  let failure = Object.assign(new DownloadError(url, 'aucun essai'), { retry: false });
  for (let tries = 0; tries <= options.retries; tries++) {
    if (tries > 0) {
      const wait = options.backoffMs * 2 ** (tries - 1);
      options.log?.(`nouvel essai dans ${wait} ms (${failure.message})`);
      await sleep(wait);
    }
    try {
      const meta = await attempt(url, part, options);
      const bytes = readFileSync(part);
      renameSync(part, target);
      return { ...meta, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
    } catch (error) {
      failure = explainFailure(url, error, options.timeoutMs);
      if (!failure.retry) break;
    }
  }
  throw failure;
}
