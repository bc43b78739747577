import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './tests/slow-first-sequencer.ts';

// Node's compile cache for every process the tests start: Vitest's workers (a fresh one for each test
// file) and the importer, checker and builds the tests run. Each loads the same modules, and compiling
// them is much of a short process's time. In the tests' output folder, kept from one project (and
// run) to the next: Node checks each entry against its module's source, so an old entry is not used.
process.env['NODE_COMPILE_CACHE'] ??= fileURLToPath(new URL('dist-test/node-compile-cache', import.meta.url));

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
          // A file a core, at least two. Vitest's default (one fewer than the cores) is one file at a
          // time on two cores, where most files use one core and the benchmark's site builds more.
          maxWorkers: Math.max(2, availableParallelism() - 1),
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
