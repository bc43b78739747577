/**
 * Long synchronous loops of the build (reading record files, writing feeds and data files) give the
 * event loop a turn every few steps. Files are read and written synchronously there: they are small,
 * and a promise-based read is four trips to libuv's threads, which cost the build's thread several
 * times what the reading does, and awaited one after the other leave it waiting (BENCHMARKS.md, "Rebuild
 * after an import, round 6"). Other work of the build still needs the loop: the Pagefind integration
 * talks to its process through it.
 */

/** Steps between two turns of the event loop. */
export const STEPS_PER_TURN = 32;

/** Resolves after a turn of the event loop when step `index` (from 0) ends a run of STEPS_PER_TURN, at once otherwise. */
export async function turnEvery(index: number): Promise<void> {
  if (index % STEPS_PER_TURN === STEPS_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
}
