import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const demoDir = join(projectRoot, 'data', 'demo');
export const realSnapshotDir = join(projectRoot, '..', 'shared', 'data', 'bdpm-2025-07');

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
