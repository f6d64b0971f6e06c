import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Puts the complete folder `staging` in place of `target` by two renames (same file
 * system), so that readers see either the previous folder or the new one, never a mix.
 */
export function replaceFolder(staging: string, target: string): void {
  const previous = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/** A fresh sibling of `target` to build into before `replaceFolder`. */
export function stagingFolderFor(target: string): string {
  const staging = join(dirname(target), `.${basename(target)}.new-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return staging;
}

export function writeFolderAtomically(target: string, files: Record<string, string>): void {
  const staging = stagingFolderFor(target);
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(staging, name), content);
    replaceFolder(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
