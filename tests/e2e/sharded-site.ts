/**
 * Issue 16, goal 6: the checks of a site built in 2 shards, each into a folder of its own as on two
 * machines (`npm run build -- --shard k/2`, scripts/build.ts), and put together (`npm run assemble`,
 * scripts/assemble.ts), against the site one build makes: every page in exactly one shard, every file
 * byte for byte the same (the search index aside: the shards' indexes merged into one, whose pages are
 * numbered shard by shard), and searching it finds the same records, in the same date order. Run on
 * the bundled records (site-sharded.test.ts) and on a 1,000-meeting benchmark archive
 * (site-sharded-synthetic.test.ts).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES_FOLDER } from '../../src/model/search-scopes.ts';
import { closeSite, openSite, privateConfig, type OpenSite } from './harness.ts';
import { buildSideBySide, type SideBySideBuild } from './side-by-side.ts';
import { openSearch, resultsOf, showAll, statusOf } from './search-page.ts';

/** The folders of one sharded build: each shard's, the assembled site's, and the whole build's it is compared with. */
export interface ShardedSite {
  shards: string[];
  assembled: string;
  whole: string;
}

export interface ShardedBuild {
  /** Set for every build: CONTENT_DIR, BUILD_DATE, … (BASE_PATH is `/`). */
  env?: Record<string, string>;
  /** A folder for the builds' caches, each build's below it in a folder of its own (privateConfig). */
  cacheRoot: string;
  /** Build the whole site too; false when `whole` is a build made already (the global setup's). */
  buildWhole: boolean;
}

/** Words found on many records and on few; `dated` are searched sorted by date. */
export interface ShardedQueries {
  found: string[];
  dated: string[];
}

const run = promisify(execFile);

async function node(args: string[], env: Record<string, string>): Promise<void> {
  await run('node', args, { env: { ...process.env, BASE_PATH: '/', NO_COLOR: '1', ...env }, maxBuffer: 256 * 1024 * 1024 });
}

/**
 * Builds the shards (and the whole site, if asked) side by side, as on machines of their own, each with
 * a cache of its own, so that none reads what another is writing; then assembles them into `site.assembled`.
 */
export async function buildSharded(site: ShardedSite, { env = {}, cacheRoot, buildWhole }: ShardedBuild): Promise<void> {
  removeSharded(site, buildWhole);
  const build = (name: string, outDir: string, shardArgs: string[]): SideBySideBuild => {
    mkdirSync(join(cacheRoot, name), { recursive: true });
    const args = ['scripts/build.ts', ...shardArgs, '--config', privateConfig(join(cacheRoot, name))];
    return { args, env: { BASE_PATH: '/', ...env, OUT_DIR: outDir } };
  };
  await buildSideBySide([
    ...(buildWhole ? [build('whole', site.whole, [])] : []),
    ...site.shards.map((dir, i) => build(`shard-${i + 1}`, dir, ['--shard', `${i + 1}/${site.shards.length}`])),
  ]);
  await node(['scripts/assemble.ts', site.assembled, ...site.shards], env);
}

/** Removes what buildSharded made: the whole build's folder too when `whole`. */
export function removeSharded(site: ShardedSite, whole: boolean): void {
  for (const dir of [...site.shards, site.assembled, ...(whole ? [site.whole] : [])]) rmSync(dir, { recursive: true, force: true });
}

/** Every file below `dir`, as sorted relative paths. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

const outsideIndex = (name: string) => !name.startsWith('pagefind/');

/** How many pages a Pagefind index (its folder) holds. */
function pageCount(index: string): number | undefined {
  const entry = JSON.parse(readFileSync(join(index, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return entry.languages['en']?.page_count;
}

/** The checks of a sharded build, as suites; the caller builds `site` (buildSharded) in a `beforeAll` of its file. */
export function describeShardedSite(site: ShardedSite, queries: ShardedQueries): void {
  describe('the site built in 2 shards and assembled', () => {
    it('builds every page in exactly one shard', () => {
      const pages = files(site.whole).filter((name) => name.endsWith('.html') && outsideIndex(name));
      const inShards = site.shards.map((dir) => new Set(files(dir)));
      const shardsOf = (name: string) => inShards.filter((names) => names.has(name)).length;
      expect(pages.filter((name) => shardsOf(name) !== 1)).toEqual([]);
      // Both shards did some of the work.
      for (const names of inShards)
        expect([...names].filter((name) => name.endsWith('.html') && outsideIndex(name)).length).toBeGreaterThan(pages.length / 4);
    });

    it('is the whole build, byte for byte, outside the search index', () => {
      const names = files(site.whole).filter(outsideIndex);
      expect(files(site.assembled).filter(outsideIndex)).toEqual(names);
      const different = names.filter((name) => !readFileSync(join(site.whole, name)).equals(readFileSync(join(site.assembled, name))));
      expect(different).toEqual([]);
    });

    it("merges the shards' search indexes into one", () => {
      expect(JSON.parse(readFileSync(join(site.assembled, 'pagefind/parts.json'), 'utf8'))).toEqual([]);
      const inIndex = files(join(site.assembled, 'pagefind'));
      expect(inIndex.filter((name) => name.startsWith('shard-') || name === 'sort-values.json')).toEqual([]);
      // As many pages as the whole build's index, and each council's index as many as the whole build's.
      expect(pageCount(join(site.assembled, 'pagefind'))).toBe(pageCount(join(site.whole, 'pagefind')));
      const councils = readdirSync(join(site.whole, 'pagefind', SCOPES_FOLDER)).sort();
      expect(councils.length).toBeGreaterThan(1);
      expect(readdirSync(join(site.assembled, 'pagefind', SCOPES_FOLDER)).sort()).toEqual(councils);
      for (const council of councils) {
        const [whole, assembled] = [site.whole, site.assembled].map((dir) => pageCount(join(dir, 'pagefind', SCOPES_FOLDER, council)));
        expect(assembled, council).toBe(whole);
      }
    });
  });

  describe('searching the assembled site', () => {
    let whole: OpenSite;
    let sharded: OpenSite;
    beforeAll(async () => {
      whole = await openSite(site.whole);
      sharded = await openSite(site.assembled);
    });
    afterAll(async () => {
      await closeSite(whole);
      await closeSite(sharded);
    });

    async function found(open: OpenSite, query: string): Promise<{ status: string; paths: string[] }> {
      await openSearch(open.page, open.server.url, { q: query });
      await showAll(open.page);
      return { status: await statusOf(open.page), paths: (await resultsOf(open.page)).map((result) => result.path).sort() };
    }

    it.each(queries.found)('finds the same records for "%s" as the whole build', async (query) => {
      const expected = await found(whole, query);
      expect(expected.paths.length).toBeGreaterThan(0);
      expect(await found(sharded, query)).toEqual(expected);
    });

    /** The dates of every result, in the order shown (records of the same date may come in either order). */
    async function dates(open: OpenSite, query: string, sort: string): Promise<{ dates: string[]; paths: string[] }> {
      await openSearch(open.page, open.server.url, { q: query, sort });
      await showAll(open.page);
      const results = await resultsOf(open.page);
      return {
        dates: results.map((result) => /\b\d{1,2} [A-Z][a-z]+ \d{4}\b/.exec(result.meta)?.[0] ?? 'undated'),
        paths: results.map((result) => result.path).sort(),
      };
    }

    it.each(['oldest', 'newest'])('sorts by date (%s first) across the shards as the whole build does', async (sort) => {
      for (const query of queries.dated) {
        const expected = await dates(whole, query, sort);
        expect(expected.dates.filter((date) => date !== 'undated').length).toBeGreaterThan(1);
        expect(await dates(sharded, query, sort)).toEqual(expected);
      }
    });
  });
}
