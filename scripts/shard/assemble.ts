/**
 * `npm run assemble -- <out> <shard folder>...` (scripts/assemble.ts): puts the output folders
 * of a sharded build (`npm run build -- --shard k/n`, docs/sharded-build.md) together into one
 * site, as one build would have written it:
 *
 * - every file of every shard, once; a file that two shards both wrote (the scripts and styles
 *   in `_astro/`, the files of `public/`) must be the same bytes in both;
 * - the search index: shard 1's bundle is the site's `pagefind/`, shard k's goes to
 *   `pagefind/shard-k/`, and the shards' indexes are merged there on disk into one index
 *   (src/model/pagefind-merge.ts), with the sort values each shard's build kept beside its index
 *   (SORT_VALUES_FILE), so the site searches as one build's does: ranking over the whole site, one
 *   date order, one set of filter counts. When it cannot merge (a shard without sort values, a
 *   shard whose own index is in parts, an index the merge does not know), `pagefind/parts.json`
 *   lists the shards' indexes and their parts instead, the search page merges them as it merges
 *   the parts of a large archive's index (src/search/pagefind-api.ts), and the summary gives the
 *   reason in `warnings`;
 * - the sitemap: every shard's URLs, sorted and written as @astrojs/sitemap writes them.
 *
 * It refuses, before writing anything, shards that do not make one site: a shard missing or
 * given twice, shards of different splits, commits, content or settings (their manifests,
 * SHARD_MANIFEST), a page built by two shards or by none, and files two shards wrote
 * differently, naming both.
 *
 * A shard's folder is read and checked in shard-folder.ts, the sitemaps merged in sitemaps.ts.
 */
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { FormatError } from '../../src/model/pagefind-format.ts';
import { mergeIndexParts, SORT_VALUES_FILE, type IndexPart } from '../../src/model/pagefind-merge.ts';
import { SHARD_MANIFEST } from '../../src/model/shard.ts';
import { AssembleError, checkShards, label, readParts, readShard, readSortValues, type Shard } from './shard-folder.ts';
import { mergeSitemaps, readSitemap, SITEMAP_FILE } from './sitemaps.ts';

/** The search index's folder in a built site. */
const PAGEFIND = 'pagefind';

export interface AssembleSummary {
  shards: number;
  pages: number;
  files: number;
  /** Folders of the search index, relative to `pagefind/` (`''` is the main bundle): `['']` when it is one index. */
  searchParts: string[];
  /** The shards' indexes were merged on disk into one (false with one shard: there was nothing to merge). */
  searchMerged: boolean;
  sitemapUrls: number;
  /** Why the search index was left in parts for the search page to merge, if it was. */
  warnings: string[];
}

/** Every file below `dir`, as paths relative to it. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a), stat(b)]);
  if (sa.size !== sb.size) return false;
  const [ba, bb] = await Promise.all([readFile(a), readFile(b)]);
  return ba.equals(bb);
}

/** A file to copy into the assembled site: from where, to where (relative to the output). */
interface Copy {
  from: string;
  to: string;
}

/** The folder a shard's search index goes to, relative to `pagefind/`: shard 1's is the site's own. */
export function searchFolder(shard: number): string {
  return shard === 1 ? '' : `shard-${shard}/`;
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/** Assembles the shards built into `shardDirs` into the site folder `out` (new or empty). */
export async function assemble(out: string, shardDirs: readonly string[]): Promise<AssembleSummary> {
  for (const dir of shardDirs) {
    const inside = relative(resolve(dir), resolve(out));
    if (inside === '' || !inside.startsWith('..'))
      throw new AssembleError(`${out} is inside the shard folder ${dir}: assemble into a folder of its own`);
  }
  if (!(await isEmptyOrMissing(out))) throw new AssembleError(`${out} is not empty: assemble into a new or empty folder`);
  const shards = checkShards(await Promise.all(shardDirs.map(readShard)));

  // Plan every copy and check every overlap before writing anything.
  const owner = new Map<string, Shard>();
  const copies: Copy[] = [];
  const sitemaps: Awaited<ReturnType<typeof readSitemap>>[] = [];
  // The folders of the search index below pagefind/ if it is not merged, and the indexes to merge.
  const searchParts: string[] = [];
  const toMerge: IndexPart[] = [];
  const unmergeable: string[] = [];
  for (const shard of shards) {
    const names = await filesBelow(shard.dir);
    const folder = searchFolder(shard.manifest.shard);
    const pagefindDir = join(shard.dir, PAGEFIND);
    const parts = await readParts(pagefindDir, shard);
    const sortValues = await readSortValues(pagefindDir, shard);
    searchParts.push(...(folder === '' ? [] : [folder]), ...parts.map((part) => `${folder}${part}`));
    if (parts.length > 0) unmergeable.push(`the index of ${label(shard)} is in ${parts.length + 1} parts (its build could not merge them)`);
    else if (sortValues === null)
      unmergeable.push(`${label(shard)} has no ${PAGEFIND}/${SORT_VALUES_FILE} (build it again with this commit)`);
    else toMerge.push({ folder, sortValues });
    sitemaps.push(await readSitemap(shard.dir, names, shard));
    for (const name of names) {
      if (name === SHARD_MANIFEST || SITEMAP_FILE.test(name)) continue;
      if (name.startsWith(`${PAGEFIND}/`)) {
        const inIndex = name.slice(PAGEFIND.length + 1);
        // Each shard's list of parts is replaced by the site's; its sort values are for the merge, not the site.
        if (inIndex !== 'parts.json' && inIndex !== SORT_VALUES_FILE)
          copies.push({ from: join(shard.dir, name), to: join(PAGEFIND, folder, inIndex) });
        continue;
      }
      const other = owner.get(name);
      if (other === undefined) {
        owner.set(name, shard);
        copies.push({ from: join(shard.dir, name), to: name });
      } else if (!(await sameBytes(join(other.dir, name), join(shard.dir, name))))
        throw new AssembleError(
          `${join(other.dir, name)} and ${join(shard.dir, name)} differ: both shards wrote ${name}, and a file two shards write must be the same (build every shard from the same commit and settings)`,
        );
    }
  }
  const sitemapFiles = mergeSitemaps(sitemaps.filter((sitemap) => sitemap !== null));

  const made = new Set<string>();
  const ensureDir = async (dir: string) => {
    if (made.has(dir)) return;
    await mkdir(dir, { recursive: true });
    made.add(dir);
  };
  await ensureDir(out);
  const AT_ONCE = 16;
  for (let start = 0; start < copies.length; start += AT_ONCE)
    await Promise.all(
      copies.slice(start, start + AT_ONCE).map(async ({ from, to }) => {
        await ensureDir(dirname(join(out, to)));
        await copyFile(from, join(out, to));
      }),
    );
  const search = await mergeSearch(join(out, PAGEFIND), shards.length > 1 && unmergeable.length === 0 ? toMerge : null);
  const left = search.merged ? [] : searchParts;
  const warnings =
    left.length === 0
      ? []
      : [
          `search index left in ${left.length + 1} parts for the search page to merge (each ranked by its own words, dates in order within each part only): ${search.refusal ?? unmergeable.join('; ')}`,
        ];
  await writeFile(join(out, PAGEFIND, 'parts.json'), `${JSON.stringify(left)}\n`);
  for (const [name, text] of sitemapFiles) await writeFile(join(out, name), text);
  return {
    shards: shards.length,
    pages: shards[0]?.manifest.pages ?? 0,
    files: (await filesBelow(out)).length,
    searchParts: ['', ...left],
    searchMerged: search.merged,
    sitemapUrls: [...sitemapFiles.values()].reduce((sum, text) => sum + (text.match(/<url>/g)?.length ?? 0), 0),
    warnings,
  };
}

/**
 * Merges the shards' indexes, copied below `root`, into one index in `root` (`parts` in shard
 * order, or null not to); a FormatError leaves them as they are and gives the reason.
 */
async function mergeSearch(root: string, parts: IndexPart[] | null): Promise<{ merged: boolean; refusal: string | null }> {
  if (parts === null) return { merged: false, refusal: null };
  try {
    await mergeIndexParts(root, parts);
    return { merged: true, refusal: null };
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    return {
      merged: false,
      refusal: `the merge could not read the shards' indexes (${error.message}): build every shard again with this commit`,
    };
  }
}
