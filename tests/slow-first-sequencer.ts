/**
 * Vitest's order, with the files that build a whole site first. The unit files run two at a time
 * (vitest.config.ts); on a fresh clone Vitest has no earlier durations and starts the largest files
 * first, so the benchmark's end-to-end file, the longest by far, would start last and run alone at
 * the end. Started first, the other files fill the second worker beside it.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that build a site and search it in Chromium, relative to the project. */
export const SLOW_FILES = ['scripts/bench/bench-cli.test.ts'];

/** 0 for a slow file, 1 for any other. */
function rank(spec: TestSpecification): number {
  return SLOW_FILES.some((file) => spec.moduleId.endsWith(`/${file}`)) ? 0 : 1;
}

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array sort is stable: Vitest's own order holds within each rank.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
