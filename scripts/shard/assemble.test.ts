import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pagesText, SHARD_MANIFEST, type ShardManifest } from '../../src/model/shard.ts';
import { assemble, AssembleError, mergeSitemaps } from './assemble.ts';

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
    expect(summary).toMatchObject({ shards: 2, pages: 6, searchParts: ['', 'shard-2/', 'shard-2/part-2/'], sitemapUrls: 6 });
  });

  it('assembles one shard of one as the site itself', async () => {
    const only = shard(1, {}, 1);
    await assemble(join(root, 'site'), [only]);
    expect(readFileSync(join(root, 'site/pagefind/parts.json'), 'utf8')).toBe('[]\n');
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

  it('refuses an output folder that is not empty, or inside a shard', async () => {
    const out = join(root, 'site');
    write(join(out, 'old.html'), 'x');
    await expect(assemble(out, [shard(1), shard(2)])).rejects.toThrow(/site is not empty: assemble into a new or empty folder/);
    const one = shard(1);
    expect(await refusal(join(one, 'site'), [one, shard(2)])).toMatch(/is inside the shard folder/);
  });
});

describe('mergeSitemaps', () => {
  it('splits the URLs into files of `limit` and lists them in the index', () => {
    const entries = ['a', 'b', 'c'].map((key) => ({ loc: `${SITE}${key}/`, xml: sitemapUrl(key) }));
    const files = mergeSitemaps([{ head: HEAD, indexHead: INDEX_HEAD, indexLoc: `${SITE}sitemap-0.xml`, entries }], 2);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files.get('sitemap-1.xml')).toBe(`${HEAD}${sitemapUrl('c')}</urlset>`);
    expect(files.get('sitemap-index.xml')).toBe(
      `${INDEX_HEAD}<sitemap><loc>${SITE}sitemap-0.xml</loc></sitemap><sitemap><loc>${SITE}sitemap-1.xml</loc></sitemap></sitemapindex>`,
    );
  });
});
