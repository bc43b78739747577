import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CACHE_INDEX } from '../model/cache-file.ts';
import { PageReads } from '../model/page-reads.ts';
import { searchDigest } from '../model/search-digest.ts';
import { outputFileOf, PageCache } from './page-cache.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const made = mkdtempSync(join(tmpdir(), 'page-cache-'));
  folders.push(made);
  return made;
}

function reads(entries: Record<string, string>, blocks: string[] = []): PageReads {
  const page = new PageReads();
  for (const [key, digest] of Object.entries(entries)) page.note(key, digest);
  for (const block of blocks) page.blocks.add(block);
  return page;
}

/** A build that keeps two pages: a meeting reading its committee's list, and a person page. */
function firstBuild(dir: string): void {
  const cache = PageCache.open(dir, 'v1', { reuse: true });
  cache.keep(
    'page',
    '/meetings/m1/',
    'props-m1',
    reads({ committee: 'c-1', names: 'n-1' }, ['block-a']),
    'text/html',
    Buffer.from('<p>m1</p>'),
  );
  cache.keep('page', '/people/ray/', 'props-ray', reads({ names: 'n-1' }), 'text/html', Buffer.from('<p>Ray</p>'));
  cache.commit();
}

/** Reads as they are now: `changed` gives another digest. */
const now = (changed: string[] = []) => ({
  holds: (key: string, digest: string): boolean => !changed.includes(key) && digest.endsWith('-1'),
});

describe('PageCache', () => {
  it('sends a page again when its props and every read are the same, with its text blocks', () => {
    const dir = folder();
    firstBuild(dir);
    const cache = PageCache.open(dir, 'v1', { reuse: true });
    const kept = cache.reuse('page', '/meetings/m1/', 'props-m1', now());
    expect(kept?.body.read().toString()).toBe('<p>m1</p>');
    expect(kept?.contentType).toBe('text/html');
    expect(kept?.blocks).toEqual(['block-a']);
    expect(cache.counts.page).toEqual({ rendered: 0, reused: 1 });
  });

  it('renders a page again when a read changed or its props did, and says which', () => {
    const dir = folder();
    firstBuild(dir);
    const cache = PageCache.open(dir, 'v1', { reuse: true });
    expect(cache.reuse('page', '/meetings/m1/', 'props-m1', now(['committee']))).toBeNull();
    expect(cache.reuse('page', '/people/ray/', 'props-ray-2', now())).toBeNull();
    expect(cache.reuse('page', '/meetings/m2/', 'props-m2', now())).toBeNull();
    expect([...cache.changes]).toEqual([
      ['committee', 1],
      ['props', 1],
    ]);
  });

  it('keeps a page it sent for the build after, with its reads', () => {
    const dir = folder();
    firstBuild(dir);
    const second = PageCache.open(dir, 'v1', { reuse: true });
    expect(second.reuse('page', '/people/ray/', 'props-ray', now())).not.toBeNull();
    second.commit();
    const third = PageCache.open(dir, 'v1', { reuse: true });
    expect(third.reuse('page', '/people/ray/', 'props-ray', now())?.body.read().toString()).toBe('<p>Ray</p>');
    // Not rendered nor sent by the second build: gone.
    expect(third.reuse('page', '/meetings/m1/', 'props-m1', now())).toBeNull();
    expect(third.reuse('page', '/people/ray/', 'props-ray', now(['names']))).toBeNull();
  });

  it('keeps what search reads of a page with it, so a build that sends the page again has it without hashing or decoding', () => {
    const dir = folder();
    const first = PageCache.open(dir, 'v1', { reuse: true });
    const m1 = '<main data-pagefind-body><span data-pagefind-sort="date[data-value]" data-value="2017-07-11"></span>m1 – ’</main>';
    const search = first.keep('page', '/meetings/m1/', 'props-m1', reads({ committee: 'c-1' }), 'text/html', Buffer.from(m1));
    const other = first.keep('page', '/meetings/m2/', 'props-m1', reads({ committee: 'c-1' }), 'text/html', Buffer.from('<p>m2</p>'));
    // Only pages go to search: a feed has none.
    const feed = first.keep('file', '/feeds/all.xml', 'props', reads({}), 'application/rss+xml', Buffer.from('<rss/>'));
    first.commit();
    // The length is the text's, in UTF-16 code units, not its bytes'; the text comes back with them
    // (the feed is given it and does not decode the page again).
    const m1Search = { digest: searchDigest(m1), facts: { length: m1.length, sortValues: { date: '2017-07-11' } } };
    expect(search).toEqual({ ...m1Search, html: m1 });
    expect(search?.facts?.length).toBeLessThan(Buffer.byteLength(m1));
    // A page search does not index (a list) has a digest and no facts.
    const m2Search = { digest: searchDigest(Buffer.from('<p>m2</p>')), facts: null };
    expect(other).toEqual({ ...m2Search, html: '<p>m2</p>' });
    expect(feed).toBeNull();
    const second = PageCache.open(dir, 'v1', { reuse: true });
    expect(second.reuse('page', '/meetings/m1/', 'props-m1', now())?.search).toEqual(m1Search);
    expect(second.reuse('page', '/meetings/m2/', 'props-m1', now())?.search).toEqual(m2Search);
    second.commit();
    // Kept again by the build that sent it: the same a build later.
    expect(PageCache.open(dir, 'v1', { reuse: true }).reuse('page', '/meetings/m1/', 'props-m1', now())?.search).toEqual(m1Search);
    // Facts not as the cache writes them make the page a miss, not a page of unknown length.
    const [name = ''] = readdirSync(dir).filter((file) => file.startsWith('pages-'));
    const file = join(dir, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"length":', '"lengtx":'));
    expect(PageCache.open(dir, 'v1', { reuse: true }).reuse('page', '/meetings/m1/', 'props-m1', now())).toBeNull();
  });

  it('leaves a kept page where it is in the pages file, which the next build continues, and writes only pages rendered', () => {
    const dir = folder();
    firstBuild(dir);
    const pagesFile = () => readdirSync(dir).filter((name) => name.startsWith('pages-'));
    const [name = ''] = pagesFile();
    const before = statSync(join(dir, name)).size;
    const second = PageCache.open(dir, 'v1', { reuse: true });
    expect(second.reuse('page', '/people/ray/', 'props-ray', now())).not.toBeNull();
    expect(second.reuse('page', '/meetings/m1/', 'props-m1', now())).not.toBeNull();
    second.keep('page', '/meetings/m2/', 'props-m2', reads({ committee: 'c-1' }), 'text/html', Buffer.from('<p>m2</p>'));
    second.commit();
    expect(pagesFile()).toEqual([name]);
    const grown = statSync(join(dir, name)).size - before;
    expect(grown).toBeGreaterThan(0);
    expect(grown).toBeLessThan(before / 2);
    const third = PageCache.open(dir, 'v1', { reuse: true });
    expect(third.reuse('page', '/meetings/m1/', 'props-m1', now())?.body.read().toString()).toBe('<p>m1</p>');
    expect(third.reuse('page', '/meetings/m2/', 'props-m2', now())?.body.read().toString()).toBe('<p>m2</p>');
    third.commit();
    const fourth = PageCache.open(dir, 'v1', { reuse: true });
    expect(fourth.reuse('page', '/meetings/m2/', 'props-m2', now())?.body.read().toString()).toBe('<p>m2</p>');
    fourth.commit();
    expect(pagesFile()).toEqual([name]);
    // Only m2 is kept now, less than half of the file: the build after writes a new one.
    const fifth = PageCache.open(dir, 'v1', { reuse: true });
    expect(fifth.reuse('page', '/meetings/m2/', 'props-m2', now())?.body.read().toString()).toBe('<p>m2</p>');
    fifth.commit();
    expect(pagesFile()).not.toEqual([name]);
    // Copied into the new file with its reads numbered in the new file's table: still checked.
    expect(PageCache.open(dir, 'v1', { reuse: true }).reuse('page', '/meetings/m2/', 'props-m2', now(['committee']))).toBeNull();
    expect(PageCache.open(dir, 'v1', { reuse: true }).reuse('page', '/meetings/m2/', 'props-m2', now())?.body.read().toString()).toBe(
      '<p>m2</p>',
    );
  });

  it("reads a kept page's output only when asked for, and only until the build's cache is committed", () => {
    const dir = folder();
    // Longer than the first read of a record, which takes a small record's output with its header.
    const long = (text: string) => `<p>${text}</p>${' '.repeat(5000)}`;
    const first = PageCache.open(dir, 'v1', { reuse: true });
    first.keep('page', '/meetings/m1/', 'props-m1', reads({ committee: 'c-1' }), 'text/html', Buffer.from(long('m1')));
    first.keep('page', '/people/ray/', 'props-ray', reads({ names: 'n-1' }), 'text/html', Buffer.from(long('Ray')));
    first.keep('file', '/feeds/all.xml', 'props-feed', reads({ names: 'n-1' }), 'file', Buffer.from('<rss/>'));
    first.keep('rows', '/data/r1', 'props-r1', reads({ names: 'n-1' }), 'rows', Buffer.from(long('r1')));
    first.commit();
    const cache = PageCache.open(dir, 'v1', { reuse: true });
    // A long body its reader reads at once is read with its header, whole.
    const rows = cache.reuse('rows', '/data/r1', 'props-r1', now(), (body) => body.toString() === long('r1'));
    expect(rows?.body.read().toString()).toBe(long('r1'));
    const kept = cache.reuse('page', '/meetings/m1/', 'props-m1', now());
    expect(kept?.body.length).toBe(long('m1').length);
    // Changed in the file after the page was found kept: the bytes read are the file's now.
    const [name = ''] = readdirSync(dir).filter((file) => file.startsWith('pages-'));
    const file = join(dir, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace('<p>m1</p>', '<p>M1</p>'));
    expect(kept?.body.read().toString()).toBe(long('M1'));
    const ray = cache.reuse('page', '/people/ray/', 'props-ray', now());
    const feed = cache.reuse('file', '/feeds/all.xml', 'props-feed', now());
    cache.commit();
    expect(() => ray?.body.read()).toThrow(/after the build's cache was committed/);
    // A small record's output came with its header.
    expect(feed?.body.read().toString()).toBe('<rss/>');
  });

  it('reads a page whose header is longer than the first read of a record', () => {
    const dir = folder();
    const many = Object.fromEntries(Array.from({ length: 2000 }, (_, at) => [`meeting-${at}`, `m-${at}-1`]));
    const first = PageCache.open(dir, 'v1', { reuse: true });
    first.keep('page', '/committees/c/', 'props-c', reads(many), 'text/html', Buffer.from('<p>c</p>'));
    first.commit();
    const kept = PageCache.open(dir, 'v1', { reuse: true }).reuse('page', '/committees/c/', 'props-c', now());
    expect(kept?.body.read().toString()).toBe('<p>c</p>');
  });

  it('reads nothing from a build of other code or settings, or when asked to start from nothing', () => {
    const dir = folder();
    firstBuild(dir);
    expect(PageCache.open(dir, 'v2', { reuse: true }).reuse('page', '/people/ray/', 'props-ray', now())).toBeNull();
    expect(PageCache.open(dir, 'v1', { reuse: false }).reuse('page', '/people/ray/', 'props-ray', now())).toBeNull();
  });

  it('takes a kept body its reader cannot read as a miss, and notes the page once when it is made again', () => {
    const dir = folder();
    firstBuild(dir);
    const cache = PageCache.open(dir, 'v1', { reuse: true });
    const unreadable = (body: Buffer): boolean => !body.toString().includes('m1');
    expect(cache.reuse('page', '/meetings/m1/', 'props-m1', now(), unreadable)).toBeNull();
    expect(cache.counts.page).toEqual({ rendered: 0, reused: 0 });
    cache.keep('page', '/meetings/m1/', 'props-m1', reads({ committee: 'c-1' }), 'text/html', Buffer.from('<p>again</p>'));
    cache.commit();
    const index = JSON.parse(readFileSync(join(dir, CACHE_INDEX), 'utf8')) as { paths: string[] };
    expect(index.paths.filter((path) => path === '/meetings/m1/')).toHaveLength(1);
    expect(PageCache.open(dir, 'v1', { reuse: true }).reuse('page', '/meetings/m1/', 'props-m1', now())?.body.read().toString()).toBe(
      '<p>again</p>',
    );
  });

  it('leaves the previous cache whole when a build fails, and takes a damaged one as a miss', () => {
    const dir = folder();
    firstBuild(dir);
    const failed = PageCache.open(dir, 'v1', { reuse: true });
    failed.keep('page', '/people/ray/', 'props-ray', reads({ names: 'n-2' }), 'text/html', Buffer.from('<p>other</p>'));
    failed.abandon();
    const pages = readdirSync(dir).filter((name) => name.startsWith('pages-'));
    expect(pages).toHaveLength(1);
    const after = PageCache.open(dir, 'v1', { reuse: true });
    expect(after.reuse('page', '/people/ray/', 'props-ray', now())?.body.read().toString()).toBe('<p>Ray</p>');
    after.abandon();
    // A pages file cut short loses the page stored last; one overwritten loses every page.
    const file = join(dir, pages[0] ?? '');
    writeFileSync(file, readFileSync(file).subarray(0, -3));
    expect(PageCache.open(dir, 'v1', { reuse: true }).reuse('page', '/people/ray/', 'props-ray', now())).toBeNull();
    writeFileSync(file, 'not a page');
    expect(PageCache.open(dir, 'v1', { reuse: true }).reuse('page', '/meetings/m1/', 'props-m1', now())).toBeNull();
  });
});

describe('outputFileOf', () => {
  it('names the file Astro writes for a page or an endpoint, below the base path', () => {
    expect(outputFileOf('/scrutiny/meetings/x/2017-01-01/', '/scrutiny/')).toBe('meetings/x/2017-01-01/index.html');
    expect(outputFileOf('/scrutiny/', '/scrutiny/')).toBe('index.html');
    expect(outputFileOf('/data/meetings.json', '/')).toBe('data/meetings.json');
    expect(outputFileOf('/people/o%E2%80%99brien/', '/')).toBe('people/o’brien/index.html');
  });
});
