/**
 * Which index a search runs on, and when each loads, on fake loaders that record what they are
 * asked for: the whole index never loads for a search within a council that has its own.
 */
import { describe, expect, it } from 'vitest';
import { FilterTables } from './filter-table.ts';
import type { Pagefind } from './pagefind-api.ts';
import { SearchIndexes, type IndexLoaders } from './search-indexes.ts';
import { emptyFilters, type SearchState } from './url-state.ts';

function state(q: string, filters: Partial<SearchState['filters']> = {}): SearchState {
  return { q, filters: { ...emptyFilters(), ...filters }, sort: 'relevance' };
}

/** A Pagefind that only says which index it is. */
function index(name: string): Pagefind {
  return {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    mergeIndex: () => Promise.resolve(),
    filters: () => Promise.resolve({ [name]: {} }),
    search: () => Promise.resolve(null),
  };
}

/**
 * Loaders that record the indexes asked for; `built` are the council folders that have an
 * index, and `tables` whether the whole index has filter tables (none, as an index in parts).
 */
function loaders(built: string[], wholeFails = 0, tables = false): { loaders: IndexLoaders; asked: string[] } {
  const asked: string[] = [];
  let failures = wholeFails;
  return {
    asked,
    loaders: {
      whole(base) {
        asked.push(`${base}whole`);
        return failures-- > 0 ? Promise.reject(new Error('offline')) : Promise.resolve(index('whole'));
      },
      tables(base) {
        asked.push(`${base}tables`);
        return Promise.resolve(tables ? new FilterTables(`${base}filter/`, 0, {}) : null);
      },
      council(base, folder) {
        asked.push(`${base}${folder}`);
        return built.includes(folder) ? Promise.resolve(index(folder)) : Promise.reject(new Error('404'));
      },
    },
  };
}

async function which(target: Promise<{ engine: { pagefind: Pagefind } }>): Promise<string> {
  return Object.keys(await (await target).engine.pagefind.filters())[0] ?? '';
}

const THURROCK = { council: ['Thurrock Council'] };

describe('SearchIndexes', () => {
  it('runs a search within a council on its own index, without its council, loading nothing else', async () => {
    const { loaders: load, asked } = loaders(['thurrock-council']);
    const indexes = new SearchIndexes('/scrutiny/', load);
    const target = await indexes.target(state('children', THURROCK), false);
    expect(target.council).toBe('Thurrock Council');
    expect(target.state).toEqual(state('children'));
    expect(await which(Promise.resolve(target))).toBe('thurrock-council');
    // Again: the council's index is loaded once.
    expect(await which(indexes.target(state('safety', THURROCK), false))).toBe('thurrock-council');
    expect(asked).toEqual(['/scrutiny/thurrock-council']);
  });

  it('runs a search within a council that chooses or counts other filters on its index, with the whole index’s tables', async () => {
    const { loaders: load, asked } = loaders(['thurrock-council'], 0, true);
    const indexes = new SearchIndexes('/', load);
    for (const [searched, open] of [
      [state('children', THURROCK), true],
      [state('children', { ...THURROCK, type: ['Meeting'] }), false],
    ] as const) {
      const target = await indexes.target(searched, open);
      expect(target).toMatchObject({ council: 'Thurrock Council', state: { ...searched, filters: { ...searched.filters, council: [] } } });
      expect(await which(Promise.resolve(target))).toBe('thurrock-council');
    }
    expect(asked).toEqual(['/tables', '/thurrock-council']);
  });

  it('runs any other search on the whole index, loaded once, with its state as it is', async () => {
    const { loaders: load, asked } = loaders(['thurrock-council']);
    const indexes = new SearchIndexes('/', load);
    // Without tables, a council's index can neither filter nor count: the whole index does.
    for (const [searched, open] of [
      [state('children'), false],
      [state('children', THURROCK), true],
      [state('children', { ...THURROCK, type: ['Meeting'] }), false],
      [state('children', { council: ['Thurrock Council', 'Essex County Council'] }), false],
    ] as const) {
      const target = await indexes.target(searched, open);
      expect(target).toMatchObject({ council: null, state: searched });
      expect(await which(Promise.resolve(target))).toBe('whole');
    }
    // The council's index is not loaded when it could not be used.
    expect(asked).toEqual(['/whole', '/tables']);
  });

  it('filters on the whole index a council ticked after it searched the same words across all councils', async () => {
    const { loaders: load, asked } = loaders(['thurrock-council'], 0, true);
    const indexes = new SearchIndexes('/', load);
    await (await indexes.archive()).run(state('children'), { count: false });
    const ticked = state('children', THURROCK);
    expect(await indexes.target(ticked, true)).toMatchObject({ council: null, state: ticked });
    expect(asked).toEqual(['/whole']);
    // Other words are searched within the council, on its own index; so are the same words with
    // the filters closed (back to a council page's search), which count nothing.
    expect(await indexes.target(state('safety', THURROCK), true)).toMatchObject({ council: 'Thurrock Council' });
    expect(await indexes.target(ticked, false)).toMatchObject({ council: 'Thurrock Council' });
  });

  it('searches a council without an index of its own on the whole index, asking for its index once', async () => {
    const { loaders: load, asked } = loaders([]);
    const indexes = new SearchIndexes('/', load);
    for (let time = 0; time < 2; time++) {
      const target = await indexes.target(state('children', THURROCK), false);
      expect(target).toMatchObject({ council: null, state: state('children', THURROCK) });
      expect(await which(Promise.resolve(target))).toBe('whole');
    }
    expect(asked).toEqual(['/thurrock-council', '/whole']);
  });

  it('asks for no index for a council whose name gives no folder', async () => {
    const { loaders: load, asked } = loaders([]);
    const target = await new SearchIndexes('/', load).target(state('children', { council: ['委員会'] }), false);
    expect(target.council).toBeNull();
    expect(asked).toEqual(['/whole']);
  });

  it("gives the whole index's engine its filter tables, loaded when a search first filters, not before", async () => {
    const { loaders: load, asked } = loaders([]);
    const { engine } = await new SearchIndexes('/', load).target(state('children'), false);
    await engine.run(state('children'), { count: false });
    expect(asked).toEqual(['/whole']);
    await engine.run(state('children'), { count: true });
    await engine.run(state('children', { type: ['Report'] }), { count: false });
    expect(asked).toEqual(['/whole', '/tables']);
  });

  it('tries the whole index again after it failed to load', async () => {
    const { loaders: load, asked } = loaders([], 1);
    const indexes = new SearchIndexes('/', load);
    await expect(indexes.archive()).rejects.toThrow('offline');
    expect(await which(indexes.target(state('children'), false))).toBe('whole');
    expect(asked).toEqual(['/whole', '/whole']);
  });

  it('loads one index at a time, each once the one before has loaded', async () => {
    const events: string[] = [];
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const indexes = new SearchIndexes('/', {
      async whole() {
        events.push('whole starts');
        await slow;
        events.push('whole loaded');
        return index('whole');
      },
      tables: () => Promise.resolve(null),
      council(_, folder) {
        events.push(`${folder} starts`);
        return Promise.resolve(index(folder));
      },
    });
    const whole = indexes.archive();
    const council = indexes.council('Thurrock Council');
    await Promise.resolve();
    expect(events).toEqual(['whole starts']);
    release();
    await Promise.all([whole, council]);
    expect(events).toEqual(['whole starts', 'whole loaded', 'thurrock-council starts']);
  });
});
