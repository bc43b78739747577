/**
 * Building the site in shards (docs/sharded-build.md): which shard builds which page, and the
 * manifest each shard writes beside its output. Shared by the build (src/integrations/
 * shard-prerenderer.ts keeps a shard's pages) and the assembler (scripts/shard/assemble.ts
 * puts the shards back together; scripts/shard/shard-folder.ts reads each one's manifest and
 * checks that they make one site), which meet only here.
 */

/** Shard `index` of `count`, both counted from 1 (`--shard 2/4` is index 2, count 4). */
export interface ShardSpec {
  index: number;
  count: number;
}

/** The most shards a build splits into: far more machines than any CI matrix runs at once. */
export const MAX_SHARDS = 256;

/** Reads `k/n` (`--shard 2/4`, `BUILD_SHARD=2/4`); an error says what was expected. */
export function parseShard(text: string): ShardSpec {
  const match = /^([1-9]\d*)\/([1-9]\d*)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || index > count || count > MAX_SHARDS)
    throw new Error(`"${text}" is not a shard: expected k/n, shard k of n with 1 ≤ k ≤ n ≤ ${MAX_SHARDS}, e.g. 1/4`);
  return { index, count };
}

export function formatShard(spec: ShardSpec): string {
  return `${spec.index}/${spec.count}`;
}

/**
 * A page's address as the shard rule reads it: the path below the base path, without slashes
 * at either end (`meetings/x/2017-07-11`; the home page is ``), so the base path, a trailing
 * slash and `/index.html` do not move a page to another shard.
 */
export function pageKey(pathname: string, base = '/'): string {
  let path = pathname;
  const root = base.replace(/\/+$/, '');
  if (root !== '' && (path === root || path.startsWith(`${root}/`))) path = path.slice(root.length);
  return path.replace(/\/index\.html$/, '/').replace(/^\/+|\/+$/g, '');
}

/** FNV-1a (32 bits) of the text's UTF-8 bytes: small, fast, and the same on every machine. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The shard (1 to `count`) that builds the page with this key (pageKey): a hash of the key,
 * so every page is in exactly one shard, the same one in every build, and the shards are of
 * about the same size whatever councils and years the archive holds.
 */
export function shardOfPage(key: string, count: number): number {
  return (fnv1a(key) % count) + 1;
}

/** The manifest's file name, at the top of each shard's output folder (left out of the assembled site). */
export const SHARD_MANIFEST = 'shard-manifest.json';

/** What a shard's build writes to SHARD_MANIFEST: enough for the assembler to refuse shards that do not make one site. */
export interface ShardManifest {
  /** The manifest's format; the assembler refuses any other. */
  format: 1;
  shard: number;
  shards: number;
  /** The git commit the shard was built from (null outside a git checkout). */
  commit: string | null;
  /** SHA-256 of the content folder: every file's path below it and bytes, in path order. */
  content: string;
  /** The site's base path, its address (SITE_URL, null for the default) and its "today" (BUILD_DATE). */
  base: string;
  site: string | null;
  buildDate: string;
  /** How many pages the whole site has, and a SHA-256 of their keys (pageKey) in sorted order, one a line. */
  pages: number;
  pagesDigest: string;
  /** The keys (pageKey) of the pages this shard built, sorted. */
  built: string[];
}

/** The text `pagesDigest` is the SHA-256 of: the keys, sorted, one a line. */
export function pagesText(keys: Iterable<string>): string {
  return [...keys].sort().join('\n');
}

/** The fields that must be the same in every shard of one site. */
export const SHARED_FIELDS = ['shards', 'commit', 'content', 'base', 'site', 'buildDate', 'pages', 'pagesDigest'] as const;
