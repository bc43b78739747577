/**
 * Building one shard of the site (docs/sharded-build.md): with BUILD_SHARD=k/n (set by
 * `npm run build -- --shard k/n`, scripts/build.ts), Astro's prerenderer keeps only the pages
 * of shard k (src/model/shard.ts has the rule) and, once they are rendered, writes the shard's
 * manifest (SHARD_MANIFEST) into the output folder for the assembler. Without BUILD_SHARD it
 * is Astro's prerenderer, untouched.
 *
 * Every shard loads the whole archive (pages link to records of other shards), so what a shard
 * saves is rendering and indexing: its pages and its part of the search index.
 *
 * The step that writes the feeds, calendars and data files (the route BULK_ROUTE) belongs to
 * shard 1; the other shards build with SUBSCRIBE_OUTPUTS=off, so the step does not exist there
 * (scripts/build.ts sets it). It is a step, not a page: it is in no shard's list of pages.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildDate } from '../model/recommendation-lifecycle.ts';
import { contentRoot } from '../model/content-root.ts';
import {
  formatShard,
  pageKey,
  pagesText,
  parseShard,
  shardOfPage,
  SHARD_MANIFEST,
  type ShardManifest,
  type ShardSpec,
} from '../model/shard.ts';
import { BULK_ROUTE } from './subscribe-files.ts';

type SetPrerenderer = Parameters<NonNullable<AstroIntegration['hooks']['astro:build:start']>>[0]['setPrerenderer'];
type Prerenderer = Extract<Parameters<SetPrerenderer>[0], { render: unknown }>;
type PathWithRoute = Awaited<ReturnType<Prerenderer['getStaticPaths']>>[number];

/** The shard this build makes: BUILD_SHARD, or null for the whole site. */
export function currentShard(env: Record<string, string | undefined> = process.env): ShardSpec | null {
  const value = env['BUILD_SHARD'];
  if (value === undefined || value === '') return null;
  try {
    return parseShard(value);
  } catch (error) {
    throw new Error(`BUILD_SHARD: ${(error as Error).message}`, { cause: error });
  }
}

/** The paths of shard `spec` among `paths`, and the keys of every page of the site and of the shard's own. */
export function splitPaths(
  paths: readonly PathWithRoute[],
  spec: ShardSpec,
  base: string,
): { kept: PathWithRoute[]; all: Set<string>; built: Set<string> } {
  const kept: PathWithRoute[] = [];
  const all = new Set<string>();
  const built = new Set<string>();
  for (const path of paths) {
    if (path.route.route === BULK_ROUTE) {
      if (spec.index !== 1)
        throw new Error(
          `shard ${formatShard(spec)}: only shard 1 writes the feeds, calendars and data files; build the others with SUBSCRIBE_OUTPUTS=off (npm run build -- --shard ${formatShard(spec)} does)`,
        );
      kept.push(path);
      continue;
    }
    const key = pageKey(path.pathname, base);
    all.add(key);
    if (shardOfPage(key, spec.count) !== spec.index) continue;
    // A path listed twice (two routes giving one address) stays twice: Astro picks the winner, as in a whole build.
    kept.push(path);
    built.add(key);
  }
  return { kept, all, built };
}

/** SHA-256 of every file below `root` (dot files left out): its path, its size and its bytes, in path order. */
export async function digestFolder(root: string): Promise<string> {
  const names = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((name) => !name.split('/').some((part) => part.startsWith('.')))
    .sort();
  const hash = createHash('sha256');
  for (const name of names) {
    hash.update(`${name}\0`);
    for await (const chunk of createReadStream(join(root, name))) hash.update(chunk as Buffer);
    hash.update('\0');
  }
  return hash.digest('hex');
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export interface ShardOptions {
  /** The site's base path, e.g. `/` or `/scrutiny/`. */
  base: string;
  /** The build's output folder: the manifest goes there. */
  outDir: string;
  env?: Record<string, string | undefined>;
}

/** `inner`, rendering only this shard's pages and writing its manifest at the end; `inner` itself when the build is not a shard. */
export function shardPrerenderer(inner: Prerenderer, { base, outDir, env = process.env }: ShardOptions): Prerenderer {
  const spec = currentShard(env);
  if (spec === null) return inner;
  let pages: { all: Set<string>; built: Set<string> } | null = null;
  let failed = false;
  const render: Prerenderer['render'] = async (request, options) => {
    try {
      return await inner.render(request, options);
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  const getStaticPaths: Prerenderer['getStaticPaths'] = async () => {
    const { kept, all, built } = splitPaths(await inner.getStaticPaths(), spec, base);
    pages = { all, built };
    return kept;
  };
  const teardown: NonNullable<Prerenderer['teardown']> = async () => {
    await inner.teardown?.();
    // A shard whose pages did not all render gets no manifest: the assembler refuses it.
    if (pages === null || failed) return;
    const manifest: ShardManifest = {
      format: 1,
      shard: spec.index,
      shards: spec.count,
      commit: gitCommit(),
      content: await digestFolder(contentRoot()),
      base,
      site: env['SITE_URL'] ?? null,
      buildDate: buildDate(env),
      pages: pages.all.size,
      pagesDigest: createHash('sha256').update(pagesText(pages.all)).digest('hex'),
      built: [...pages.built].sort(),
    };
    await writeFile(join(outDir, SHARD_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  };
  const wrapped = Object.create(inner) as Prerenderer;
  return Object.assign(wrapped, { name: `${inner.name}+shard-${spec.index}-of-${spec.count}`, getStaticPaths, render, teardown });
}
