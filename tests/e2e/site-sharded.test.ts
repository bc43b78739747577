/**
 * Issue 16, goal 6: the site built in 2 shards, each into a folder of its own as on two machines
 * (`npm run build -- --shard k/2`, scripts/build.ts), and put together (`npm run assemble`,
 * scripts/assemble.ts) is the site one build makes: every page in exactly one shard, every file
 * byte for byte the same as the global setup's build (the search index aside: the shards' indexes
 * merged into one, whose pages are numbered shard by shard), and searching it finds the same
 * records, in the same date order.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES_FOLDER } from '../../src/model/search-scopes.ts';
import { closeSite, openSite, SITE_DIR, type OpenSite } from './harness.ts';
import { openSearch, resultsOf, showAll, statusOf } from './search-page.ts';

const SHARDS = ['dist-test/shard-1', 'dist-test/shard-2'];
const ASSEMBLED = 'dist-test/sharded';
/** The whole build, when this file makes it too (SKIP_BUILD: the global setup's may be older than the code). */
const WHOLE_AGAIN = 'dist-test/root-whole';
const WHOLE = process.env['SKIP_BUILD'] ? WHOLE_AGAIN : SITE_DIR;

function node(args: string[], env: Record<string, string> = {}): void {
  execFileSync('node', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BASE_PATH: '/', NO_COLOR: '1', ...env } });
}

/** Every file below `dir`, as sorted relative paths. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

const outsideIndex = (name: string) => !name.startsWith('pagefind/');

beforeAll(() => {
  rmSync(ASSEMBLED, { recursive: true, force: true });
  if (WHOLE === WHOLE_AGAIN) node(['scripts/build.ts'], { OUT_DIR: WHOLE_AGAIN });
  SHARDS.forEach((dir, i) => node(['scripts/build.ts', '--shard', `${i + 1}/${SHARDS.length}`], { OUT_DIR: dir }));
  node(['scripts/assemble.ts', ASSEMBLED, ...SHARDS]);
});

afterAll(() => {
  for (const dir of [...SHARDS, ASSEMBLED, WHOLE_AGAIN]) rmSync(dir, { recursive: true, force: true });
});

describe('the site built in 2 shards and assembled', () => {
  it('builds every page in exactly one shard', () => {
    const pages = files(WHOLE).filter((name) => name.endsWith('.html') && outsideIndex(name));
    const inShards = SHARDS.map((dir) => new Set(files(dir)));
    const shardsOf = (name: string) => inShards.filter((names) => names.has(name)).length;
    expect(pages.filter((name) => shardsOf(name) !== 1)).toEqual([]);
    // Both shards did some of the work.
    for (const names of inShards)
      expect([...names].filter((name) => name.endsWith('.html') && outsideIndex(name)).length).toBeGreaterThan(pages.length / 4);
  });

  it('is the whole build, byte for byte, outside the search index', () => {
    const names = files(WHOLE).filter(outsideIndex);
    expect(files(ASSEMBLED).filter(outsideIndex)).toEqual(names);
    const different = names.filter((name) => !readFileSync(join(WHOLE, name)).equals(readFileSync(join(ASSEMBLED, name))));
    expect(different).toEqual([]);
  });

  it("merges the shards' search indexes into one", () => {
    expect(JSON.parse(readFileSync(join(ASSEMBLED, 'pagefind/parts.json'), 'utf8'))).toEqual([]);
    const inIndex = files(join(ASSEMBLED, 'pagefind'));
    expect(inIndex.filter((name) => name.startsWith('shard-') || name === 'sort-values.json')).toEqual([]);
    // As many pages as the whole build's index, and each council's index as many as the whole build's.
    const pageCount = (index: string) =>
      (JSON.parse(readFileSync(join(index, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> })
        .languages['en']?.page_count;
    expect(pageCount(join(ASSEMBLED, 'pagefind'))).toBe(pageCount(join(WHOLE, 'pagefind')));
    const councils = readdirSync(join(WHOLE, 'pagefind', SCOPES_FOLDER)).sort();
    expect(councils.length).toBeGreaterThan(1);
    expect(readdirSync(join(ASSEMBLED, 'pagefind', SCOPES_FOLDER)).sort()).toEqual(councils);
    for (const council of councils) {
      const [whole, assembled] = [WHOLE, ASSEMBLED].map((site) => pageCount(join(site, 'pagefind', SCOPES_FOLDER, council)));
      expect(assembled, council).toBe(whole);
    }
  });
});

/** Searches: words found on many records and on few (the benchmark's archives are made of the bundled records' sentences). */
const QUERIES =
  (process.env['CONTENT_DIR'] ?? 'content') === 'content'
    ? ['home to school transport', 'Deanes School', 'carers strategy', 'PAF/01/15', 'safeguarding', 'Gooding', 'budget']
    : ['home to school transport', 'carers strategy', 'safeguarding', 'budget'];

describe('searching the assembled site', () => {
  let whole: OpenSite;
  let sharded: OpenSite;
  beforeAll(async () => {
    whole = await openSite(WHOLE);
    sharded = await openSite(ASSEMBLED);
  });
  afterAll(async () => {
    await closeSite(whole);
    await closeSite(sharded);
  });

  async function found(site: OpenSite, query: string): Promise<{ status: string; paths: string[] }> {
    await openSearch(site.page, site.server.url, { q: query });
    await showAll(site.page);
    return { status: await statusOf(site.page), paths: (await resultsOf(site.page)).map((result) => result.path).sort() };
  }

  it.each(QUERIES)('finds the same records for "%s" as the whole build', async (query) => {
    const expected = await found(whole, query);
    expect(expected.paths.length).toBeGreaterThan(0);
    expect(await found(sharded, query)).toEqual(expected);
  });

  /** The dates of every result, in the order shown (records of the same date may come in either order). */
  async function dates(site: OpenSite, query: string, sort: string): Promise<{ dates: string[]; paths: string[] }> {
    await openSearch(site.page, site.server.url, { q: query, sort });
    await showAll(site.page);
    const results = await resultsOf(site.page);
    return {
      dates: results.map((result) => /\b\d{1,2} [A-Z][a-z]+ \d{4}\b/.exec(result.meta)?.[0] ?? 'undated'),
      paths: results.map((result) => result.path).sort(),
    };
  }

  it.each(['oldest', 'newest'])('sorts by date (%s first) across the shards as the whole build does', async (sort) => {
    for (const query of ['budget', 'safeguarding']) {
      const expected = await dates(whole, query, sort);
      expect(expected.dates.filter((date) => date !== 'undated').length).toBeGreaterThan(1);
      expect(await dates(sharded, query, sort)).toEqual(expected);
    }
  });
});
