/**
 * Where a build keeps what the next build may reuse (issue 16, goal 3: a rebuild after an import
 * renders and indexes only what changed): a folder per kind of cache below Astro's `cacheDir`
 * (`node_modules/.astro/` unless configured), beside Astro's own content store. Nothing in it is
 * ever needed: a build without it (a fresh clone, `astro build --force`) does everything and writes
 * it again. Each cache checks that the code that made it is the code now running (`codeVersion`).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export { buildCacheFolder } from '../model/cache-file.ts';

/** The name of a cache a shard's build keeps apart (`pages-shard-2-of-4` for shard `2/4`), or `name` outside a shard. */
export function shardCacheName(name: string, shard: string | null): string {
  return shard === null ? name : `${name}-shard-${shard.replace('/', '-of-')}`;
}

/** True when the build was asked to start from nothing (`astro build --force`): caches are not read, only written. */
export function cachesRefused(argv: readonly string[] = process.argv): boolean {
  return argv.includes('--force');
}

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

function filesBelow(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

let version: string | undefined;

/**
 * A digest of the code a build runs: every file of `src/`, the Astro config, the lock file (the
 * packages' versions) and Node's version. A cache made by other code is not used: any change to
 * the site's code renders and indexes everything again, which is always right.
 */
export function codeVersion(): string {
  if (version !== undefined) return version;
  const hash = createHash('sha256').update(process.version);
  const files = [...filesBelow(join(PROJECT, 'src')), join(PROJECT, 'astro.config.mjs'), join(PROJECT, 'package-lock.json')];
  for (const file of files) hash.update(file.slice(PROJECT.length)).update('\0').update(readFileSync(file)).update('\0');
  version = hash.digest('hex').slice(0, 32);
  return version;
}
