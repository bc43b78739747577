import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asMetaIndex, decodeFile, type Entry, type MetaIndex } from '../../src/model/pagefind-format.ts';
import { SORT_VALUES_FILE } from '../../src/model/pagefind-merge.ts';
import { dateRank } from '../../src/model/search-page-names.ts';
import { pagesText, SHARD_MANIFEST, type ShardManifest } from '../../src/model/shard.ts';
import { assemble } from './assemble.ts';
import { AssembleError } from './shard-folder.ts';

const SITE = 'https://example.org/';
const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">';
const INDEX_HEAD = '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';

/** The site's pages, and which shard of 2 builds each. */
const PAGES: Record<string, number> = { '': 1, 'meetings/a': 1, 'meetings/b': 2, 'meetings/c10': 2, 'meetings/c9': 1, search: 2 };
const ALL = Object.keys(PAGES);

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'assemble-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const sitemapUrl = (key: string) => `<url><loc>${SITE}${key === '' ? '' : `${key}/`}</loc></url>`;

/** Writes what `npm run build -- --shard k/2` would, for the pages above; `change` edits the manifest. */
function shard(index: number, change: Partial<ShardManifest> = {}, count = 2): string {
  const dir = join(root, `shard-${index}`);
  const built = ALL.filter((key) => ((PAGES[key] ?? 0) - 1) % count === index - 1);
  const manifest: ShardManifest = {
    format: 1,
    shard: index,
    shards: count,
    commit: 'abc',
    content: 'c0ffee',
    base: '/',
    site: null,
    buildDate: '2024-05-01',
    pages: ALL.length,
    pagesDigest: createHash('sha256').update(pagesText(ALL)).digest('hex'),
    built,
    ...change,
  };
  write(join(dir, SHARD_MANIFEST), JSON.stringify(manifest));
  for (const key of built) write(join(dir, key, 'index.html'), `<h1>${key}</h1>`);
  write(join(dir, '_astro/site.css'), 'body{}');
  write(join(dir, 'favicon.svg'), '<svg/>');
  if (index === 1) write(join(dir, 'feeds/all.xml'), '<rss/>');
  write(join(dir, 'pagefind/pagefind-entry.json'), `{"shard":${index}}`);
  write(join(dir, 'pagefind/index/en_1.pf_index'), `index ${index}`);
  write(join(dir, 'pagefind/parts.json'), index === 2 ? '["part-2/"]\n' : '[]\n');
  if (index === 2) write(join(dir, 'pagefind/part-2/pagefind-entry.json'), '{}');
  // Like @astrojs/sitemap: the shard's pages and the pages without parameters ('' and search).
  const urls = [...new Set([...built, '', 'search'])].sort((a, b) => `${SITE}${a}/`.localeCompare(`${SITE}${b}/`, 'en', { numeric: true }));
  write(join(dir, 'sitemap-0.xml'), `${HEAD}${urls.map(sitemapUrl).join('')}</urlset>`);
  write(join(dir, 'sitemap-index.xml'), `${INDEX_HEAD}<sitemap><loc>${SITE}sitemap-0.xml</loc></sitemap></sitemapindex>`);
  return dir;
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('assemble', () => {
  it('puts the shards together: every file once, one search index in parts, one sitemap', async () => {
    const out = join(root, 'site');
    const summary = await assemble(out, [shard(2), shard(1)]);
    expect(filesBelow(out)).toEqual(
      [
        '_astro/site.css',
        'favicon.svg',
        'feeds/all.xml',
        'index.html',
        'meetings/a/index.html',
        'meetings/b/index.html',
        'meetings/c10/index.html',
        'meetings/c9/index.html',
        'search/index.html',
        'pagefind/pagefind-entry.json',
        'pagefind/index/en_1.pf_index',
        'pagefind/parts.json',
        'pagefind/shard-2/pagefind-entry.json',
        'pagefind/shard-2/index/en_1.pf_index',
        'pagefind/shard-2/part-2/pagefind-entry.json',
        'sitemap-0.xml',
        'sitemap-index.xml',
      ].sort(),
    );
    expect(readFileSync(join(out, 'pagefind/parts.json'), 'utf8')).toBe('["shard-2/","shard-2/part-2/"]\n');
    expect(readFileSync(join(out, 'pagefind/index/en_1.pf_index'), 'utf8')).toBe('index 1');
    expect(readFileSync(join(out, 'pagefind/shard-2/index/en_1.pf_index'), 'utf8')).toBe('index 2');
    // Sorted as @astrojs/sitemap sorts (numbers as numbers: c9 before c10), each URL once.
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toBe(
      `${HEAD}${['', 'meetings/a', 'meetings/b', 'meetings/c9', 'meetings/c10', 'search'].map(sitemapUrl).join('')}</urlset>`,
    );
    expect(readFileSync(join(out, 'sitemap-index.xml'), 'utf8')).toBe(
      `${INDEX_HEAD}<sitemap><loc>${SITE}sitemap-0.xml</loc></sitemap></sitemapindex>`,
    );
    expect(summary).toMatchObject({
      shards: 2,
      pages: 6,
      searchParts: ['', 'shard-2/', 'shard-2/part-2/'],
      searchMerged: false,
      sitemapUrls: 6,
    });
    // Neither shard can be merged: shard 1 kept no sort values, shard 2's own index is in parts.
    expect(summary.warnings).toHaveLength(1);
    expect(summary.warnings[0]).toMatch(
      /^search index left in 3 parts for the search page to merge .*: .*shard-1 \(shard 1\/2\) has no pagefind\/sort-values\.json \(build it again with this commit\); the index of .*shard-2 \(shard 2\/2\) is in 2 parts/,
    );
  });

  it('assembles one shard of one as the site itself', async () => {
    const only = shard(1, {}, 1);
    const summary = await assemble(join(root, 'site'), [only]);
    expect(readFileSync(join(root, 'site/pagefind/parts.json'), 'utf8')).toBe('[]\n');
    expect(summary).toMatchObject({ searchParts: [''], searchMerged: false, warnings: [] });
  });

  async function refusal(out: string, dirs: string[]): Promise<string> {
    const error = await assemble(out, dirs).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AssembleError);
    // Nothing was written.
    expect(existsSync(out) && readdirSync(out).length > 0).toBe(false);
    return (error as Error).message;
  }

  it('refuses a missing shard, naming it', async () => {
    expect(await refusal(join(root, 'site'), [shard(1)])).toBe('shard 2/2 is missing: give the output folder of every shard (2 in all)');
  });

  it('refuses a shard given twice', async () => {
    const one = shard(1);
    expect(await refusal(join(root, 'site'), [one, shard(2), one])).toMatch(
      /shard-1 and .*shard-1 are both shard 1\/2: give each shard once/,
    );
  });

  it('refuses shards of different content, commits, splits or settings, naming both and the difference', async () => {
    const one = shard(1);
    expect(await refusal(join(root, 'site'), [one, shard(2, { content: 'beef' })])).toMatch(
      /shard-1 \(shard 1\/2\) and .*shard-2 \(shard 2\/2\) are not shards of one build: their content differs \("c0ffee" and "beef"\)/,
    );
    expect(await refusal(join(root, 'site'), [one, shard(2, { commit: 'def' })])).toMatch(/their commit differs \("abc" and "def"\)/);
    expect(await refusal(join(root, 'site'), [one, shard(2, { buildDate: '2024-05-02' })])).toMatch(/their buildDate differs/);
    expect(await refusal(join(root, 'site'), [one, shard(2, { base: '/scrutiny/' })])).toMatch(/their base differs/);
    expect(await refusal(join(root, 'site'), [one, shard(2, {}, 3)])).toMatch(/their shards differs \(2 and 3\)/);
  });

  it('refuses a page built by two shards', async () => {
    const two = shard(2, { built: ['meetings/a', 'meetings/b', 'meetings/c10', 'search'] });
    expect(await refusal(join(root, 'site'), [shard(1), two])).toMatch(
      /the page \/meetings\/a was built by .*shard-1 \(shard 1\/2\) and by .*shard-2 \(shard 2\/2\)/,
    );
  });

  it('refuses shards that leave a page out', async () => {
    const two = shard(2, { built: ['meetings/b', 'search'] });
    expect(await refusal(join(root, 'site'), [shard(1), two])).toBe(
      "1 of the site's 6 pages was built by no shard: the shards do not make the whole site",
    );
  });

  it('refuses shards whose pages are not the same site', async () => {
    const two = shard(2, { built: ['meetings/b', 'meetings/c10', 'searchx'] });
    expect(await refusal(join(root, 'site'), [shard(1), two])).toMatch(/the shards built pages that are not the site's 6 pages/);
  });

  it('refuses a file two shards wrote differently, naming both', async () => {
    const two = shard(2);
    writeFileSync(join(two, '_astro/site.css'), 'body{color:red}');
    expect(await refusal(join(root, 'site'), [shard(1), two])).toMatch(
      /\/shard-1\/_astro\/site\.css and .*\/shard-2\/_astro\/site\.css differ: both shards wrote _astro\/site\.css/,
    );
  });

  it('refuses a folder that is not a shard, a missing folder, and a shard without its search index', async () => {
    const plain = join(root, 'plain');
    write(join(plain, 'index.html'), 'x');
    expect(await refusal(join(root, 'site'), [plain])).toMatch(
      /plain is not the output of a shard's build: it has no shard-manifest\.json/,
    );
    expect(await refusal(join(root, 'site'), [join(root, 'nowhere')])).toMatch(/nowhere: no such folder/);
    write(join(plain, SHARD_MANIFEST), '{"format":2}');
    expect(await refusal(join(root, 'site'), [plain])).toMatch(/is not a shard manifest this version reads/);
    const two = shard(2);
    rmSync(join(two, 'pagefind'), { recursive: true });
    expect(await refusal(join(root, 'site'), [shard(1), two])).toMatch(/shard-2 \(shard 2\/2\) has no search index/);
  });

  it("refuses a shard's sort values that are not a list of each page's values, naming the file", async () => {
    for (const text of ['[{"date":"2020-01-01"}', '{"date":"2020-01-01"}', '[{"date":2020}]', '[null]', '[["2020-01-01"]]']) {
      const two = shard(2);
      write(join(two, 'pagefind', SORT_VALUES_FILE), text);
      expect(await refusal(join(root, 'site'), [shard(1), two])).toMatch(
        /shard-2\/pagefind\/sort-values\.json is not a list of each page's sort values \(.*shard-2 \(shard 2\/2\)\): build the shard again with this commit$/,
      );
      rmSync(two, { recursive: true });
    }
  });

  it('refuses an output folder that is not empty, or inside a shard', async () => {
    const out = join(root, 'site');
    write(join(out, 'old.html'), 'x');
    await expect(assemble(out, [shard(1), shard(2)])).rejects.toThrow(/site is not empty: assemble into a new or empty folder/);
    const one = shard(1);
    expect(await refusal(join(one, 'site'), [one, shard(2)])).toMatch(/is inside the shard folder/);
  });
});

/** A meeting page as the site writes it for Pagefind: its words, and its date as a sort value (none: undated). */
function meetingHtml(key: string, date: string | null, words: string): string {
  const sort = date === null ? '' : `<span data-pagefind-sort="date[data-value]" data-value="${date}"></span>`;
  return `<!doctype html><html lang="en-GB"><body><div hidden>${sort}</div><main data-pagefind-body><h1>${key}</h1><p>${words}</p></main></body></html>`;
}

/** The meeting pages of each shard above (shard 2 first: its dates come between shard 1's). */
const MEETINGS: Record<number, { key: string; date: string | null; words: string }[]> = {
  1: [
    { key: 'meetings/a', date: '2019-03-01', words: 'school transport budget' },
    { key: 'meetings/c9', date: '2021-07-15', words: 'carers strategy budget' },
  ],
  2: [
    { key: 'meetings/b', date: '2020-11-30', words: 'school safeguarding' },
    { key: 'meetings/c10', date: null, words: 'library budget' },
    { key: 'meetings/c11', date: '2018-01-09', words: 'housing' },
  ],
};

afterAll(() => pagefind.close());

/**
 * Replaces the shard's stand-in index with a real one of its meeting pages, as its build writes
 * it: one index, `parts.json` empty, and (unless `sortValues` is false) each page's sort values
 * in the order Pagefind numbered the pages.
 */
async function indexShard(dir: string, index: number, sortValues = true): Promise<void> {
  rmSync(join(dir, 'pagefind'), { recursive: true });
  const { index: pagefindIndex, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (pagefindIndex === undefined) throw new Error(errors.join('; '));
  const pages = MEETINGS[index] ?? [];
  for (const page of pages)
    await pagefindIndex.addHTMLFile({ sourcePath: `${page.key}/index.html`, content: meetingHtml(page.key, page.date, page.words) });
  await pagefindIndex.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefindIndex.deleteIndex();
  write(join(dir, 'pagefind/parts.json'), '[]\n');
  if (sortValues)
    write(join(dir, 'pagefind', SORT_VALUES_FILE), JSON.stringify(pages.map((page) => (page.date === null ? {} : { date: page.date }))));
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The index in `dir`: its entry and metadata, and each page's address and date, by page number. */
function readIndex(dir: string): { entry: Entry; meta: MetaIndex; pages: { url: string; date: string | undefined }[] } {
  const entry = readJson(join(dir, 'pagefind-entry.json')) as Entry;
  const metaFile = join(dir, `pagefind.${entry.languages['en']?.hash}.pf_meta`);
  const meta = asMetaIndex(decodeFile(readFileSync(metaFile), metaFile), metaFile);
  const pages = meta[1].map(([hash]) => {
    // A fragment is gzip of `pagefind_dcd` and the page's JSON.
    const text = gunzipSync(readFileSync(join(dir, 'fragment', `${hash}.pf_fragment`))).toString('utf8');
    const fragment = JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string; sort?: Record<string, string> };
    return { url: fragment.url, date: fragment.sort?.['date'] };
  });
  return { entry, meta, pages };
}

describe('assembling shards with real search indexes', () => {
  const ALL_MEETINGS = [...(MEETINGS[1] ?? []), ...(MEETINGS[2] ?? [])];

  /** Shards 1 and 2 of the pages above, with real indexes; shard 2 also builds meetings/c11. */
  async function realShards(sortValues: [boolean, boolean] = [true, true]): Promise<string[]> {
    const all = [...ALL, 'meetings/c11'];
    const change = (index: number): Partial<ShardManifest> => ({
      pages: all.length,
      pagesDigest: createHash('sha256').update(pagesText(all)).digest('hex'),
      built: all.filter((key) => (key === 'meetings/c11' ? 2 : PAGES[key]) === index),
    });
    const dirs = [shard(1, change(1)), shard(2, change(2))];
    for (const [at, dir] of dirs.entries()) await indexShard(dir, at + 1, sortValues[at]);
    return dirs;
  }

  it("merges the shards' indexes into one index: every page, one date order, nothing of the shards' left", async () => {
    const out = join(root, 'site');
    const summary = await assemble(out, await realShards());
    expect(summary).toMatchObject({ shards: 2, pages: 7, searchParts: [''], searchMerged: true, warnings: [] });
    expect(readFileSync(join(out, 'pagefind/parts.json'), 'utf8')).toBe('[]\n');
    const files = filesBelow(out);
    expect(files.filter((name) => name.startsWith('pagefind/shard-2/') || name.endsWith(SORT_VALUES_FILE))).toEqual([]);
    expect(summary.files).toBe(files.length);

    const { entry, meta, pages } = readIndex(join(out, 'pagefind'));
    expect(entry.languages['en']?.page_count).toBe(ALL_MEETINGS.length);
    // Every page of both shards, each with its own fragment.
    expect(pages.map((page) => page.url).sort()).toEqual(ALL_MEETINGS.map((page) => `/${page.key}/`).sort());
    expect(files.filter((name) => name.startsWith('pagefind/fragment/'))).toHaveLength(ALL_MEETINGS.length);
    // Numbered in one date order across the shards (shard 2's 2018 and 2020 meetings around
    // shard 1's), the undated pages last; the names say it, so no sort list is left.
    expect(meta[4]).toEqual([]);
    expect(pages.map((page) => page.url).slice(0, 4)).toEqual(['/meetings/c11/', '/meetings/a/', '/meetings/b/', '/meetings/c9/']);
    expect(pages.slice(4).every((page) => page.date === undefined)).toBe(true);
    expect(meta[1].map(([name]) => dateRank(name))).toEqual([0, 1, 2, 3, ...pages.slice(4).map(() => null)]);
    // A word on pages of both shards lists them all.
    const chunks = meta[2].map(([, , hash]) => join(out, 'pagefind/index', `${hash}.pf_index`));
    const words = chunks
      .flatMap((file) => decodeFile(readFileSync(file), file) as [string, [number, number[], number[]][], unknown[]][][])
      .flat();
    const budget = words.find(([word]) => word === 'budget')?.[1] ?? [];
    const budgetPages = budget.reduce<number[]>((list, [delta]) => [...list, (list.at(-1) ?? 0) + delta], []);
    expect(budgetPages.map((page) => pages[page]?.url)).toEqual(['/meetings/a/', '/meetings/c9/', '/meetings/c10/']);
  });

  it('leaves the indexes in parts, with a warning, when a shard kept no sort values', async () => {
    const out = join(root, 'site');
    const summary = await assemble(out, await realShards([true, false]));
    expect(summary).toMatchObject({ searchParts: ['', 'shard-2/'], searchMerged: false });
    expect(summary.warnings).toEqual([
      expect.stringMatching(/^search index left in 2 parts .*: .*shard-2 \(shard 2\/2\) has no pagefind\/sort-values\.json/),
    ]);
    expect(readJson(join(out, 'pagefind/parts.json'))).toEqual(['shard-2/']);
    expect(readIndex(join(out, 'pagefind')).pages).toHaveLength(2);
    expect(readIndex(join(out, 'pagefind/shard-2')).pages).toHaveLength(3);
    expect(filesBelow(out).filter((name) => name.endsWith(SORT_VALUES_FILE))).toEqual([]);
  });

  it('leaves the indexes in parts, as they were, with a warning, when the merge cannot read them', async () => {
    const dirs = await realShards();
    // Sort values of two pages for an index of three: the merge refuses (FormatError).
    write(join(dirs[1] as string, 'pagefind', SORT_VALUES_FILE), '[{"date":"2020-11-30"},{}]');
    const out = join(root, 'site');
    const summary = await assemble(out, dirs);
    expect(summary).toMatchObject({ searchParts: ['', 'shard-2/'], searchMerged: false });
    expect(summary.warnings).toEqual([
      expect.stringMatching(
        /^search index left in 2 parts .*: the merge could not read the shards' indexes \(.*3 pages indexed, 2 sent\): build every shard again/,
      ),
    ]);
    expect(readJson(join(out, 'pagefind/parts.json'))).toEqual(['shard-2/']);
    // Each index is the shard's, file for file.
    for (const [at, dir] of dirs.entries()) {
      const copied = join(out, 'pagefind', at === 0 ? '' : 'shard-2');
      const own = filesBelow(join(dir, 'pagefind')).filter((name) => name !== 'parts.json' && name !== SORT_VALUES_FILE);
      expect(filesBelow(copied).filter((name) => !name.startsWith('shard-2/') && name !== 'parts.json')).toEqual(own);
      for (const name of own) expect(readFileSync(join(copied, name)).equals(readFileSync(join(dir, 'pagefind', name)))).toBe(true);
    }
  });
});
