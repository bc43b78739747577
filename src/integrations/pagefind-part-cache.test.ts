/**
 * A rebuild reuses the parts of the index whose pages did not change: it sends Pagefind only the
 * pages of the parts that did, and its merged index is the same, byte for byte, as a build of the
 * same pages with no cache. Real Pagefind indexes of small pages, in small parts.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { close, type PagefindIndex } from 'pagefind';
import { PagefindFeed, sourcePathOf } from './pagefind-feed.ts';
import type { KeptHtml } from './pagefind-held-pages.ts';
import { searchFacts } from '../components/search/pagefind-record.ts';
import { createIndex, indexLine, partCache } from './pagefind.ts';
import { pageDigest, PartCache } from './pagefind-part-cache.ts';
import { cutPages } from './pagefind-part-cuts.ts';
import { searchDigest } from '../model/search-digest.ts';
import { keptBytes } from '../model/cache-file.ts';

const root = mkdtempSync(join(tmpdir(), 'pagefind-part-cache-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const WORDS = ['safety', 'signs', 'ofsted', 'school', 'transport', 'carers', 'budget', 'library', 'housing', 'roads', 'youth', 'waste'];

function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

interface Page {
  pathname: string;
  html: string;
}

function page(name: string, random: () => number): Page {
  const text = Array.from({ length: 20 + Math.floor(random() * 80) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const date = `20${10 + Math.floor(random() * 10)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
  const sort = `<div hidden><span data-pagefind-sort="date[data-value]" data-value="${date}"></span></div>`;
  return {
    pathname: `/meetings/${name}/`,
    html: `<!doctype html><html lang="en-GB"><body>${sort}<main data-pagefind-body><h1>Meeting ${name}</h1><p>${text}</p></main></body></html>`,
  };
}

const random = generator(11);
const PAGES = Array.from({ length: 80 }, (_, n) => page(`m${String(n).padStart(3, '0')}`, random));
const INSERTED = page('m040a', random);
const WITH_INSERTED = [...PAGES.slice(0, 40), INSERTED, ...PAGES.slice(40)];
/** Small parts: a few pages each. */
const LIMITS = { partBytes: 8_000, pagesPerPart: Infinity };

/** Every file below `dir` with its bytes, by its path below `dir`. */
function tree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => [
      relative(dir, join(entry.parentPath, entry.name)),
      readFileSync(join(entry.parentPath, entry.name)).toString('base64'),
    ]),
  );
}

/**
 * Builds the index of `pages` into a new output folder; counts the pages that reach Pagefind. With
 * `digestOf`, pages come as the page cache sends kept ones: bytes read when asked for, a digest and
 * SearchFacts; `read` counts those whose bytes the feed read, `decoded` those it decoded.
 */
async function build(name: string, pages: readonly Page[], cache: PartCache | undefined, digestOf?: (page: Page) => string) {
  const outDir = join(root, name);
  let added = 0;
  let decoded = 0;
  let read = 0;
  const kept = (page: Page): KeptHtml => {
    const bytes = Buffer.from(page.html);
    const decode = bytes.toString.bind(bytes);
    bytes.toString = (...args: Parameters<Buffer['toString']>) => ((decoded += 1), decode(...args));
    return { bytes: keptBytes(bytes.length, () => ((read += 1), bytes)), facts: searchFacts(page.html) };
  };
  const counting = async (): Promise<PagefindIndex> => {
    const index = await createIndex();
    return { ...index, addHTMLFile: (file) => ((added += 1), index.addHTMLFile(file)) };
  };
  const feed = new PagefindFeed({ createIndex: counting, base: '/', outDir, ...LIMITS, cache });
  for (const page of pages) feed.add(page.pathname, digestOf === undefined ? page.html : kept(page), digestOf?.(page) ?? null);
  const outcome = await feed.finish();
  await close();
  return { outcome, added, decoded, read, index: tree(join(outDir, 'pagefind')) };
}

/** The parts the pages are cut into, each as its pages' paths. */
function partsOf(pages: readonly Page[]): string[] {
  const cut = cutPages(
    pages.map(({ pathname, html }) => ({ sourcePath: sourcePathOf(pathname, '/'), bytes: html.length })),
    LIMITS,
  );
  return cut.map((part) => part.map((at) => pages[at]?.pathname).join(' '));
}

describe('index parts kept for the next build', () => {
  const cacheDir = join(root, 'astro-cache');
  const folder = join(cacheDir, 'scrutiny', 'pagefind-parts');

  it('are reused when their pages come again: only the changed parts go to Pagefind, and the index is the same as without a cache', async () => {
    const before = partsOf(PAGES);
    const after = partsOf(WITH_INSERTED);
    expect(before.length).toBeGreaterThan(5);
    const changed = after.filter((part) => !before.includes(part));
    expect(changed.length).toBeLessThanOrEqual(2);
    const changedPages = changed.reduce((sum, part) => sum + part.split(' ').length, 0);

    const first = await build('first', PAGES, partCache(cacheDir, null, ['astro', 'build']));
    expect(first.outcome).toMatchObject({ parts: before.length, reused: 0, sent: PAGES.length, indexed: PAGES.length, merged: true });
    expect(first.added).toBe(PAGES.length);
    // Each part kept under its digest, nothing else.
    expect(readdirSync(folder).sort()).toHaveLength(before.length);
    expect(readdirSync(folder).every((name) => /^[0-9a-f]{32}$/.test(name))).toBe(true);

    // A page inserted: the parts that do not hold it come from the cache.
    const rebuilt = await build('rebuilt', WITH_INSERTED, partCache(cacheDir, null, ['astro', 'build']));
    expect(rebuilt.added).toBe(changedPages);
    expect(rebuilt.outcome).toMatchObject({
      parts: after.length,
      reused: after.length - changed.length,
      sent: changedPages,
      indexed: WITH_INSERTED.length,
      merged: true,
    });
    expect(indexLine(rebuilt.outcome).text).toMatch(
      new RegExp(`^${after.length} parts \\(${after.length - changed.length} reused from the previous build\\)`),
    );
    // Only this build's parts are kept.
    expect(readdirSync(folder)).toHaveLength(after.length);

    const fresh = await build('fresh', WITH_INSERTED, undefined);
    expect(fresh.outcome).toMatchObject({ parts: after.length, reused: 0, sent: WITH_INSERTED.length });
    expect([...rebuilt.index.keys()].sort()).toEqual([...fresh.index.keys()].sort());
    expect(rebuilt.index).toEqual(fresh.index);
    expect(rebuilt.index.size).toBeGreaterThan(WITH_INSERTED.length);

    // The same pages again: every part reused, nothing sent, the same index.
    const again = await build('again', WITH_INSERTED, partCache(cacheDir, null, ['astro', 'build']));
    expect(again.outcome).toMatchObject({ parts: after.length, reused: after.length, sent: 0 });
    expect(again.added).toBe(0);
    expect(again.index).toEqual(fresh.index);

    // A page changed midway through a part: the pages before it were held back, and are sent with it.
    const edited = WITH_INSERTED.map((one, at) => (at === 60 ? { ...one, html: one.html.replace('</p>', ' amended</p>') } : one));
    // The same cuts (a page's size matters little), and the part that holds it changed.
    expect(partsOf(edited)).toEqual(after);
    const holding = after.find((part) => part.split(' ').includes(edited[60]?.pathname ?? '')) ?? '';
    const editedPages = holding.split(' ').length;
    expect(holding.split(' ').indexOf(edited[60]?.pathname ?? '')).toBeGreaterThan(0);
    const editedBuild = await build('edited', edited, partCache(cacheDir, null, ['astro', 'build']));
    expect(editedBuild.added).toBe(editedPages);
    expect(editedBuild.index).toEqual((await build('edited-fresh', edited, undefined)).index);
  });

  it("know a page by its HTML's digest, taken from the page cache when it gives one, with its bytes read and decoded only to index it", async () => {
    const cache = join(root, 'named-cache');
    const parts = partsOf(PAGES);
    const first = await build('named-first', PAGES, partCache(cache, null, ['astro', 'build']));
    expect(first.outcome).toMatchObject({ parts: parts.length, reused: 0, sent: PAGES.length });
    // The page cache's digests are the ones the feed computes: every part is reused.
    const kept = (page: Page) => searchDigest(page.html);
    const again = await build('named-again', PAGES, partCache(cache, null, ['astro', 'build']), kept);
    expect(again.outcome).toMatchObject({ parts: parts.length, reused: parts.length, sent: 0 });
    expect(again.decoded).toBe(0);
    expect(again.read).toBe(0);
    expect(again.index).toEqual(first.index);
    // A digest given is taken as it is, not computed: the page's part is indexed again.
    const other = (page: Page) => (page === PAGES[30] ? 'another output' : kept(page));
    const holding = parts.find((part) => part.split(' ').includes(PAGES[30]?.pathname ?? '')) ?? '';
    const third = await build('named-third', PAGES, partCache(cache, null, ['astro', 'build']), other);
    expect(third.outcome).toMatchObject({ parts: parts.length, reused: parts.length - 1, sent: holding.split(' ').length });
    expect(third.decoded).toBe(holding.split(' ').length);
    expect(third.read).toBe(holding.split(' ').length);
    expect(third.index).toEqual(first.index);
  });

  it("replace the last build's index in the output folder, set aside in the cache and deleted while the parts merge", async () => {
    const cache = () => partCache(cacheDir, null, ['astro', 'build']);
    await build('in-place', PAGES, cache());
    // What only the last build's index held: a file, and a folder of fragments.
    const index = join(root, 'in-place', 'pagefind');
    writeFileSync(join(index, 'stale.pf_meta'), 'stale');
    mkdirSync(join(index, 'fragment', 'stale'), { recursive: true });
    writeFileSync(join(index, 'fragment', 'stale', 'd1.pf_fragment'), 'stale');
    const rebuilt = await build('in-place', WITH_INSERTED, cache());
    expect(rebuilt.index).toEqual((await build('in-place-fresh', WITH_INSERTED, undefined)).index);
    expect(readdirSync(folder).filter((name) => !/^[0-9a-f]{32}$/.test(name))).toEqual([]);
  });

  it('are not read by a build that starts from nothing (--force), which keeps its own', async () => {
    expect(partCache(cacheDir, null, ['astro', 'build']).size).toBeGreaterThan(0);
    const forced = partCache(cacheDir, null, ['astro', 'build', '--force']);
    expect(forced.size).toBe(0);
    const built = await build('forced', PAGES, forced);
    expect(built).toMatchObject({ added: PAGES.length, outcome: { reused: 0, sent: PAGES.length } });
    // It keeps its parts for the next build, replacing the others.
    expect(readdirSync(folder)).toHaveLength(partsOf(PAGES).length);
    expect((await build('after-forced', PAGES, partCache(cacheDir, null, ['astro', 'build']))).added).toBe(0);
  });

  it('are not used by other code (another codeVersion, Pagefind or options), nor when incomplete', async () => {
    const other = new PartCache(folder, 'other code', true);
    expect(other.size).toBe(0);
    // An interrupted build's folders: one being written, one renamed but missing its list of pages.
    mkdirSync(join(folder, 'writing-1-1', 'pagefind'), { recursive: true });
    mkdirSync(join(folder, '0123456789abcdef0123456789abcdef', 'pagefind'), { recursive: true });
    writeFileSync(join(folder, '0123456789abcdef0123456789abcdef', 'part.json'), '{"key":');
    expect(partCache(cacheDir, null, ['astro', 'build']).size).toBe(partsOf(PAGES).length);
    const built = await build('other-code', PAGES, other);
    expect(built).toMatchObject({ added: PAGES.length, outcome: { reused: 0 } });
    expect(existsSync(join(folder, 'writing-1-1'))).toBe(false);
    expect(existsSync(join(folder, '0123456789abcdef0123456789abcdef'))).toBe(false);
    // Its parts are not this code's.
    expect(partCache(cacheDir, null, ['astro', 'build']).size).toBe(0);
  });

  it('are copied into the site when the merge cannot read them, for the search page to merge', async () => {
    await build('refusal-first', PAGES, partCache(cacheDir, null, ['astro', 'build']));
    // Spoil the metadata of every kept part but the first (whose first page is the first page).
    const firstPage = pageDigest(sourcePathOf(PAGES[0]?.pathname ?? '', '/'), PAGES[0]?.html ?? '');
    for (const name of readdirSync(folder)) {
      const { pages } = JSON.parse(readFileSync(join(folder, name, 'part.json'), 'utf8')) as { pages: string[] };
      if (pages[0] === firstPage) continue;
      const dir = join(folder, name, 'pagefind');
      for (const file of readdirSync(dir).filter((file) => file.endsWith('.pf_meta')))
        writeFileSync(join(dir, file), gzipSync('not an index'));
    }
    const refused = await build('refused', PAGES, partCache(cacheDir, null, ['astro', 'build']));
    expect(refused.outcome).toMatchObject({ merged: false, reused: partsOf(PAGES).length, sent: 0 });
    expect(refused.outcome.refusal).toMatch(/not a Pagefind index file/);
    const left = JSON.parse(Buffer.from(refused.index.get('parts.json') ?? '', 'base64').toString('utf8')) as string[];
    expect(left).toEqual(
      partsOf(PAGES)
        .slice(1)
        .map((_, at) => `part-${at + 2}/`),
    );
    for (const part of ['', ...left]) expect(refused.index.has(join(part, 'pagefind-entry.json')), part).toBe(true);
    expect(refused.index.has('pagefind.js')).toBe(true);
  });
});
