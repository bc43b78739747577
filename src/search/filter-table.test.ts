import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FILTER_MANIFEST, tableText } from '../model/filter-tables.ts';
import { pageName } from '../model/search-page-names.ts';
import { emptyFilters } from './url-state.ts';
import {
  countValues,
  FilterTables,
  filterOnTables,
  keepMarked,
  loadFilterTables,
  markResults,
  markValues,
  resultPages,
} from './filter-table.ts';

const result = (page: number) => ({ id: pageName('89abcdef', page, page < 4) });
const COUNCIL = new Map([
  ['Essex', Int32Array.from([0, 1, 4])],
  ['Thurrock', Int32Array.from([2, 3])],
]);

describe('filtering with a table', () => {
  it('keeps the results whose page holds any chosen value of every chosen filter', () => {
    const essex = markValues(6, COUNCIL, ['Essex']);
    expect([...essex]).toEqual([1, 1, 0, 0, 1, 0]);
    const pages = resultPages([0, 2, 4, 5].map(result));
    expect([...pages]).toEqual([0, 2, 4, 5]);
    expect(keepMarked(pages, [essex])).toEqual([0, 2]);
    expect(keepMarked(pages, [markValues(6, COUNCIL, ['Essex', 'Thurrock'])])).toEqual([0, 1, 2]);
    expect(keepMarked(pages, [essex, markValues(6, COUNCIL, ['Thurrock'])])).toEqual([]);
    expect(keepMarked(pages, [])).toEqual([0, 1, 2, 3]);
    // A name that is not a page number (Pagefind's own) is in no set, and kept only when nothing is chosen.
    const pagefinds = resultPages([{ id: 'en_3f2a1b9' }]);
    expect([...pagefinds]).toEqual([-1]);
    expect(keepMarked(pagefinds, [essex])).toEqual([]);
    expect(keepMarked(pagefinds, [])).toEqual([0]);
  });

  it("reads a list of results' page numbers once, however often it is filtered", () => {
    let reads = 0;
    const counted = (page: number) => ({
      get id() {
        reads += 1;
        return result(page).id;
      },
    });
    const results = [0, 2, 5].map(counted);
    expect(resultPages(results)).toBe(resultPages(results));
    expect(reads).toBe(3);
    expect([...resultPages([0, 2, 5].map(counted))]).toEqual([0, 2, 5]);
    expect(reads).toBe(6);
  });

  it('counts, for each value, the results its pages hold', () => {
    const pages = resultPages([0, 2, 3, 5].map(result));
    const marks = markResults(6, pages, [0, 1, 2, 3]);
    expect(countValues(marks, COUNCIL)).toEqual({ Essex: 1, Thurrock: 2 });
    expect(countValues(markResults(6, pages, [1, 3]), COUNCIL)).toEqual({ Essex: 0, Thurrock: 1 });
    expect(countValues(markResults(6, pages, []), COUNCIL)).toEqual({ Essex: 0, Thurrock: 0 });
    expect(Object.entries(countValues(marks, new Map([['__proto__', Int32Array.from([0, 1])]])))).toEqual([['__proto__', 1]]);
  });
});

describe('filterOnTables', () => {
  it('keeps what every chosen filter allows and counts each filter ignoring its own choice', async () => {
    const files: Record<string, string> = {
      'council.pf_table': tableText([
        ['Essex', [0, 1, 4]],
        ['Thurrock', [2, 3]],
      ]),
      'type.pf_table': tableText([
        ['Meeting', [0, 2, 4]],
        ['Report', [1, 3]],
      ]),
    };
    const load = (url: string | URL | Request) => Promise.resolve(new Response(files[String(url)] ?? ''));
    const tables = new FilterTables('', 6, { council: 'council.pf_table', type: 'type.pf_table' }, load as typeof fetch);
    const found = [0, 1, 2, 3, 5].map(result);
    const filters = { ...emptyFilters(), council: ['Essex'], type: ['Meeting'] };
    const { results, counts } = await filterOnTables(tables, found, filters, ['council', 'type', 'year']);
    expect(results).toEqual([result(0)]);
    // Councils among the meetings found (0, 2); types among Essex's found (0, 1).
    expect(counts).toEqual({ council: { Essex: 1, Thurrock: 1 }, type: { Meeting: 1, Report: 1 }, year: {} });
    expect((await filterOnTables(tables, found, emptyFilters(), [])).results).toEqual(found);
    // The same results filtered again (a value ticked) are not read from their names again.
    const names = found.map((one) => one.id);
    let reads = 0;
    const counted = names.map((id) => ({
      get id() {
        reads += 1;
        return id;
      },
    }));
    await filterOnTables(tables, counted, filters, ['council', 'type']);
    await filterOnTables(tables, counted, { ...emptyFilters(), type: ['Report'] }, ['council', 'type']);
    expect(reads).toBe(names.length);
  });
});

describe('loading the tables', () => {
  const site = (files: Record<string, Buffer | string>) => {
    const asked: string[] = [];
    const load = (url: string | URL | Request) => {
      asked.push(String(url));
      const body = files[String(url)];
      return Promise.resolve(
        body === undefined
          ? new Response('Not found', { status: 404 })
          : new Response(typeof body === 'string' ? body : new Uint8Array(body)),
      );
    };
    return { load: load as typeof fetch, asked };
  };

  it('reads the manifest, then a table compressed or not the first time it is asked for', async () => {
    const text = tableText([['Essex', [0, 1, 4]]]);
    const { load, asked } = site({
      [`/pagefind/filter/${FILTER_MANIFEST}`]: JSON.stringify({ pages: 6, tables: { council: 'c.pf_table', type: 't.pf_table' } }),
      '/pagefind/filter/c.pf_table': gzipSync(text),
      '/pagefind/filter/t.pf_table': text,
    });
    const tables = await loadFilterTables('/pagefind/filter/', load);
    expect(tables?.pages).toBe(6);
    expect([...((await tables?.values('council'))?.get('Essex') ?? [])]).toEqual([0, 1, 4]);
    expect([...((await tables?.values('type'))?.get('Essex') ?? [])]).toEqual([0, 1, 4]);
    await tables?.values('council');
    expect((await tables?.values('year'))?.size).toBe(0);
    expect(asked).toEqual([`/pagefind/filter/${FILTER_MANIFEST}`, '/pagefind/filter/c.pf_table', '/pagefind/filter/t.pf_table']);
  });

  it('finds none for an index without a manifest (left in parts), and tries a failed table again', async () => {
    expect(await loadFilterTables('/pagefind/filter/', site({}).load)).toBeNull();
    const { load, asked } = site({ [`/f/${FILTER_MANIFEST}`]: JSON.stringify({ pages: 1, tables: { council: 'c.pf_table' } }) });
    const tables = await loadFilterTables('/f/', load);
    await expect(tables?.values('council')).rejects.toThrow('/f/c.pf_table: 404');
    await expect(tables?.values('council')).rejects.toThrow('404');
    expect(asked.filter((url) => url === '/f/c.pf_table')).toHaveLength(2);
  });
});
