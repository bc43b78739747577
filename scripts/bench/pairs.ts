/**
 * Goal 2 of issue 16 (build + index ≤ 1.5× the bare Astro floor) on a shared, noisy machine: one
 * build of each can land either side of the line with the same code (BENCHMARKS.md, rounds 21–24).
 * `--pairs N` builds the site and the floor N times each, in turn, and reports every pair's ratio
 * and their median, so one slow build moves the figure less.
 */

/** One build of the site and one of the floor, made one after the other. */
export interface BuildPair {
  siteSeconds: number;
  bareSeconds: number;
  /** siteSeconds / bareSeconds */
  ratio: number;
}

/** Builds one of the two from nothing and returns its seconds; throws, saying why, if it failed. */
export type TimedBuild = (pair: number) => Promise<number>;

export function buildPair(siteSeconds: number, bareSeconds: number): BuildPair {
  return { siteSeconds, bareSeconds, ratio: siteSeconds / bareSeconds };
}

/**
 * The pairs after the first (which the benchmark has already built: site first, floor last),
 * `count` in all. Every other pair builds the floor first, so that a machine growing busier or
 * quieter through the run does not favour one side.
 */
export async function morePairs(count: number, site: TimedBuild, floor: TimedBuild, log: (message: string) => void): Promise<BuildPair[]> {
  const pairs: BuildPair[] = [];
  for (let pair = 2; pair <= count; pair++) {
    log(`building the site and the bare Astro floor again (pair ${pair} of ${count})`);
    const floorFirst = pair % 2 === 0;
    const bareBefore = floorFirst ? await floor(pair) : null;
    const siteSeconds = await site(pair);
    const bareSeconds = bareBefore ?? (await floor(pair));
    pairs.push(buildPair(siteSeconds, bareSeconds));
  }
  return pairs;
}
