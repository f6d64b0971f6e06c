import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/pipeline/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser-real',
          include: ['tests/browser-real/**/*.test.ts'],
          // Needs the January build made after July (project browser-real-2026-01).
          exclude: ['tests/browser-real/real-pair-history.test.ts', 'tests/browser-real/real-pair-pages.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        // The second real snapshot, built after the first: the page audit again, and the history of the pair.
        test: {
          name: 'browser-real-2026-01',
          include: ['tests/browser-real/page-audit.test.ts', 'tests/browser-real/real-pair-history.test.ts', 'tests/browser-real/real-pair-pages.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          // One Chromium and one static server for the whole run.
          fileParallelism: false,
        },
      },
    ],
  },
});
