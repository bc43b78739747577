/**
 * The reader may only get better: runs the real importer over the shared corpus and fails when the
 * share of labelled fields it gets right falls below the floor in floor.json (raise the floor there
 * when the reader improves). Skipped, with a message, where the corpus is not checked out beside the
 * repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { totalLine } from './report.ts';
import { DEFAULT_CORPUS, runCorpus, share, SETS } from './run.ts';

const floor = JSON.parse(readFileSync(new URL('./floor.json', import.meta.url), 'utf8')) as Record<string, number>;
const present = existsSync(join(DEFAULT_CORPUS, 'labels'));
if (!present) console.log(`corpus floor: skipped, no corpus at ${DEFAULT_CORPUS}`);

describe.skipIf(!present)('corpus floor', () => {
  it('gets at least the floor share of labelled fields right, in each set', { timeout: 120_000 }, async () => {
    const results = await runCorpus(DEFAULT_CORPUS, SETS);
    for (const result of results) {
      console.log(`${totalLine(result)} (floor ${((floor[result.set] ?? 0) * 100).toFixed(1)}%)`);
      expect(result.labelled).toBeGreaterThan(0);
      expect(share(result), `${result.set}: below the floor in scripts/corpus/floor.json`).toBeGreaterThanOrEqual(floor[result.set] ?? 0);
    }
  });
});
