/**
 * build-info.ts runs at import (once per build), so each case imports a fresh copy with
 * its own environment, clock and git.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const git = vi.hoisted(() => ({ execFileSync: vi.fn() }));
vi.mock('node:child_process', () => git);

async function freshBuildInfo() {
  vi.resetModules();
  return (await import('../../src/lib/build-info.ts')).buildInfo;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  // Already 5 July in Paris (01:30), still 4 July in UTC: the date is UTC's.
  vi.setSystemTime(new Date('2025-07-04T23:30:00Z'));
  git.execFileSync.mockReset();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('buildInfo', () => {
  it('takes the commit from BUILD_COMMIT when it is set, without asking git', async () => {
    vi.stubEnv('BUILD_COMMIT', 'abc1234');
    expect(await freshBuildInfo()).toEqual({ date: '2025-07-04', commit: 'abc1234' });
    expect(git.execFileSync).not.toHaveBeenCalled();
  });

  it('asks git for the short commit otherwise', async () => {
    vi.stubEnv('BUILD_COMMIT', undefined);
    git.execFileSync.mockReturnValue('deadbee\n');
    expect(await freshBuildInfo()).toEqual({ date: '2025-07-04', commit: 'deadbee' });
    expect(git.execFileSync.mock.calls[0].slice(0, 2)).toEqual(['git', ['rev-parse', '--short', 'HEAD']]);
  });

  it('says "inconnu" when git cannot tell (no checkout, no git)', async () => {
    vi.stubEnv('BUILD_COMMIT', undefined);
    git.execFileSync.mockImplementation(() => {
      throw new Error('not a git repository');
    });
    expect((await freshBuildInfo()).commit).toBe('inconnu');
  });
});
