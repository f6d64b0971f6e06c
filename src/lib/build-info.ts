import { execFileSync } from 'node:child_process';
import { isoToday } from './dates.ts';

/** When and from which commit the site was built, for the footer of every page. */
function commit(): string {
  if (process.env.BUILD_COMMIT) return process.env.BUILD_COMMIT;
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'inconnu';
  }
}

export const buildInfo = { date: isoToday(), commit: commit() };
