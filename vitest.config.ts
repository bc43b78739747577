import { defineConfig } from 'vitest/config';

// Two projects: fast units beside the code, and browser tests against the built site. Each
// project's temporary files go in a folder of their own, removed at the end (tests/temp-folder.ts).
export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          globalSetup: ['tests/temp-folder.ts'],
          testTimeout: 60_000,
          // Some files index pages with Pagefind before their tests: seconds, more on a busy machine.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/temp-folder.ts', 'tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
