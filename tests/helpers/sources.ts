import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const demoDir = join(projectRoot, 'data', 'demo');
export const realSnapshotDir = join(projectRoot, '..', 'shared', 'data', 'bdpm-2025-07');
/** The second real snapshot, built only for the page audit (project browser-real-2026-01). */
export const januarySnapshotDir = join(projectRoot, '..', 'shared', 'data', 'bdpm-2026-01');
/** Both real snapshots: July 2025 and January 2026. */
export const realSnapshotDirs = [realSnapshotDir, januarySnapshotDir];

/**
 * Whether the real BDPM snapshot is there for the real-data tests. Without it they are
 * skipped with a warning, except when REQUIRE_REAL_SNAPSHOT=1 (set by .ci/run): then
 * its absence is an error, so that a CI without it cannot pass while testing nothing.
 */
export function realSnapshotPresent(tests: string, dir = realSnapshotDir): boolean {
  if (existsSync(join(dir, 'CIS_bdpm.txt'))) return true;
  if (process.env.REQUIRE_REAL_SNAPSHOT === '1') {
    throw new Error(`Instantané BDPM réel absent (${dir}) alors que REQUIRE_REAL_SNAPSHOT=1 : ${tests} ne peuvent pas tourner.`);
  }
  console.warn(`Instantané BDPM réel absent (${dir}) : ${tests} sautés.`);
  return false;
}

/** A scratch folder, removed by the returned cleanup. */
export function scratch(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A copy of the demo sources to alter in a test. */
export function copyOfDemo(into: string): string {
  const dir = join(into, 'sources');
  cpSync(demoDir, dir, { recursive: true });
  return dir;
}
