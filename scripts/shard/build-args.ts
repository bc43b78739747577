/**
 * `npm run build -- [--shard k/n] [astro build options]` (scripts/build.ts): takes `--shard`
 * out of the arguments and says how to run `astro build` for it. Without `--shard` (or
 * BUILD_SHARD) the arguments go to `astro build` as they are and nothing is set: the whole
 * site, as before.
 */
import { formatShard, parseShard, type ShardSpec } from '../../src/model/shard.ts';

export interface BuildPlan {
  shard: ShardSpec | null;
  /** Arguments for `astro build`, after `build`. */
  astroArgs: string[];
  /** Environment variables to set for it. */
  env: Record<string, string>;
}

export class UsageError extends Error {}

export function planBuild(argv: readonly string[], env: Record<string, string | undefined> = process.env): BuildPlan {
  const astroArgs: string[] = [];
  let value: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--shard' || arg.startsWith('--shard=')) {
      if (value !== null) throw new UsageError('--shard is given twice: give it once, e.g. --shard 1/4');
      const given = arg === '--shard' ? argv[(i += 1)] : arg.slice('--shard='.length);
      if (given === undefined || given === '') throw new UsageError('--shard needs a value: shard k of n, e.g. --shard 1/4');
      value = given;
    } else astroArgs.push(arg);
  }
  // BUILD_SHARD in the environment does what --shard does (a CI job may set either); --shard wins.
  const fromEnv = env['BUILD_SHARD'] === '' ? undefined : env['BUILD_SHARD'];
  if (value === null && fromEnv === undefined) return { shard: null, astroArgs, env: {} };
  let shard: ShardSpec;
  try {
    shard = parseShard(value ?? fromEnv ?? '');
  } catch (error) {
    throw new UsageError(`${value === null ? 'BUILD_SHARD' : '--shard'}: ${(error as Error).message}`, { cause: error });
  }
  return {
    shard,
    astroArgs,
    // Shard 1 writes the feeds, calendars and data files; the others leave them out (src/integrations/shard-prerenderer.ts).
    env: { BUILD_SHARD: formatShard(shard), ...(shard.index === 1 ? {} : { SUBSCRIBE_OUTPUTS: 'off' }) },
  };
}
