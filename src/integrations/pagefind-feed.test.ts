import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { close, type PagefindIndex } from 'pagefind';
import { searchFacts } from '../components/search/pagefind-record.ts';
import { searchDigest, searchedHtml, UNINDEXED_END, UNINDEXED_START } from '../model/search-digest.ts';
import { heapUsedAfterGc } from '../model/heap-used.test-data.ts';
import { PagefindFeed, sourcePathOf } from './pagefind-feed.ts';
import { createIndex, indexLine, pagesPerPart } from './pagefind.ts';
import { cutPages } from './pagefind-part-cuts.ts';

const site = mkdtempSync(join(tmpdir(), 'pagefind-feed-test-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const html = (body: string) => `<!doctype html><html lang="en-GB"><body>${body}</body></html>`;

describe('sourcePathOf', () => {
  it('names the file a page is written to, below the base path', () => {
    expect(sourcePathOf('/scrutiny/meetings/a/', '/scrutiny/')).toBe('meetings/a/index.html');
    expect(sourcePathOf('/scrutiny/', '/scrutiny/')).toBe('index.html');
    expect(sourcePathOf('/meetings/a/', '/')).toBe('meetings/a/index.html');
    expect(sourcePathOf('/404', '/')).toBe('404.html');
    expect(sourcePathOf('/people/j%C3%B6rg/', '/')).toBe('people/jörg/index.html');
  });
});

function fragmentUrls(bundle: string): string[] {
  const folder = join(bundle, 'fragment');
  // The merge puts the fragments in a folder named after the build (src/model/search-page-names.ts).
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.pf_fragment'))
    .map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(join(folder, name)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string },
    )
    .map((fragment) => fragment.url)
    .sort();
}

describe('the Pagefind feed', () => {
  it('indexes the pages it is given as Pagefind would index them from the output folder', async () => {
    const outDir = join(site, 'one');
    const feed = new PagefindFeed({ createIndex, base: '/scrutiny/', outDir, pagesPerPart: Infinity, partBytes: Infinity });
    feed.add('/scrutiny/meetings/a/', html('<main data-pagefind-body><h1>Meeting A</h1><p>Signs of Safety</p></main>'));
    feed.add('/scrutiny/meetings/b/', html('<main data-pagefind-body><h1>Meeting B</h1><p>Ofsted</p></main>'));
    feed.add('/scrutiny/search/', html('<main><h1>Search</h1></main>'));

    // Three pages came, two with record text went to Pagefind.
    expect(await feed.finish()).toMatchObject({ indexed: 2, parts: 1, merged: true, refusal: null });
    await close();

    expect(feed.pages).toBe(3);
    // Pages without data-pagefind-body are left out once any page has one; URLs leave the base to the browser.
    expect(fragmentUrls(join(outDir, 'pagefind'))).toEqual(['/meetings/a/', '/meetings/b/']);
    expect(readFileSync(join(outDir, 'pagefind', 'parts.json'), 'utf8')).toBe('[]\n');
  });

  it('takes a rendered page as its bytes, decoded once, or not at all when the page cache named it with its text', async () => {
    const outDir = join(site, 'bytes');
    const feed = new PagefindFeed({ createIndex, base: '/', outDir, pagesPerPart: Infinity, partBytes: Infinity });
    const named = html('<main data-pagefind-body><h1>Meeting A</h1><p>Signs of Safety – named</p></main>');
    const plain = html('<main data-pagefind-body><h1>Meeting B</h1><p>Ofsted – not named</p></main>');
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    try {
      // As the page cache's middleware does for a page it has just rendered and kept.
      feed.name('/meetings/a/', { digest: searchDigest(Buffer.from(named)), facts: searchFacts(named), html: named });
      feed.add('/meetings/a/', new Uint8Array(Buffer.from(named)));
      expect(decode).not.toHaveBeenCalled();
      feed.add('/meetings/b/', new Uint8Array(Buffer.from(plain)));
      expect(decode).toHaveBeenCalledTimes(1);
      expect(await feed.finish()).toMatchObject({ indexed: 2, merged: true, refusal: null });
      await close();
    } finally {
      decode.mockRestore();
    }
    expect(fragmentUrls(join(outDir, 'pagefind'))).toEqual(['/meetings/a/', '/meetings/b/']);
  });

  it('holds renders back while Pagefind has more page HTML than it allows to answer, until it answers', async () => {
    const answers: (() => void)[] = [];
    const index = {
      addHTMLFile: () => new Promise((resolve) => answers.push(() => resolve({ errors: [] }))),
    } as unknown as PagefindIndex;
    const page = html('<main data-pagefind-body><p>Scrutiny of the budget</p></main>');
    const feed = new PagefindFeed({
      createIndex: () => Promise.resolve(index),
      base: '/',
      outDir: join(site, 'held'),
      pagesPerPart: Infinity,
      partBytes: Infinity,
      // What a page sends Pagefind: one page's, and no more.
      unanswered: searchedHtml(page).length,
    });
    const send = (path: string) => {
      feed.reserve(path);
      feed.add(path, page);
      feed.settle(path);
    };
    expect(feed.ready()).toBeUndefined();
    send('/a/');
    expect(feed.ready()).toBeUndefined();
    send('/b/');
    const waiting = feed.ready();
    expect(waiting).toBeInstanceOf(Promise);
    let over = false;
    void waiting?.then(() => (over = true));
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(over).toBe(false);
    answers[0]?.();
    await waiting;
    expect(feed.ready()).toBeUndefined();
    answers[1]?.();
  });

  it('holds a page that waits behind a slower one as what it hands Pagefind, not the whole page', async () => {
    const handed: string[] = [];
    const index = {
      addHTMLFile: ({ content }: { content: string }) => (handed.push(content), Promise.resolve({ errors: [] })),
    } as unknown as PagefindIndex;
    const feed = new PagefindFeed({
      createIndex: () => Promise.resolve(index),
      base: '/',
      outDir: join(site, 'behind'),
      pagesPerPart: Infinity,
      partBytes: Infinity,
    });
    // A person's page: a name to search, and a long list of appearances search leaves out (a dash:
    // two bytes a character), decoded from bytes as a rendered page is (a string built by `repeat` shares its parts).
    const person = (n: number) =>
      Buffer.from(
        html(
          `<main data-pagefind-body><h1>Person ${n}</h1>${UNINDEXED_START}<ul>${`<li>Meeting – ${n}</li>`.repeat(40_000)}</ul>${UNINDEXED_END}</main>`,
        ),
      ).toString('utf8');
    feed.reserve('/slow/');
    const before = heapUsedAfterGc();
    for (let n = 0; n < 20; n += 1) {
      feed.reserve(`/people/${n}/`);
      feed.add(`/people/${n}/`, person(n));
      feed.settle(`/people/${n}/`);
    }
    // The 20 pages wait behind /slow/: about 33 MB of HTML, a few kilobytes of it for search.
    expect(handed).toEqual([]);
    expect(heapUsedAfterGc() - before).toBeLessThan(8 * 2 ** 20);
    feed.settle('/slow/');
    await vi.waitFor(() => expect(handed).toHaveLength(20));
    expect(handed).toEqual(Array.from({ length: 20 }, (_, n) => searchedHtml(person(n))));
  });

  it('holds renders back while more parts wait to be written than there are services, until one is', async () => {
    const writes: (() => void)[] = [];
    const index = {
      addHTMLFile: () => Promise.resolve({ errors: [] }),
      writeFiles: () => new Promise((resolve) => writes.push(() => resolve({ errors: [] }))),
      deleteIndex: () => Promise.resolve(),
    } as unknown as PagefindIndex;
    const feed = new PagefindFeed({
      createIndex: () => Promise.resolve(index),
      base: '/',
      outDir: join(site, 'unwritten'),
      pagesPerPart: 1,
      partBytes: Infinity,
    });
    const send = (path: string) => {
      feed.reserve(path);
      feed.add(path, html(`<main data-pagefind-body><p>${path}</p></main>`));
      feed.settle(path);
    };
    // A part of one page each, closed as its page is sent: one part may wait for its write.
    send('/a/');
    expect(feed.ready()).toBeUndefined();
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    // The second closed too, with the first still being written.
    send('/b/');
    const waiting = feed.ready();
    expect(waiting).toBeInstanceOf(Promise);
    let over = false;
    void waiting?.then(() => (over = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(over).toBe(false);
    writes[0]?.();
    await waiting;
    expect(feed.ready()).toBeUndefined();
  });

  it('writes a part each time one ends (pagefind-part-cuts.ts), then merges the parts into one index', async () => {
    const pages = ['a', 'b', 'c', 'd', 'e'].map((page) => ({
      pathname: `/meetings/${page}/`,
      html: html(`<main data-pagefind-body><p>Item ${page}</p></main>`),
    }));
    const bytes = pages.map((page) => page.html.length);
    for (const [name, limits] of [
      ['by-pages', { pagesPerPart: 4, partBytes: Infinity }],
      ['by-bytes', { pagesPerPart: Infinity, partBytes: (bytes[0] ?? 0) * 3 }],
    ] as const) {
      const outDir = join(site, name);
      const feed = new PagefindFeed({ createIndex, base: '/', outDir, ...limits });
      for (const { pathname, html } of pages) feed.add(pathname, html);
      const parts = cutPages(
        pages.map((page) => ({ sourcePath: sourcePathOf(page.pathname, '/'), bytes: page.html.length })),
        limits,
      ).length;
      expect(parts).toBeGreaterThan(1);

      expect(await feed.finish()).toMatchObject({ parts, merged: true, refusal: null, sent: 5, reused: 0 });
      await close();

      const root = join(outDir, 'pagefind');
      expect(fragmentUrls(root)).toEqual(['/meetings/a/', '/meetings/b/', '/meetings/c/', '/meetings/d/', '/meetings/e/']);
      expect(readdirSync(root).filter((entry) => entry.startsWith('part-'))).toEqual([]);
      expect(JSON.parse(readFileSync(join(root, 'parts.json'), 'utf8'))).toEqual([]);
      expect(JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8')).languages.en.page_count).toBe(5);
    }
  });
  it("keeps every page's sort values beside the index for a shard's assembler, and only then", async () => {
    const sorted = (page: string, date: string) =>
      html(
        `<div hidden><span data-pagefind-sort="date[data-value]" data-value="${date}"></span></div><main data-pagefind-body>${page}</main>`,
      );
    for (const keepSortValues of [true, false]) {
      const outDir = join(site, `sort-values-${keepSortValues}`);
      const feed = new PagefindFeed({ createIndex, base: '/', outDir, pagesPerPart: 2, partBytes: Infinity, keepSortValues });
      feed.add('/a/', sorted('A', '2017-07-11'));
      feed.add('/b/', html('<main data-pagefind-body>B, undated</main>'));
      feed.add('/list/', html('<main>a list: not indexed</main>'));
      feed.add('/c/', sorted('C', '2015-01-15'));
      expect(await feed.finish()).toMatchObject({ parts: 3, merged: true });
      await close();
      const file = join(outDir, 'pagefind', 'sort-values.json');
      // In the merged index's page order: by date, the undated page last.
      if (keepSortValues) expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([{ date: '2015-01-15' }, { date: '2017-07-11' }, {}]);
      else expect(existsSync(file)).toBe(false);
    }
  });
});

describe('pagesPerPart', () => {
  it('is unlimited unless PAGEFIND_PAGES_PER_PART says otherwise, and names a bad value', () => {
    expect(pagesPerPart(undefined)).toBe(Infinity);
    expect(pagesPerPart('20000')).toBe(20000);
    expect(() => pagesPerPart('many')).toThrow(/PAGEFIND_PAGES_PER_PART=many: expected a whole number/);
  });
});

describe('indexLine', () => {
  it('says how the index was written, and warns when it was not merged', () => {
    const base = { indexed: 40, sent: 40, reused: 0, refusal: null, mergeSeconds: 1.5, councils: 0 };
    expect(indexLine({ ...base, parts: 1, merged: true })).toEqual({ text: 'one part, rewritten in 1.5 s', warn: false });
    expect(indexLine({ ...base, parts: 6, merged: true }).text).toBe('6 parts of at most 20 MB of pages, merged into one index in 1.5 s');
    expect(indexLine({ ...base, parts: 6, merged: true, councils: 23 }).text).toBe(
      '6 parts of at most 20 MB of pages, merged into one index in 1.5 s, with 23 councils’ own indexes',
    );
    expect(indexLine({ ...base, parts: 1, merged: true, councils: 1 }).text).toBe(
      'one part, rewritten in 1.5 s, with 1 council’s own index',
    );
    expect(indexLine({ ...base, parts: 6, reused: 5, merged: true }).text).toBe(
      '6 parts (5 reused from the previous build) of at most 20 MB of pages, merged into one index in 1.5 s',
    );
    expect(indexLine({ ...base, parts: 1, reused: 1, merged: true }).text).toBe(
      'one part, reused from the previous build, rewritten in 1.5 s',
    );
    expect(indexLine({ ...base, parts: 6, merged: false, refusal: 'x: not Pagefind 1.6.0 metadata' })).toEqual({
      text: '6 parts, left unmerged for the search page to merge: x: not Pagefind 1.6.0 metadata',
      warn: true,
    });
    expect(indexLine({ ...base, parts: 1, merged: false, refusal: 'why' })).toEqual({
      text: 'one part, kept as Pagefind wrote it: why',
      warn: true,
    });
    expect(indexLine({ ...base, parts: 0, merged: false })).toEqual({ text: 'no page to index', warn: true });
  });
});
