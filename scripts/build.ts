/**
 * npm run build: `astro build`, or with `--shard k/n` one shard of the site for
 * `npm run assemble` to put together (docs/sharded-build.md). Every other argument goes to
 * `astro build`. `npm run build` runs the content check (scripts/check.ts) before this.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allocatorSettings, withBuildHeap } from '../src/model/build-memory.ts';
import { contentRoot } from '../src/model/content-root.ts';
import { formatShard } from '../src/model/shard.ts';
import { planBuild, UsageError } from './shard/build-args.ts';

let plan;
try {
  plan = planBuild(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(2);
}
if (plan.shard !== null) console.log(`Building shard ${formatShard(plan.shard)} of the site`);
// Astro's own command line, as `astro build` runs it (its package exports no path to it).
const astro = join(dirname(fileURLToPath(import.meta.resolve('astro/package.json'))), 'bin', 'astro.mjs');
// The build's heap, from the size of the records (src/model/build-memory.ts), unless given.
const { nodeOptions, heapMB } = withBuildHeap(process.env['NODE_OPTIONS'], contentRoot());
if (heapMB !== null)
  console.log(`Building with a Node heap of ${heapMB} MB for these records (NODE_OPTIONS=--max-old-space-size=N to choose)`);
// glibc's and mimalloc's settings that hand freed memory back (src/model/build-memory.ts).
const allocator = allocatorSettings(process.env);
const given = Object.entries(allocator).map(([name, value]) => `${name}=${value}`);
if (given.length > 0) console.log(`Building with ${given.join(' ')} (set them in the environment to choose)`);
const env = { ...process.env, ...allocator, ...plan.env, NODE_OPTIONS: nodeOptions };
const child = spawn(process.execPath, [astro, 'build', ...plan.astroArgs], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  process.exitCode = code ?? 128 + (signal === null ? 0 : constants.signals[signal]);
});
