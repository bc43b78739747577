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
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { FormatError } from '../../src/model/pagefind-format.ts';
import { mergeIndexParts, SORT_VALUES_FILE, type IndexPart } from '../../src/model/pagefind-merge.ts';
import { formatShard, pagesText, SHARD_MANIFEST, SHARED_FIELDS, type ShardManifest } from '../../src/model/shard.ts';

/** A refusal: the message says which shards or files and what to do. */
export class AssembleError extends Error {}

/** The search index's folder in a built site. */
const PAGEFIND = 'pagefind';
/** @astrojs/sitemap's files (its default `filenameBase`), at the top of the output folder. */
const SITEMAP_FILE = /^sitemap-(?:index|\d+)\.xml$/;
/** URLs per sitemap file: @astrojs/sitemap's default `entryLimit`, which astro.config.mjs keeps. */
export const SITEMAP_ENTRY_LIMIT = 45_000;

export interface Shard {
  dir: string;
  manifest: ShardManifest;
}

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

function label(shard: Shard): string {
  return `${shard.dir} (shard ${formatShard({ index: shard.manifest.shard, count: shard.manifest.shards })})`;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Reads and checks the manifest of the shard built into `dir`. */
export async function readShard(dir: string): Promise<Shard> {
  const file = join(dir, SHARD_MANIFEST);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && !(await stat(dir).catch(() => null))?.isDirectory()) throw new AssembleError(`${dir}: no such folder`);
    throw new AssembleError(
      missing
        ? `${dir} is not the output of a shard's build: it has no ${SHARD_MANIFEST} (build it with npm run build -- --shard k/n; a build that failed writes none)`
        : `${file}: ${(error as Error).message}`,
    );
  }
  let data: Partial<Record<keyof ShardManifest, unknown>>;
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    throw new AssembleError(`${file} is not JSON: build the shard again`);
  }
  const valid =
    data.format === 1 &&
    isCount(data.shards) &&
    isCount(data.shard) &&
    data.shard >= 1 &&
    data.shard <= data.shards &&
    (data.commit === null || isString(data.commit)) &&
    isString(data.content) &&
    isString(data.base) &&
    (data.site === null || isString(data.site)) &&
    isString(data.buildDate) &&
    isCount(data.pages) &&
    isString(data.pagesDigest) &&
    Array.isArray(data.built) &&
    data.built.every(isString);
  if (!valid) throw new AssembleError(`${file} is not a shard manifest this version reads: build the shard again with this commit`);
  return { dir, manifest: data as ShardManifest };
}

/** Refuses a set of shards that does not make one whole site; returns them in shard order. */
export function checkShards(shards: readonly Shard[]): Shard[] {
  const first = shards[0];
  if (first === undefined) throw new AssembleError('no shards given: give the output folder of every shard');
  for (const field of SHARED_FIELDS) {
    const other = shards.find((shard) => shard.manifest[field] !== first.manifest[field]);
    if (other !== undefined)
      throw new AssembleError(
        `${label(first)} and ${label(other)} are not shards of one build: their ${field} differs (${JSON.stringify(first.manifest[field])} and ${JSON.stringify(other.manifest[field])}); build every shard from the same commit, content and settings`,
      );
  }
  const count = first.manifest.shards;
  const byIndex = new Map<number, Shard>();
  for (const shard of shards) {
    const twice = byIndex.get(shard.manifest.shard);
    if (twice !== undefined)
      throw new AssembleError(
        `${twice.dir} and ${shard.dir} are both shard ${formatShard({ index: shard.manifest.shard, count })}: give each shard once`,
      );
    byIndex.set(shard.manifest.shard, shard);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0)
    throw new AssembleError(
      `${missing.map((index) => `shard ${formatShard({ index, count })}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: give the output folder of every shard (${count} in all)`,
    );
  const ordered = [...byIndex.keys()].sort((a, b) => a - b).map((index) => byIndex.get(index) as Shard);
  // Every page of the site in exactly one shard.
  const builtBy = new Map<string, Shard>();
  for (const shard of ordered)
    for (const page of shard.manifest.built) {
      const other = builtBy.get(page);
      if (other !== undefined)
        throw new AssembleError(`the page /${page} was built by ${label(other)} and by ${label(shard)}: a page belongs to one shard`);
      builtBy.set(page, shard);
    }
  const digest = createHash('sha256').update(pagesText(builtBy.keys())).digest('hex');
  if (builtBy.size !== first.manifest.pages || digest !== first.manifest.pagesDigest) {
    const lacking = first.manifest.pages - builtBy.size;
    throw new AssembleError(
      lacking > 0
        ? `${lacking} of the site's ${first.manifest.pages} pages ${lacking === 1 ? 'was' : 'were'} built by no shard: the shards do not make the whole site`
        : `the shards built pages that are not the site's ${first.manifest.pages} pages: the shards do not make one site`,
    );
  }
  return ordered;
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

async function readParts(dir: string, shard: Shard): Promise<string[]> {
  const file = join(dir, 'parts.json');
  let parts: unknown;
  try {
    parts = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new AssembleError(`${label(shard)} has no search index (${file} is missing or not JSON): build the shard again`);
  }
  if (!Array.isArray(parts) || !parts.every(isString)) throw new AssembleError(`${file} is not a list of index parts`);
  return parts;
}

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isString);

/**
 * The sort values a shard's build kept beside its index (SORT_VALUES_FILE), by page number; null
 * if it has none (built before the assembler merged indexes, or its index is in parts).
 */
async function readSortValues(dir: string, shard: Shard): Promise<Record<string, string>[] | null> {
  const file = join(dir, SORT_VALUES_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AssembleError(`${file}: ${(error as Error).message}`);
  }
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || !values.every(isStringRecord))
    throw new AssembleError(`${file} is not a list of each page's sort values (${label(shard)}): build the shard again with this commit`);
  return values;
}

/** One `<url>` entry of a sitemap, with its address (XML entities decoded) to sort by. */
interface SitemapEntry {
  loc: string;
  xml: string;
}

const decodeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '');

/** The sitemap a shard wrote: the text before its URLs, and its URLs. */
async function readSitemap(
  dir: string,
  names: string[],
  shard: Shard,
): Promise<{ head: string; indexHead: string; indexLoc: string; entries: SitemapEntry[] } | null> {
  const chunks = names.filter((name) => /^sitemap-\d+\.xml$/.test(name)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (!names.includes('sitemap-index.xml') || chunks.length === 0) return null;
  const index = await readFile(join(dir, 'sitemap-index.xml'), 'utf8');
  const indexMatch = /^([\s\S]*?<sitemapindex[^>]*>)<sitemap><loc>([^<]*)<\/loc><\/sitemap>/.exec(index);
  if (indexMatch === null)
    throw new AssembleError(`${join(dir, 'sitemap-index.xml')} is not a sitemap index as @astrojs/sitemap writes it (${label(shard)})`);
  let head = '';
  const entries: SitemapEntry[] = [];
  for (const name of chunks) {
    const text = await readFile(join(dir, name), 'utf8');
    const match = /^([\s\S]*?<urlset[^>]*>)([\s\S]*)<\/urlset>\s*$/.exec(text);
    if (match === null) throw new AssembleError(`${join(dir, name)} is not a sitemap as @astrojs/sitemap writes it (${label(shard)})`);
    head = match[1] ?? '';
    for (const url of (match[2] ?? '').matchAll(/<url>[\s\S]*?<\/url>/g)) {
      const loc = /<loc>([^<]*)<\/loc>/.exec(url[0])?.[1];
      if (loc === undefined) throw new AssembleError(`${join(dir, name)}: a <url> without <loc> (${label(shard)})`);
      entries.push({ loc: decodeXml(loc), xml: url[0] });
    }
  }
  return { head, indexHead: indexMatch[1] ?? '', indexLoc: decodeXml(indexMatch[2] ?? ''), entries };
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * The sitemap files of the whole site from the shards' (each lists its own pages and the site's
 * pages without parameters): the URLs of all, once each, sorted and split as @astrojs/sitemap
 * does (generate-sitemap.js, write-sitemap.js).
 */
export function mergeSitemaps(
  sitemaps: { head: string; indexHead: string; indexLoc: string; entries: SitemapEntry[] }[],
  limit = SITEMAP_ENTRY_LIMIT,
): Map<string, string> {
  const byLoc = new Map<string, string>();
  for (const sitemap of sitemaps)
    for (const entry of sitemap.entries) {
      const known = byLoc.get(entry.loc);
      if (known !== undefined && known !== entry.xml)
        throw new AssembleError(`the shards' sitemaps give ${entry.loc} differently: build every shard with the same settings`);
      byLoc.set(entry.loc, entry.xml);
    }
  const first = sitemaps[0];
  const files = new Map<string, string>();
  if (first === undefined) return files;
  for (const other of sitemaps)
    if (other.head !== first.head || other.indexHead !== first.indexHead || other.indexLoc !== first.indexLoc)
      throw new AssembleError("the shards' sitemaps start differently: build every shard with the same settings");
  const locs = [...byLoc.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const chunkLocs: string[] = [];
  for (let start = 0, i = 0; start < locs.length; start += limit, i += 1) {
    const xml = locs.slice(start, start + limit).map((loc) => byLoc.get(loc) ?? '');
    files.set(`sitemap-${i}.xml`, `${first.head}${xml.join('')}</urlset>`);
    chunkLocs.push(first.indexLoc.replace(/sitemap-0\.xml$/, `sitemap-${i}.xml`));
  }
  files.set(
    'sitemap-index.xml',
    `${first.indexHead}${chunkLocs.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`).join('')}</sitemapindex>`,
  );
  return files;
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
