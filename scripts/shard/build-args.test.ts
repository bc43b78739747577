import { describe, expect, it } from 'vitest';
import { planBuild } from './build-args.ts';

describe('planBuild', () => {
  it('without --shard, runs astro build with the arguments as given and sets nothing', () => {
    expect(planBuild([], {})).toEqual({ shard: null, astroArgs: [], env: {} });
    expect(planBuild(['--verbose'], {})).toEqual({ shard: null, astroArgs: ['--verbose'], env: {} });
    expect(planBuild([], { BUILD_SHARD: '' })).toEqual({ shard: null, astroArgs: [], env: {} });
  });

  it('with --shard k/n, builds shard k; only shard 1 writes the feeds, calendars and data files', () => {
    expect(planBuild(['--shard', '1/4'], {})).toEqual({ shard: { index: 1, count: 4 }, astroArgs: [], env: { BUILD_SHARD: '1/4' } });
    expect(planBuild(['--verbose', '--shard=3/4'], {})).toEqual({
      shard: { index: 3, count: 4 },
      astroArgs: ['--verbose'],
      env: { BUILD_SHARD: '3/4', SUBSCRIBE_OUTPUTS: 'off' },
    });
  });

  it('takes BUILD_SHARD from the environment as --shard; --shard wins', () => {
    expect(planBuild([], { BUILD_SHARD: '2/2' }).env).toEqual({ BUILD_SHARD: '2/2', SUBSCRIBE_OUTPUTS: 'off' });
    expect(planBuild(['--shard', '1/2'], { BUILD_SHARD: '2/2' }).env).toEqual({ BUILD_SHARD: '1/2' });
  });

  it('refuses a shard that is not k/n, with what it wants', () => {
    expect(() => planBuild(['--shard', '5/4'], {})).toThrow(
      '--shard: "5/4" is not a shard: expected k/n, shard k of n with 1 ≤ k ≤ n ≤ 256, e.g. 1/4',
    );
    expect(() => planBuild(['--shard'], {})).toThrow('--shard needs a value: shard k of n, e.g. --shard 1/4');
    expect(() => planBuild(['--shard='], {})).toThrow('--shard needs a value');
    expect(() => planBuild(['--shard', '1/2', '--shard', '2/2'], {})).toThrow('--shard is given twice');
    expect(() => planBuild([], { BUILD_SHARD: 'two' })).toThrow('BUILD_SHARD: "two" is not a shard');
  });
});
