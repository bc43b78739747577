/**
 * SearchEngine against a real Pagefind index: a small site is built with the records'
 * own filter/meta/sort values (pagefindRecord), indexed by the integration's indexSite (and,
 * as a large archive is, in parts by the build's Pagefind feed, merged on disk into one index),
 * served over HTTP and searched with Pagefind's own pagefind.js (it runs in Node too). Which
 * filters the engine names to Pagefind (and so makes it download) is checked on a fake Pagefind
 * that records what it is asked.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PagefindRecordInput } from '../components/search/pagefind-record.ts';
import { recordPage } from '../components/search/record-page.test-data.ts';
import { close as closePagefind } from 'pagefind';
import { createIndex, indexSite } from '../integrations/pagefind.ts';
import { PagefindFeed } from '../integrations/pagefind-feed.ts';
import { askPagefindForPhrase, isIdle, PHRASE_SEARCH_MOST, SearchEngine } from './engine.ts';
import { FilterTables, loadFilterTables } from './filter-table.ts';
import { tableText } from '../model/filter-tables.ts';
import { pageName, pageNumber } from '../model/search-page-names.ts';
import { mergeParts, type Pagefind, type PagefindResponse, type PagefindResult, type PagefindSearchOptions } from './pagefind-api.ts';
import { parseQuery } from './query-syntax.ts';
import { emptyFilters, type SearchState } from './url-state.ts';

const RECORDS: (PagefindRecordInput & { path: string; text: string })[] = [
  {
    path: 'a',
    type: 'meeting',
    title: 'Thurrock 2017',
    council: 'Thurrock',
    committee: 'CSOSC',
    date: '2017-07-11',
    text: 'The Signs of Safety model. Ofsted visited.',
  },
  {
    path: 'b',
    type: 'meeting',
    title: 'Essex 2015',
    council: 'Essex',
    committee: 'PAF',
    date: '2015-01-15',
    text: 'Safety signs of the roads. Ofsted report.',
  },
  {
    path: 'c',
    type: 'report',
    title: 'Essex report',
    council: 'Essex',
    committee: 'PAF',
    date: '2014-11-13',
    text: 'Signs of Safety practice in Essex.',
  },
  {
    path: 'd',
    type: 'recommendation',
    title: 'Essex rec',
    council: 'Essex',
    committee: 'PAF',
    date: null,
    status: 'open',
    text: 'Children safety first.',
  },
  { path: 'e', type: 'person', title: 'Jenny Boyd', text: 'Jenny Boyd spoke on safety.' },
];

function html(record: (typeof RECORDS)[number]): string {
  return recordPage(record, record.text);
}

interface Served {
  site: string;
  server: Server;
  engine: SearchEngine;
}

/**
 * Writes the records as pages, indexes them as one index or in parts, and serves the site.
 * `tables`: the engine filters with the merged index's filter tables, and Pagefind is checked
 * never to be asked for a filter (`asked` records the filters of every search).
 */
async function serve(parts: boolean, tables = false): Promise<Served> {
  const site = mkdtempSync(join(tmpdir(), 'engine-test-'));
  for (const record of RECORDS) {
    mkdirSync(join(site, record.path));
    writeFileSync(join(site, record.path, 'index.html'), html(record));
  }
  if (parts) {
    // What a build does with a large archive: pages in parts, merged on disk into one index.
    const feed = new PagefindFeed({ createIndex, base: '/', outDir: site, pagesPerPart: 2, partBytes: Infinity });
    for (const record of RECORDS) feed.add(`/${record.path}/`, html(record));
    const outcome = await feed.finish();
    // Several parts (where they end is pagefind-part-cuts.ts's business), merged into one.
    expect(outcome.parts).toBeGreaterThan(1);
    expect(outcome).toMatchObject({ merged: true, refusal: null });
    await closePagefind();
  } else {
    await indexSite(site);
  }
  const server = createServer((request, response) => {
    try {
      response.end(readFileSync(join(site, new URL(request.url ?? '/', 'http://x').pathname)));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const bundle = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/pagefind/`;
  const pagefind = (await import(pathToFileURL(join(site, 'pagefind', 'pagefind.js')).href)) as Pagefind;
  await pagefind.options({ basePath: bundle, baseUrl: '/' });
  expect(await mergeParts(pagefind, bundle, '/')).toBe(0);
  await pagefind.init();
  if (!tables) return { site, server, engine: new SearchEngine(pagefind) };
  const found = await loadFilterTables(`${bundle}filter/`);
  expect(found?.pages).toBe(RECORDS.length);
  const asking: Pagefind = {
    ...pagefind,
    search(term, options) {
      if (options?.filters && Object.keys(options.filters).length > 0)
        throw new Error(`Pagefind asked to filter by ${Object.keys(options.filters).join(', ')}`);
      return pagefind.search(term, options);
    },
  };
  return { site, server, engine: new SearchEngine(asking, () => loadFilterTables(`${bundle}filter/`)) };
}

function state(q: string, filters: Partial<SearchState['filters']> = {}, sort: SearchState['sort'] = 'relevance'): SearchState {
  return { q, filters: { ...emptyFilters(), ...filters }, sort };
}

async function paths(results: PagefindResult[]): Promise<string[]> {
  return Promise.all(results.map(async (result) => (await result.data()).url.replaceAll('/', '')));
}

describe.each([
  ['one index', false, false],
  ['an index in parts', true, false],
  ['an index in parts, filtered and counted with its filter tables', true, true],
])('SearchEngine, %s', (_name, parts, tables) => {
  let served: Served;
  let engine: SearchEngine;
  beforeAll(async () => {
    served = await serve(parts, tables);
    engine = served.engine;
  });
  afterAll(async () => {
    await new Promise((resolve) => served.server.close(resolve));
    rmSync(served.site, { recursive: true, force: true });
  });

  it('finds records with all the words and counts them per filter value', async () => {
    const outcome = await engine.run(state('safety'));
    expect((await paths(outcome.results)).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(outcome.counts.council).toEqual({ Thurrock: 1, Essex: 3 });
    expect(outcome.counts.type).toEqual({ Meeting: 2, Report: 1, Recommendation: 1, Person: 1 });
  });

  it("counts a filter's values ignoring its own choice, so the other values stay visible", async () => {
    const outcome = await engine.run(state('safety', { council: ['Essex'] }));
    expect((await paths(outcome.results)).sort()).toEqual(['b', 'c', 'd']);
    expect(outcome.counts.council).toEqual({ Thurrock: 1, Essex: 3 });
    // Other filters count within the chosen council.
    expect(outcome.counts.type).toEqual({ Meeting: 1, Report: 1, Recommendation: 1, Person: 0 });
    // The recommendation filters are neither loaded nor counted until the search is about recommendations.
    expect(Object.keys(outcome.counts).sort()).toEqual(['committee', 'council', 'type', 'year']);
    const recommendations = await engine.run(state('safety', { council: ['Essex'], type: ['Recommendation'] }));
    expect(recommendations.counts.status).toEqual({ Open: 1 });
    expect(recommendations.counts.implementation).toEqual({ 'Not stated': 1 });
  });

  it('puts records holding the words as a phrase first', async () => {
    const outcome = await engine.run(state('signs of safety'));
    const found = await paths(outcome.results);
    expect(found.slice(0, 2).sort()).toEqual(['a', 'c']);
    expect(found[2]).toBe('b');
  });

  // Parts: a word missing from a part matches near words there, and dates sort within each part
  // (pagefind-feed.ts); so these hold for one index only.
  it('leaves out excluded words and counts what is left', async () => {
    const outcome = await engine.run(state('safety -ofsted'));
    expect((await paths(outcome.results)).sort()).toEqual(['c', 'd', 'e']);
    expect(outcome.counts.council).toEqual({ Thurrock: 0, Essex: 2 });
    const filtered = await engine.run(state('safety -ofsted', { type: ['Report', 'Person'] }));
    expect((await paths(filtered.results)).sort()).toEqual(['c', 'e']);
    expect(filtered.counts.type).toMatchObject({ Meeting: 0, Report: 1, Recommendation: 1, Person: 1 });
  });

  it('combines a quoted phrase with other words', async () => {
    const outcome = await engine.run(state('"Signs of Safety" practice'));
    expect(await paths(outcome.results)).toEqual(['c']);
    expect(outcome.counts.council).toEqual({ Thurrock: 0, Essex: 1 });
  });

  it('sorts by date either way with undated records last', async () => {
    const newest = await paths((await engine.run(state('safety', {}, 'newest'))).results);
    expect(newest.slice(0, 3)).toEqual(['a', 'b', 'c']);
    expect(newest.slice(3).sort()).toEqual(['d', 'e']);
    const oldest = await paths((await engine.run(state('safety', {}, 'oldest'))).results);
    expect(oldest.slice(0, 3)).toEqual(['c', 'b', 'a']);
    expect(oldest.slice(3).sort()).toEqual(['d', 'e']);
  });

  it('is idle with neither words nor filters, and browses by filter alone', async () => {
    expect(isIdle(state('  '))).toBe(true);
    const outcome = await engine.run(state('', { type: ['Recommendation'] }));
    expect(await paths(outcome.results)).toEqual(['d']);
  });

  it('without counting finds the same records and counts nothing; count() gives the counts later', async () => {
    for (const searched of [state('safety'), state('safety', { council: ['Essex'] }), state('safety -ofsted', { type: ['Report'] })]) {
      const counted = await engine.run(searched);
      const plain = await engine.run(searched, { count: false });
      expect(plain.counts).toEqual({});
      expect(await paths(plain.results)).toEqual(await paths(counted.results));
      expect(await engine.count(searched)).toEqual(counted.counts);
    }
  });
});

/** A Pagefind that finds the same two records for any search and records the filters each search names. */
function fakePagefind(): { pagefind: Pagefind; asked: PagefindSearchOptions['filters'][] } {
  const asked: PagefindSearchOptions['filters'][] = [];
  const results: PagefindResult[] = ['a', 'b'].map((id) => ({
    id,
    score: 1,
    words: [0],
    data: () => Promise.resolve({ url: `/${id}/`, excerpt: '', meta: {}, filters: {}, sub_results: [] }),
  }));
  const pagefind: Pagefind = {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    mergeIndex: () => Promise.resolve(),
    filters: () => Promise.resolve({}),
    search(_term, options = {}): Promise<PagefindResponse> {
      asked.push(options.filters);
      // Pagefind counts the filters a search names: two results, one for each of two values.
      const counts = Object.fromEntries(Object.keys(options.filters ?? {}).map((key) => [key, { one: 1, two: 1 }]));
      return Promise.resolve({ results, unfilteredResultCount: results.length, filters: counts, totalFilters: counts });
    },
  };
  return { pagefind, asked };
}

/**
 * A Pagefind whose words' search finds `count` records, the words standing together (places 4 and
 * 5) only in the last, and whose phrase search finds the first; it records the terms it is asked.
 */
function phrasePagefind(count: number): { pagefind: Pagefind; terms: (string | null)[] } {
  const terms: (string | null)[] = [];
  const result = (id: string, words: number[]): PagefindResult => ({
    id,
    score: 1,
    words,
    data: () => Promise.reject(new Error('unused')),
  });
  const found = Array.from({ length: count }, (_, at) => result(`r${at}`, at === count - 1 ? [4, 5] : [0, 9]));
  const pagefind: Pagefind = {
    ...fakePagefind().pagefind,
    search(term): Promise<PagefindResponse> {
      terms.push(term);
      const results = term?.startsWith('"') ? found.slice(0, 1) : found;
      return Promise.resolve({ results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} });
    },
  };
  return { pagefind, terms };
}

describe('SearchEngine: records holding plain words as a phrase', () => {
  it('asks Pagefind’s phrase search, which checks the order, while the words find few records', async () => {
    const { pagefind, terms } = phrasePagefind(PHRASE_SEARCH_MOST);
    const outcome = await new SearchEngine(pagefind).run(state('ofsted inspection'), { count: false });
    expect(terms).toEqual(['ofsted inspection', '"ofsted inspection"']);
    expect(outcome.results[0]?.id).toBe('r0');
    expect(outcome.results).toHaveLength(PHRASE_SEARCH_MOST);
  });

  it('tells the phrase from the words’ places once they find more, searching nothing again', async () => {
    const { pagefind, terms } = phrasePagefind(PHRASE_SEARCH_MOST + 1);
    const outcome = await new SearchEngine(pagefind).run(state('ofsted inspection'), { count: false });
    expect(terms).toEqual(['ofsted inspection']);
    expect(outcome.results[0]?.id).toBe(`r${PHRASE_SEARCH_MOST}`);
    expect(outcome.results[1]?.id).toBe('r0');
  });

  it('never asks it for words with stop words between them', () => {
    expect(askPagefindForPhrase(parseQuery('ann honeywood'), 10)).toBe(true);
    expect(askPagefindForPhrase(parseQuery('ann honeywood'), PHRASE_SEARCH_MOST + 1)).toBe(false);
    expect(askPagefindForPhrase(parseQuery('signs of safety'), 10)).toBe(false);
  });
});

/** The filter names each search asked Pagefind for, sorted. */
function named(asked: PagefindSearchOptions['filters'][]): string[][] {
  return asked.map((filters) => Object.keys(filters ?? {}).sort());
}

describe('SearchEngine: the filters it makes Pagefind load', () => {
  it('names no filter when not counting and the state chooses none, so none is downloaded', async () => {
    for (const q of ['safety', 'signs of safety', '"signs of safety" practice -ofsted']) {
      const { pagefind, asked } = fakePagefind();
      const outcome = await new SearchEngine(pagefind).run(state(q), { count: false });
      expect(asked.length).toBeGreaterThan(0);
      expect(named(asked).flat()).toEqual([]);
      expect(outcome.counts).toEqual({});
    }
  });

  it('names exactly the chosen filters when not counting, sorted by date too', async () => {
    const { pagefind, asked } = fakePagefind();
    await new SearchEngine(pagefind).run(state('safety', { council: ['Essex'] }, 'newest'), { count: false });
    expect(asked.length).toBeGreaterThan(1);
    for (const filters of asked) expect(filters).toEqual({ council: { any: ['Essex'] } });
  });

  it('when counting, names the filters it shows, each ignoring its own choice', async () => {
    const { pagefind, asked } = fakePagefind();
    const outcome = await new SearchEngine(pagefind).run(state('safety', { council: ['Essex'] }));
    expect(asked[0]).toEqual({
      type: { none: [] },
      council: { any: ['Essex'] },
      committee: { none: [] },
      year: { none: [] },
    });
    // The council's own counts: the search without its choice, the filter still loaded.
    expect(asked).toContainEqual({ type: { none: [] }, council: { none: [] }, committee: { none: [] }, year: { none: [] } });
    expect(Object.keys(outcome.counts).sort()).toEqual(['committee', 'council', 'type', 'year']);
    // The recommendation filters only when the search is about recommendations.
    const recommendations = fakePagefind();
    const about = await new SearchEngine(recommendations.pagefind).run(state('safety', { type: ['Recommendation'] }));
    expect(named(recommendations.asked)[0]).toEqual(['committee', 'council', 'implementation', 'response', 'status', 'type', 'year']);
    expect(about.counts.status).toEqual({ one: 1, two: 1 });
  });

  it('count() names the filters a counting search would, and gives its counts', async () => {
    const counting = fakePagefind();
    const counted = await new SearchEngine(counting.pagefind).run(state('safety', { year: ['2015'] }));
    const later = fakePagefind();
    expect(await new SearchEngine(later.pagefind).count(state('safety', { year: ['2015'] }))).toEqual(counted.counts);
    expect(later.asked).toEqual(counting.asked);
  });
});

describe('SearchEngine with filter tables', () => {
  /**
   * Three pages, 0 and 1 in Essex and 2 in Thurrock; Pagefind finds the pages `found` for any
   * words. `council`: the engine is that council's own index's.
   */
  function withTables(found = [0, 2], council: string | null = null, tablesFound = true) {
    const searched: (string | null)[] = [];
    const fetched: string[] = [];
    const results: PagefindResult[] = found.map((page) => ({
      id: pageName('89abcdef', page, true),
      score: 1,
      words: [0],
      data: () => Promise.resolve({ url: `/${page}/`, excerpt: '', meta: {}, filters: {}, sub_results: [] }),
    }));
    const { pagefind } = fakePagefind();
    const finding: Pagefind = {
      ...pagefind,
      search(term, options = {}) {
        expect(options.filters ?? {}).toEqual({});
        searched.push(term);
        return Promise.resolve({ results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} });
      },
    };
    const files: Record<string, string> = {
      council: tableText([
        ['Essex', [0, 1]],
        ['Thurrock', [2]],
      ]),
      type: tableText([
        ['Meeting', [0, 2]],
        ['Report', [1]],
      ]),
    };
    const load = (url: string | URL | Request) => {
      fetched.push(String(url));
      return Promise.resolve(new Response(files[String(url).replace('/f/', '').replace('.pf_table', '')] ?? '', { status: 200 }));
    };
    const tables = new FilterTables('/f/', 3, { council: 'council.pf_table', type: 'type.pf_table' }, load as typeof fetch);
    let loads = 0;
    const engine = new SearchEngine(
      finding,
      () => {
        loads += 1;
        return Promise.resolve(tablesFound ? tables : null);
      },
      council,
    );
    return { engine, searched, fetched, loads: () => loads };
  }

  it('loads no table for a plain search, and only the tables of the filters a search chooses', async () => {
    const { engine, fetched, loads } = withTables();
    expect((await engine.run(state('safety'), { count: false })).results).toHaveLength(2);
    expect([loads(), fetched]).toEqual([0, []]);
    const outcome = await engine.run(state('safety', { council: ['Thurrock'] }), { count: false });
    expect(outcome.results.map((result) => pageNumber(result.id))).toEqual([2]);
    expect(outcome.counts).toEqual({});
    expect([loads(), fetched]).toEqual([1, ['/f/council.pf_table']]);
  });

  it('counts each value among the results the other filters allow, without searching the same words again', async () => {
    const { engine, searched, fetched } = withTables();
    const chosen = state('safety', { type: ['Meeting'] });
    await engine.run(chosen, { count: false });
    const counts = await engine.count(chosen);
    expect(counts.council).toEqual({ Essex: 1, Thurrock: 1 });
    // Type's own counts ignore its choice; the filters without tables (committee, year) count nothing.
    expect(counts.type).toEqual({ Meeting: 2, Report: 0 });
    expect(counts.year).toEqual({});
    expect(searched).toEqual(['safety']);
    expect(fetched.sort()).toEqual(['/f/council.pf_table', '/f/type.pf_table']);
    // New words are searched again.
    await engine.run(state('children', { type: ['Meeting'] }));
    expect(searched).toEqual(['safety', 'children']);
  });

  it("on a council's own index, filters and counts with the whole index's tables, the council counting its results alone", async () => {
    const { engine, searched, fetched } = withTables([0, 1], 'Essex');
    expect(engine.hasSearched('safety')).toBe(false);
    const outcome = await engine.run(state('safety', { type: ['Meeting'] }), { count: true });
    expect(outcome.results.map((result) => pageNumber(result.id))).toEqual([0]);
    // Type's counts ignore its own choice; the council is the index's, with as many results as it
    // shows, and its table is never fetched: other councils are not counted.
    expect(outcome.counts.type).toEqual({ Meeting: 1, Report: 1 });
    expect(outcome.counts.council).toEqual({ Essex: 1 });
    expect(fetched).toEqual(['/f/type.pf_table']);
    expect(await engine.count(state('safety'))).toMatchObject({ council: { Essex: 2 }, type: { Meeting: 1, Report: 1 } });
    expect(searched).toEqual(['safety']);
    expect(engine.hasSearched('safety')).toBe(true);
    expect(engine.hasSearched('children')).toBe(false);
  });

  it("on a council's own index without tables, searches without filters and refuses to filter", async () => {
    const { engine } = withTables([0, 1], 'Essex', false);
    expect((await engine.run(state('safety'), { count: false })).results).toHaveLength(2);
    await expect(engine.run(state('safety', { type: ['Meeting'] }), { count: false })).rejects.toThrow(
      /Essex: .*without the filter tables/,
    );
    await expect(engine.count(state('safety'))).rejects.toThrow(/without the filter tables/);
  });
});
