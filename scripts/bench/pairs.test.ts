import { describe, expect, it } from 'vitest';
import { median } from './median.ts';
import { buildPair, morePairs } from './pairs.ts';

/** Builds that record their order and take the seconds given, one after another. */
function recorded(siteSeconds: number[], floorSeconds: number[]) {
  const order: string[] = [];
  const site = (pair: number) => {
    order.push(`site ${pair}`);
    return Promise.resolve(siteSeconds.shift() ?? Number.NaN);
  };
  const floor = (pair: number) => {
    order.push(`floor ${pair}`);
    return Promise.resolve(floorSeconds.shift() ?? Number.NaN);
  };
  return { order, site, floor };
}

describe('pairs of builds (--pairs)', () => {
  it('builds the pairs after the first, the floor first in every other one, and gives each its ratio', async () => {
    const builds = recorded([30, 27, 33], [20, 18, 22]);
    const logged: string[] = [];
    const pairs = await morePairs(4, builds.site, builds.floor, (message) => logged.push(message));
    // The first pair (site, then floor) is the benchmark's own build; pair 2 starts with the floor.
    expect(builds.order).toEqual(['floor 2', 'site 2', 'site 3', 'floor 3', 'floor 4', 'site 4']);
    expect(pairs).toEqual([buildPair(30, 20), buildPair(27, 18), buildPair(33, 22)]);
    expect(pairs.map((pair) => pair.ratio)).toEqual([1.5, 1.5, 1.5]);
    expect(logged).toEqual([
      'building the site and the bare Astro floor again (pair 2 of 4)',
      'building the site and the bare Astro floor again (pair 3 of 4)',
      'building the site and the bare Astro floor again (pair 4 of 4)',
    ]);
  });

  it('builds nothing more for one pair', async () => {
    const builds = recorded([], []);
    expect(await morePairs(1, builds.site, builds.floor, () => undefined)).toEqual([]);
    expect(builds.order).toEqual([]);
  });

  it('stops at the first build that fails, with its error', async () => {
    const builds = recorded([30], [20]);
    const failing = () => Promise.reject(new Error('site (pair 3) build failed (exit 1)'));
    let calls = 0;
    const site = (pair: number) => (++calls === 2 ? failing() : builds.site(pair));
    await expect(morePairs(5, site, builds.floor, () => undefined)).rejects.toThrow('site (pair 3) build failed (exit 1)');
    expect(builds.order).toEqual(['floor 2', 'site 2']);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([1.63, 1.24, 1.42])).toBe(1.42);
    expect(median([1.5, 1.2, 1.4, 1.3])).toBeCloseTo(1.35, 10);
    expect(median([])).toBeUndefined();
  });
});
