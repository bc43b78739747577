/**
 * The search page's indexes, each loaded the first time it is asked for: the whole archive's,
 * and each council's own (src/model/search-scopes.ts). The page asks for the whole index at
 * start-up only when its address is not a search within a council (council-scope.ts), so such
 * a first search downloads that council's index alone, never the whole index's page table
 * (89 KB at 10,000 meetings) nor its filters. The whole index's filter tables, loaded once, are
 * every engine's: a council's index filters and counts its results with them.
 */
import { scopeFolder } from '../model/search-scopes.ts';
import { councilScope, withoutCouncil } from './council-scope.ts';
import { SearchEngine } from './engine.ts';
import { loadFilterTables, type FilterTables } from './filter-table.ts';
import { loadOnce } from './load-once.ts';
import { bundleOf, loadCouncilIndex, loadPagefind, type Pagefind } from './pagefind-api.ts';
import { activeFilterCount, type SearchState } from './url-state.ts';

export interface IndexLoaders {
  whole(base: string): Promise<Pagefind>;
  /** The whole index's filter tables (filter-table.ts), or null for an index without them; loaded when a search first filters. */
  tables(base: string): Promise<FilterTables | null>;
  council(base: string, folder: string): Promise<Pagefind>;
}

const LOADERS: IndexLoaders = {
  whole: loadPagefind,
  tables: (base) => loadFilterTables(`${bundleOf(base)}filter/`),
  council: loadCouncilIndex,
};

/** Where a search runs: the engine, the state to give it, and the council it is within (null: the whole archive). */
export interface SearchTarget {
  engine: SearchEngine;
  state: SearchState;
  council: string | null;
}

export class SearchIndexes {
  readonly base: string;
  private readonly loaders: IndexLoaders;
  private readonly tables = loadOnce(() => this.loaders.tables(this.base));
  private readonly whole = loadOnce(() =>
    this.inTurn(() => this.loaders.whole(this.base)).then((pagefind) => (this.loaded = new SearchEngine(pagefind, this.tables))),
  );
  // The whole index's engine once loaded, to ask what it has searched without loading it.
  private loaded: SearchEngine | null = null;
  // Null once a council is known to have no index of its own: it is not asked for again.
  private councils = new Map<string, Promise<SearchEngine | null>>();
  // The last index load, settled or not: Pagefind's indexes share one WebAssembly module, and
  // two loading at once can break its memory (seen in Node), so each load waits for the one before.
  private loading: Promise<unknown> = Promise.resolve();

  constructor(base: string, loaders: IndexLoaders = LOADERS) {
    this.base = base;
    this.loaders = loaders;
  }

  /** The whole archive's index; if it fails to load, the next search tries again. */
  archive(): Promise<SearchEngine> {
    return this.whole();
  }

  /** A council's own index, or null when it has none: no folder for its name, or none built (the search then uses the whole index). */
  council(name: string): Promise<SearchEngine | null> {
    let found = this.councils.get(name);
    if (!found) {
      const folder = scopeFolder(name);
      found =
        folder === null
          ? Promise.resolve(null)
          : this.inTurn(() => this.loaders.council(this.base, folder)).then(
              (pagefind) => new SearchEngine(pagefind, this.tables, name),
              () => null,
            );
      this.councils.set(name, found);
    }
    return found;
  }

  /** Runs `load` once the load before it has settled. */
  private inTurn<T>(load: () => Promise<T>): Promise<T> {
    const next = this.loading.then(load, load);
    this.loading = next.catch(() => undefined);
    return next;
  }

  /**
   * Where the search runs: the council's own index for a search within it (council-scope.ts),
   * given the state without its council; else the whole index. Not the council's index when
   * the filters are counted (`filtersOpen`) and the whole index has just searched the same words
   * (the reader ticked a council after searching all councils): filtering those results costs
   * nothing, and counts every council. Nor when the search chooses or counts another filter and
   * the index has no tables.
   */
  async target(state: SearchState, filtersOpen: boolean): Promise<SearchTarget> {
    const council = councilScope(state);
    const ticked = filtersOpen && this.loaded?.hasSearched(state.q) === true;
    if (council !== null && !ticked) {
      const within = withoutCouncil(state);
      const filtered = filtersOpen || activeFilterCount(within) > 0;
      // Without tables its index could not be filtered: it is not loaded for nothing.
      const own = !filtered || (await this.tables()) !== null ? await this.council(council) : null;
      if (own !== null) return { engine: own, state: within, council };
    }
    return { engine: await this.archive(), state, council: null };
  }
}
