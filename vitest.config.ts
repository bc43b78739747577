import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './tests/slow-first-sequencer.ts';

// A file a core, at least two. Vitest's default (one fewer than the cores) is one file at a time on two
// cores, where most files use one core and the files that build a site use more. Both projects take the
// same number, so that Vitest runs their files side by side in one pool (it runs projects of different
// numbers one after the other), the longest first (tests/slow-first-sequencer.ts).
const workers = Math.max(2, availableParallelism() - 1);

// Two projects: fast units beside the code, and browser tests against the built site. Each
// project's temporary files go in a folder of their own, removed at the end (tests/temp-folder.ts).
export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/*.test.ts'],
          globalSetup: ['tests/temp-folder.ts'],
          testTimeout: 60_000,
          // Some files index pages with Pagefind before their tests: seconds, more on a busy machine.
          hookTimeout: 60_000,
          maxWorkers: workers,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/temp-folder.ts', 'tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // Every build of a file has a cache folder of its own (tests/e2e/harness.ts, privateConfig), so
          // that builds running side by side share none; the global setup's builds run before any file.
          maxWorkers: workers,
        },
      },
    ],
  },
});
