/**
 * One build or fetch at a time on the same folders. Each folder a run writes gets a lock file
 * beside it (`.dist.lock` for dist/), created with the platform's exclusive creation (O_EXCL):
 * of two runs, only one can create it. It names its owner (pid, start time, command), is
 * removed when the run ends, even on SIGINT/SIGTERM/SIGHUP or an uncaught error, and one left
 * by a process that no longer exists (kill -9, power cut) is taken over with a message.
 *
 * A second run stops rather than waits: it was started by mistake or with other inputs, and
 * run after the first it would silently replace the site the maintainer is about to check.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
}

/** A lock file being written by its creator is given this long before it is called abandoned. */
const FRESH_MS = 5_000;

export function lockFileFor(folder: string): string {
  return join(dirname(folder), `.${basename(folder)}.lock`);
}

export class LockBusyError extends Error {
  readonly owner: LockOwner | null;

  constructor(folder: string, lock: string, owner: LockOwner | null) {
    const who = owner
      ? `pid ${owner.pid}${owner.host === hostname() ? '' : ` sur ${owner.host}`}, « ${owner.command} », lancée le ${owner.startedAt} ` +
        `(il y a ${Math.max(0, Math.round((Date.now() - Date.parse(owner.startedAt)) / 1000))} s)`
      : 'propriétaire encore inconnu (verrou en cours de création)';
    super(
      `une autre construction ou un autre téléchargement écrit déjà dans ${folder} : ${who}. Attendre sa fin, puis relancer ` +
        '(deux exécutions à la fois écriraient les mêmes dossiers, et la dernière finie l’emporterait). ' +
        `Verrou : ${lock} ; si ce pid n'est pas une construction (pid réutilisé après un arrêt brutal), supprimer ce fichier`,
    );
    this.name = 'LockBusyError';
    this.owner = owner;
  }
}

/** How the run was started, as the maintainer typed it: "npm run build (scripts/build-site.ts --out x)". */
export function commandLine(): string {
  const script = process.argv.slice(1).map((arg, index) => (index === 0 ? relative(process.cwd(), arg) || arg : arg));
  // npm's variables are inherited by every process under it: trusted only when npm ran this very script.
  const { npm_lifecycle_event: event, npm_lifecycle_script: npmScript } = process.env;
  const byNpm = event && npmScript?.includes(basename(process.argv[1] ?? ''));
  return byNpm ? `npm run ${event} (node ${script.join(' ')})` : `node ${script.join(' ')}`;
}

function parseOwner(text: string): LockOwner | null {
  try {
    const owner = JSON.parse(text) as LockOwner;
    return Number.isInteger(owner.pid) && typeof owner.startedAt === 'string' ? owner : null;
  } catch {
    return null;
  }
}

/** Whether the owner may still be running: only a process of this machine can be checked. */
function mayBeAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function create(lock: string, text: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(lock, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(descriptor, text);
  } finally {
    closeSync(descriptor);
  }
  return true;
}

function readIfThere(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Takes the lock of one folder, or throws LockBusyError. */
function acquire(folder: string, text: string, log: (message: string) => void): string {
  const lock = lockFileFor(folder);
  mkdirSync(dirname(lock), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    if (create(lock, text)) return lock;
    const found = readIfThere(lock);
    if (found === null) continue; // released meanwhile
    const owner = parseOwner(found);
    const fresh = owner === null && Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0) < FRESH_MS;
    if (fresh || (owner && mayBeAlive(owner))) throw new LockBusyError(folder, lock, owner);
    // Abandoned: moved aside (atomic), and checked to be the file read, not a lock another run just took.
    const aside = `${lock}.abandoned-${process.pid}`;
    try {
      renameSync(lock, aside);
    } catch {
      continue;
    }
    const moved = readFileSync(aside, 'utf8');
    rmSync(aside, { force: true });
    if (moved !== found) {
      create(lock, moved);
      throw new LockBusyError(folder, lock, parseOwner(moved));
    }
    log(
      owner
        ? `verrou abandonné repris : ${lock} (pid ${owner.pid}, « ${owner.command} », lancée le ${owner.startedAt}, ne tourne plus ; arrêt brutal ?)`
        : `verrou illisible repris : ${lock}`,
    );
  }
  throw new LockBusyError(folder, lock, parseOwner(readIfThere(lock) ?? ''));
}

const held = new Set<string>();
const onInterrupt = new Set<() => void>();
let handlersInstalled = false;

/** Something to do, synchronously, when a signal stops the run (stop child processes): before the locks go. */
export function whenInterrupted(action: () => void): void {
  onInterrupt.add(action);
}

function releaseAll(): void {
  for (const lock of held) {
    // Only our own: never a lock another run has taken since.
    if (parseOwner(readIfThere(lock) ?? '')?.pid === process.pid) rmSync(lock, { force: true });
    held.delete(lock);
  }
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', releaseAll);
  for (const [signal, number] of [
    ['SIGINT', 2],
    ['SIGTERM', 15],
    ['SIGHUP', 1],
  ] as const) {
    process.once(signal, () => {
      for (const action of onInterrupt) action();
      releaseAll();
      process.exit(128 + number);
    });
  }
}

/**
 * Locks every folder the run writes, all or none. Returns the release function (also called on exit).
 * Throws LockBusyError naming the run that holds one of them.
 */
export function lockFolders(folders: string[], log: (message: string) => void = console.log): () => void {
  const owner: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), command: commandLine() };
  const text = `${JSON.stringify(owner, null, 2)}\n`;
  installHandlers();
  try {
    for (const folder of [...new Set(folders)].sort()) held.add(acquire(folder, text, log));
  } catch (error) {
    releaseAll();
    throw error;
  }
  return releaseAll;
}
