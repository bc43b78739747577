import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { close, createIndex } from 'pagefind';
import { heapUsedAfterGc } from './heap-used.test-data.ts';
import { indexedBySearch, SEARCH_BODY_END, searchDigest, searchedHtml, UNINDEXED_END, UNINDEXED_START } from './search-digest.ts';

/** A person's page; `appearances` is the part that changes as meetings are added. */
const person = (appearances: string, text = 'Leader of the council.') =>
  `<!doctype html><html lang="en"><head><title>Ray Gooding</title></head><body><div data-pagefind-body>` +
  `<h1>Ray Gooding</h1><p>${text}</p><h2 data-pagefind-ignore>Appearances</h2>` +
  `${UNINDEXED_START}${appearances}${UNINDEXED_END}</div></body></html>`;

const ONE = '<h3 data-pagefind-ignore>Essex</h3><ul data-pagefind-ignore><li><a href="/m/1/">Meeting 1</a> (member)</li></ul>';
const MORE =
  '<h3 data-pagefind-ignore>Essex</h3><ul data-pagefind-ignore><li><a href="/m/1/">Meeting 1</a></li><li><a href="/m/2/">Meeting 2</a></li></ul>' +
  '<h3 data-pagefind-ignore>Harlow</h3><ul data-pagefind-ignore><li><a href="/m/3/">Meeting 3</a></li></ul>';

/** MORE with ids on its heading and list, as a contents list or a documents heading has. */
const WITH_IDS = MORE.replace('<h3 data-pagefind-ignore>Essex</h3>', '<h3 data-pagefind-ignore id="essex">Essex</h3>').replace(
  '<ul data-pagefind-ignore><li><a href="/m/3/">',
  '<ul data-pagefind-ignore id="harlow"><li><a href="/m/3/">',
);

/** A marked part with one inside it (a component marked Unindexed where the page marks a part). */
const NESTED =
  `<div data-pagefind-ignore><h3>Essex</h3><ul><li><a href="/m/1/">Meeting 1</a></li></ul>` +
  `${UNINDEXED_START}<ul><li><a href="/m/2/">Meeting 2</a></li></ul>${UNINDEXED_END}<h3>Source</h3><p>Minutes, page 4</p></div>`;

describe('searchDigest', () => {
  it('leaves out what a page marks as unindexed, and keeps everything else', () => {
    expect(searchDigest(person(ONE))).toBe(searchDigest(person(MORE)));
    expect(searchDigest(person(ONE))).toBe(searchDigest(Buffer.from(person(''))));
    expect(searchDigest(person(ONE))).not.toBe(searchDigest(person(ONE, 'Deputy leader.')));
    // Marks gained or lost change it.
    expect(searchDigest(person(ONE))).not.toBe(searchDigest(person(ONE).replace(UNINDEXED_START, '').replace(UNINDEXED_END, '')));
  });

  it('keeps a marked part that holds what Pagefind reads even when it ignores an element', () => {
    for (const read of [
      '<ul data-pagefind-ignore><li data-pagefind-filter="council">Essex</li></ul>',
      '<ul data-pagefind-ignore><li><img src="/a.png" alt=""></li></ul>',
    ])
      expect(searchDigest(person(read)), read).not.toBe(searchDigest(person(ONE)));
    // An id is no anchor in an ignored element (the index below is the same with one).
    expect(searchDigest(person(WITH_IDS))).toBe(searchDigest(person(ONE)));
  });

  it('leaves out a marked part whole when another is marked inside it', () => {
    expect(searchDigest(person(NESTED))).toBe(searchDigest(person(ONE)));
    expect(searchedHtml(page(NESTED))).not.toContain('Minutes, page 4');
    // A kept part (it holds a filter) is read, and what is marked inside it left out.
    const kept = `<ul data-pagefind-ignore><li data-pagefind-filter="council">Essex</li></ul>${NESTED}`;
    expect(searchedHtml(page(kept))).toContain('data-pagefind-filter="council"');
    expect(searchedHtml(page(kept))).not.toContain('Meeting 2');
  });
});

/** A whole page as the layout writes it: head, header and navigation before the record, a footer after. */
const page = (appearances: string, footer = 'About this site') =>
  `<!DOCTYPE html><html lang="en-GB" class="govuk-template"><head><meta charset="utf-8"><title>Ray Gooding – Archive</title>` +
  `<meta name="description" content="Ray Gooding"><script type="application/ld+json">{"name":"Ray Gooding"}</script>` +
  `<link rel="stylesheet" href="/a.css"></head><body><a href="#main-content">Skip to main content</a>` +
  `<header data-pagefind-ignore><nav><a href="/councils/">Councils</a> <a href="/search/">Search</a></nav></header><main id="main-content">` +
  `<div data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-filter="type[data-value]" data-value="Person"></span>` +
  `<span data-pagefind-meta="title[data-value]" data-value="Ray Gooding"></span>` +
  `<span data-pagefind-sort="date[data-value]" data-value="2019-05-01"></span></div>` +
  `<h1 id="name">Ray Gooding</h1><p>Leader of the council.</p><h2 data-pagefind-ignore>Appearances</h2>` +
  `${UNINDEXED_START}${appearances}${UNINDEXED_END}</div>${SEARCH_BODY_END}</main><footer data-pagefind-ignore>${footer}</footer></body></html>`;

describe('searchedHtml', () => {
  it('keeps the html tag, the title and the record from its data-pagefind-body element to its end, without the marked parts', () => {
    const kept = searchedHtml(page(MORE));
    expect(kept).toMatch(
      /^<!DOCTYPE html><html lang="en-GB" class="govuk-template"><head><title>Ray Gooding – Archive<\/title><\/head><body><div data-pagefind-body>/,
    );
    expect(kept).not.toContain('Skip to main content');
    expect(kept).not.toContain('Meeting 2');
    expect(kept.endsWith(`${UNINDEXED_START}${UNINDEXED_END}</div>`)).toBe(true);
    expect(searchedHtml(page(ONE))).toBe(kept);
    expect(indexedBySearch(page(ONE))).toBe(true);
    // Filters or meta before the record's element are read there: the page is kept from its start.
    const before = page(MORE).replace(
      '<main id="main-content">',
      '<main id="main-content"><span data-pagefind-filter="council">Essex</span>',
    );
    expect(searchedHtml(before)).toMatch(/^<!DOCTYPE html><html lang="en-GB" class="govuk-template"><head><meta charset/);
    expect(searchedHtml(before)).not.toContain('Meeting 2');
    // And after the record's end: kept to the page's end.
    for (const footer of ['<span data-pagefind-meta="image" data-value="/a.png"></span>', '<img src="/b.png" alt="">']) {
      const after = searchedHtml(page(MORE, footer));
      expect(after, footer).toMatch(/^<!DOCTYPE html><html lang="en-GB" class="govuk-template"><head><title>/);
      expect(after.endsWith(`${footer}</footer></body></html>`), footer).toBe(true);
    }
    const list = '<html><body><h1>Councils</h1></body></html>';
    expect(indexedBySearch(list)).toBe(false);
    expect(searchedHtml(list)).toBe(list);
  });

  it('answers with text of its own, which does not hold the page in memory while Pagefind indexes it', () => {
    // A person page with a long list of appearances (two bytes a character: it has a dash).
    const long = (n: number) =>
      Buffer.from(page(`<ul data-pagefind-ignore>${`<li>Meeting – ${n}</li>`.repeat(40_000)}</ul>`)).toString('utf8');
    const before = heapUsedAfterGc();
    const kept = Array.from({ length: 20 }, (_, n) => searchedHtml(long(n)));
    // The 20 pages are about 33 MB; what search reads of them, a few kilobytes.
    expect(heapUsedAfterGc() - before).toBeLessThan(8 * 2 ** 20);
    expect(kept.every((text) => text.includes('Ray Gooding') && !text.includes('Meeting'))).toBe(true);
  });
});

describe('what Pagefind ignores', () => {
  const root = mkdtempSync(join(tmpdir(), 'search-digest-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Pagefind's index of one page, every file but its scripts and styles, by name. */
  async function indexOf(name: string, html: string): Promise<Map<string, string>> {
    const { index } = await createIndex({ forceLanguage: 'en' });
    await index?.addHTMLFile({ sourcePath: 'people/ray/index.html', content: html });
    const out = join(root, name);
    await index?.writeFiles({ outputPath: out });
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter(
      (entry) => entry.isFile() && !/\.(js|css)$/.test(entry.name),
    );
    return new Map(
      files.map((entry) => [
        join(entry.parentPath, entry.name).slice(out.length),
        readFileSync(join(entry.parentPath, entry.name)).toString('base64'),
      ]),
    );
  }

  it('is left out of the index: a page whose marked part differs is indexed the same, byte for byte', async () => {
    const [one, more, ids, other] = [
      await indexOf('one', person(ONE)),
      await indexOf('more', person(MORE)),
      await indexOf('ids', person(WITH_IDS)),
      await indexOf('other', person(ONE, 'Deputy.')),
    ];
    await close();
    expect(one.size).toBeGreaterThan(3);
    expect(more).toEqual(one);
    // Pagefind takes no anchor from an id in an ignored element (searchedHtml relies on it).
    expect(ids).toEqual(one);
    expect(other).not.toEqual(one);
  });

  it('is all searchedHtml leaves out: Pagefind indexes what it keeps as the whole page, byte for byte', async () => {
    const whole = await indexOf('whole', page(WITH_IDS));
    const kept = await indexOf('kept', searchedHtml(page(WITH_IDS)));
    const nested = [await indexOf('whole-nested', page(NESTED)), await indexOf('kept-nested', searchedHtml(page(NESTED)))];
    // A footer Pagefind reads is kept, and read as it is on the whole page.
    const footer = '<img src="/b.png" alt="">';
    const [wholeImage, keptImage] = [
      await indexOf('whole-image', page(MORE, footer)),
      await indexOf('kept-image', searchedHtml(page(MORE, footer))),
    ];
    await close();
    expect(whole.size).toBeGreaterThan(3);
    expect(kept).toEqual(whole);
    expect(keptImage).toEqual(wholeImage);
    expect(nested[1]).toEqual(nested[0]);
  });
});
