/**
 * Prints one plain closing line, "N passed, N failed, N skipped", after vitest's own report,
 * so a CI that reads closing lines counts the tests that ran. A file that fails outside its tests
 * (a failing `beforeAll`, an error while loading it) and an unhandled error each count as one
 * failure, so the line never says "0 failed" of a run that failed.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of testModules) {
      const states = [...module.children.allTests()].map((test) => test.result().state);
      for (const state of states) counts[state] += 1;
      if (module.state() === 'failed' && !states.includes('failed')) counts.failed += 1;
    }
    counts.failed += unhandledErrors.length;
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped + counts.pending} skipped`);
  }
}
