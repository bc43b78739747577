import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShardManifest } from '../../src/model/shard.ts';
import { AssembleError, type Shard } from './shard-folder.ts';
import { mergeSitemaps, readSitemap, SITEMAP_ENTRY_LIMIT, SITEMAP_FILE } from './sitemaps.ts';

const SITE = 'https://example.org/';
const HEAD = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const INDEX_HEAD = '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const INDEX_LOC = `${SITE}sitemap-0.xml`;

/** A `<url>` as @astrojs/sitemap writes it, for the page at `path` (XML-escaped, as in the file). */
const url = (path: string) => `<url><loc>${SITE}${path}</loc></url>`;
/** A sitemap as readSitemap gives it, of the pages at `paths` (their addresses decoded). */
const sitemap = (paths: string[], head = HEAD) => ({
  head,
  indexHead: INDEX_HEAD,
  indexLoc: INDEX_LOC,
  entries: paths.map((path) => ({ loc: `${SITE}${path.replaceAll('&amp;', '&')}`, xml: url(path) })),
});
const indexOf = (...names: string[]) =>
  `${INDEX_HEAD}${names.map((name) => `<sitemap><loc>${SITE}${name}</loc></sitemap>`).join('')}</sitemapindex>`;

describe('mergeSitemaps', () => {
  it('splits the URLs into files of `limit` and lists them in the index', () => {
    const files = mergeSitemaps([sitemap(['a/', 'b/', 'c/'])], 2);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files.get('sitemap-0.xml')).toBe(`${HEAD}${url('a/')}${url('b/')}</urlset>`);
    expect(files.get('sitemap-1.xml')).toBe(`${HEAD}${url('c/')}</urlset>`);
    expect(files.get('sitemap-index.xml')).toBe(indexOf('sitemap-0.xml', 'sitemap-1.xml'));
  });

  it('writes one more file past SITEMAP_ENTRY_LIMIT URLs, as @astrojs/sitemap does', () => {
    const paths = Array.from({ length: SITEMAP_ENTRY_LIMIT + 1 }, (_, i) => `meetings/m${i}/`);
    const files = mergeSitemaps([sitemap(paths.slice(0, 3)), sitemap(paths)]);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files.get('sitemap-0.xml')?.match(/<url>/g)).toHaveLength(SITEMAP_ENTRY_LIMIT);
    // Numbers sorted as numbers: the largest last, alone in the second file.
    expect(files.get('sitemap-1.xml')).toBe(`${HEAD}${url(`meetings/m${SITEMAP_ENTRY_LIMIT}/`)}</urlset>`);
    expect(files.get('sitemap-index.xml')).toBe(indexOf('sitemap-0.xml', 'sitemap-1.xml'));
  });

  it("puts the shards' URLs together once each, sorted with numbers as numbers", () => {
    const files = mergeSitemaps([sitemap(['', 'c10/', 'search/']), sitemap(['', 'c9/', 'a/', 'search/'])]);
    expect(files.get('sitemap-0.xml')).toBe(`${HEAD}${['', 'a/', 'c9/', 'c10/', 'search/'].map(url).join('')}</urlset>`);
    expect(files.get('sitemap-index.xml')).toBe(indexOf('sitemap-0.xml'));
  });

  it("escapes & < > \" ' in the index's addresses, and keeps each URL's XML as the shard wrote it", () => {
    const indexLoc = `${SITE}a&b<c>"d'/sitemap-0.xml`;
    const files = mergeSitemaps([{ ...sitemap(['x&amp;y/']), indexLoc }]);
    expect(files.get('sitemap-index.xml')).toBe(
      `${INDEX_HEAD}<sitemap><loc>${SITE}a&amp;b&lt;c&gt;&quot;d&apos;/sitemap-0.xml</loc></sitemap></sitemapindex>`,
    );
    expect(files.get('sitemap-0.xml')).toBe(`${HEAD}${url('x&amp;y/')}</urlset>`);
  });

  it('refuses a URL two shards give differently, and sitemaps that start differently', () => {
    const other = { ...sitemap(['a/']), entries: [{ loc: `${SITE}a/`, xml: `<url><loc>${SITE}a/</loc><lastmod>2024</lastmod></url>` }] };
    expect(() => mergeSitemaps([sitemap(['a/']), other])).toThrow(
      new AssembleError(`the shards' sitemaps give ${SITE}a/ differently: build every shard with the same settings`),
    );
    expect(() => mergeSitemaps([sitemap(['a/']), sitemap(['b/'], HEAD.replace('0.9', '1.0'))])).toThrow(
      /^the shards' sitemaps start differently/,
    );
    expect(() => mergeSitemaps([sitemap(['a/']), { ...sitemap(['b/']), indexLoc: `${SITE}other/sitemap-0.xml` }])).toThrow(
      /^the shards' sitemaps start differently/,
    );
  });

  it('writes nothing without sitemaps', () => {
    expect(mergeSitemaps([]).size).toBe(0);
  });
});

describe('readSitemap', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitemaps-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const shard: Shard = { dir: 'shards/shard-2', manifest: { shard: 2, shards: 3 } as ShardManifest };
  const write = (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return Object.keys(files);
  };

  it('reads the files in number order (sitemap-10 after sitemap-9), their addresses decoded, and merges back to the same bytes', async () => {
    // Eleven files of a URL each, the first with the five entities in its address.
    const paths = ['a&amp;&lt;&gt;&quot;&apos;/', ...Array.from({ length: 10 }, (_, i) => `p${i + 1}/`)];
    const chunks = paths.map((path, i) => [`sitemap-${i}.xml`, `${HEAD}${url(path)}</urlset>${i === 1 ? '\n' : ''}`]);
    const names = write({ 'sitemap-index.xml': indexOf(...chunks.map(([name]) => name ?? '')), ...Object.fromEntries(chunks) });
    const read = await readSitemap(dir, ['index.html', ...names.reverse()], shard);
    expect(read).toEqual({
      head: HEAD,
      indexHead: INDEX_HEAD,
      indexLoc: INDEX_LOC,
      entries: [
        { loc: `${SITE}a&<>"'/`, xml: url(paths[0] ?? '') },
        ...paths.slice(1).map((path) => ({ loc: `${SITE}${path}`, xml: url(path) })),
      ],
    });
    const files = mergeSitemaps([read as NonNullable<typeof read>], 6);
    expect(files.get('sitemap-0.xml')).toBe(`${HEAD}${paths.slice(0, 6).map(url).join('')}</urlset>`);
    expect(files.get('sitemap-1.xml')).toBe(`${HEAD}${paths.slice(6).map(url).join('')}</urlset>`);
    expect(files.get('sitemap-index.xml')).toBe(indexOf('sitemap-0.xml', 'sitemap-1.xml'));
  });

  it("decodes the index's address, which the merge escapes again: the index comes out as it went in", async () => {
    const index = `${INDEX_HEAD}<sitemap><loc>${SITE}a&amp;b/sitemap-0.xml</loc></sitemap></sitemapindex>`;
    const read = await readSitemap(dir, write({ 'sitemap-index.xml': index, 'sitemap-0.xml': `${HEAD}${url('a/')}</urlset>` }), shard);
    expect(read?.indexLoc).toBe(`${SITE}a&b/sitemap-0.xml`);
    expect(mergeSitemaps([read as NonNullable<typeof read>]).get('sitemap-index.xml')).toBe(index);
  });

  it('decodes character references by number too, so an address written `&#38;` sorts and is escaped as `&`', async () => {
    const index = `${INDEX_HEAD}<sitemap><loc>${SITE}a&#38;b/sitemap-0.xml</loc></sitemap></sitemapindex>`;
    const names = write({ 'sitemap-index.xml': index, 'sitemap-0.xml': `${HEAD}${url('c&#x26;d/')}</urlset>` });
    const read = await readSitemap(dir, names, shard);
    expect(read?.indexLoc).toBe(`${SITE}a&b/sitemap-0.xml`);
    expect(read?.entries.map((entry) => entry.loc)).toEqual([`${SITE}c&d/`]);
    expect(mergeSitemaps([read as NonNullable<typeof read>]).get('sitemap-index.xml')).toBe(
      `${INDEX_HEAD}<sitemap><loc>${SITE}a&amp;b/sitemap-0.xml</loc></sitemap></sitemapindex>`,
    );
  });

  it('gives null for a shard without a sitemap index or without sitemap files', async () => {
    expect(await readSitemap(dir, write({ 'sitemap-0.xml': `${HEAD}</urlset>` }), shard)).toBeNull();
    expect(await readSitemap(dir, ['sitemap-index.xml'], shard)).toBeNull();
  });

  it('refuses files @astrojs/sitemap did not write, naming the file and the shard', async () => {
    write({ 'sitemap-0.xml': `${HEAD}${url('a/')}</urlset>` });
    const names = ['sitemap-index.xml', 'sitemap-0.xml'];
    write({ 'sitemap-index.xml': `${INDEX_HEAD}</sitemapindex>` });
    await expect(readSitemap(dir, names, shard)).rejects.toThrow(
      new AssembleError(
        `${join(dir, 'sitemap-index.xml')} is not a sitemap index as @astrojs/sitemap writes it (shards/shard-2 (shard 2/3))`,
      ),
    );
    write({ 'sitemap-index.xml': indexOf('sitemap-0.xml'), 'sitemap-0.xml': `${HEAD}${url('a/')}` });
    await expect(readSitemap(dir, names, shard)).rejects.toThrow(/sitemap-0\.xml is not a sitemap as @astrojs\/sitemap writes it/);
    write({ 'sitemap-0.xml': `${HEAD}<url><lastmod>2024</lastmod></url></urlset>` });
    await expect(readSitemap(dir, names, shard)).rejects.toThrow(
      /sitemap-0\.xml: a <url> without <loc> \(shards\/shard-2 \(shard 2\/3\)\)/,
    );
  });
});

describe('SITEMAP_FILE', () => {
  it("names @astrojs/sitemap's files and no others", () => {
    expect(['sitemap-index.xml', 'sitemap-0.xml', 'sitemap-12.xml'].every((name) => SITEMAP_FILE.test(name))).toBe(true);
    expect(['sitemap.xml', 'sitemap-a.xml', 'feeds/sitemap-0.xml', 'sitemap-0.xml.gz'].some((name) => SITEMAP_FILE.test(name))).toBe(false);
  });
});
