/**
 * Runs a search state against Pagefind: the results in order, and, when asked, for each filter
 * the counts a reader sees beside its values. A filter's counts ignore that filter's own
 * choices (but apply the others), so ticking a value shows exactly the count beside it.
 *
 * Given the whole index's filter tables (filter-table.ts), an engine never names a filter to
 * Pagefind: it searches the words alone, then keeps the results the chosen filters allow and
 * counts the filters' values itself, from the tables. Pagefind, once it has loaded a filter,
 * counts its values on every later search, in time that grows with the archive's pages times
 * the results (src/model/filter-tables.ts). Without tables (an index left in parts, whose page
 * names are not page numbers) the filters are Pagefind's.
 *
 * Filters load only when a search counts them or chooses them, never at start-up: a filter's
 * table (or Pagefind's index of it) lists the pages of each value, and grows with the archive.
 * So a search counts its filters only when the reader has opened "Filter results" on the page
 * (`run(state, { count: true })`, or `count` for a search already shown); otherwise it loads
 * only the filters it chooses, and a plain word search downloads no filter at all. When
 * counting, a search counts the filters it shows (activeFacets): the general ones, and the
 * recommendation filters only when the search is about recommendations.
 *
 * An engine searches one index: the whole archive's, or a council's own (search-indexes.ts),
 * which a search within one council runs on (council-scope.ts) for the bytes of a first search:
 * the whole index's page table alone is 89 KB at 10,000 meetings, and the council's filter
 * another 40 KB, where a council's index holds its pages alone and has no filters. Its state
 * then chooses no council, and its page names sort by date as the whole index's do. Its page
 * names also carry the whole index's page numbers, so the whole index's tables filter and count
 * its results; its council's count is its results (the council's index holds exactly the pages
 * the council filter gives it), and other councils are not counted: that would mean searching
 * the whole archive, which is what a search within a council avoids.
 */
import { SCOPE_FILTER } from '../model/search-scopes.ts';
import { FACET_KEYS, RECOMMENDATION_FACETS, RECORD_TYPES, type FacetCounts, type FacetKey } from './facets.ts';
import type { FilterCounts, Pagefind, PagefindFilters, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { isEmptyQuery, isSingleSearch, isStopWord, lookupWords, parseQuery, requiredTerms, type ParsedQuery } from './query-syntax.ts';
import { inDateOrder, namedInDateOrder } from './date-order.ts';
import { filterOnTables, type FilterTables } from './filter-table.ts';
import { loadOnce } from './load-once.ts';
import { combineIds, countByValue, phraseAt, preferPhrase } from './result-set.ts';
import type { SearchState } from './url-state.ts';

export interface SearchOutcome {
  results: PagefindResult[];
  /** Counts of the filters the search shows (activeFacets), or none when not counting; the others are not loaded. */
  counts: FacetCounts;
}

export interface RunOptions {
  /**
   * Count the filters the search shows (and so download their indexes). False: no counts,
   * and Pagefind is asked only for the filters the state chooses.
   */
  count: boolean;
}

interface Found {
  results: PagefindResult[];
  /** Pagefind's own counts; null when the results were combined from several searches. */
  counts: FilterCounts | null;
}

/**
 * The filters a search shows, with counts: all but the recommendation filters (status,
 * response, implementation), which show once the search is limited to recommendations or
 * one of them is chosen. Those three hold only recommendations, so other searches leave
 * their indexes undownloaded.
 */
export function activeFacets(state: SearchState): FacetKey[] {
  const recommendations =
    state.filters.type.includes(RECORD_TYPES.recommendation) || RECOMMENDATION_FACETS.some((key) => state.filters[key].length > 0);
  return FACET_KEYS.filter((key) => recommendations || !RECOMMENDATION_FACETS.includes(key));
}

/**
 * Pagefind's filters for the state: each chosen value (a record matches any chosen value of
 * a filter), leaving out `except`'s choice. Each filter in `load` without a choice gets an
 * empty `none`, which excludes nothing but makes Pagefind load it and count its values.
 */
export function pagefindFilters(state: SearchState, except?: FacetKey, load: readonly FacetKey[] = []): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const key of FACET_KEYS) {
    const values = state.filters[key];
    if (key !== except && values.length > 0) filters[key] = { any: values };
    else if (load.includes(key)) filters[key] = { none: [] };
  }
  return filters;
}

/** Pagefind's sort for the state: one date key either way (PagefindMeta.astro), or none for best match. */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | null {
  if (state.sort === 'newest') return { date: 'desc' };
  if (state.sort === 'oldest') return { date: 'asc' };
  return null;
}

/** Nothing to show: no words and no filters. Told without an index, so an idle page loads none. */
export function isIdle(state: SearchState): boolean {
  return isEmptyQuery(parseQuery(state.q)) && Object.keys(pagefindFilters(state)).length === 0;
}

export class SearchEngine {
  readonly pagefind: Pagefind;
  /** The council whose own index this is, or null for the whole archive's. */
  readonly council: string | null;
  // The index's filter tables (null: it has none), loaded once; null for an engine on Pagefind's filters.
  private readonly filterTables: (() => Promise<FilterTables | null>) | null;
  // Which records carry each filter value, fetched once when a combined query needs counts.
  private members = new Map<FacetKey, Map<string, Set<string>>>();
  // With tables: the last words searched and what Pagefind found for them, so that choosing a
  // filter or counting them for the same words searches nothing again.
  private last: { q: string; found: Promise<Found> } | null = null;

  /**
   * `loadTables` loads the index's filter tables, the first time a search chooses or counts a
   * filter (a plain word search needs none, and downloads none); without it, or when it finds
   * none, the engine filters with Pagefind. `council` names the council whose own index
   * `pagefind` is: it has no filters, so it filters only with the whole index's tables.
   */
  constructor(pagefind: Pagefind, loadTables: (() => Promise<FilterTables | null>) | null = null, council: string | null = null) {
    this.pagefind = pagefind;
    this.filterTables = loadTables === null ? null : loadOnce(loadTables);
    this.council = council;
  }

  async run(state: SearchState, { count }: RunOptions = { count: true }): Promise<SearchOutcome> {
    if (this.filterTables === null) return this.runOnPagefind(state, count);
    const filtered = count || FACET_KEYS.some((key) => state.filters[key].length > 0);
    const tables = filtered ? await this.filterTables() : null;
    if (filtered && tables === null) {
      if (this.council !== null) throw new Error(`${this.council}: a council's own index cannot filter without the filter tables`);
      return this.runOnPagefind(state, count);
    }
    return this.runOnTables(tables, state, count);
  }

  /** Whether the words were the last searched (with tables), so that filtering them searches nothing again. */
  hasSearched(q: string): boolean {
    return this.last?.q === q;
  }

  /**
   * The counts alone, for a search already run without them (the reader opened the filters
   * after it): the same as `run(state, { count: true }).counts`. With tables, the search is
   * not run again: its results are the last search's. Without, it is run again to count; its
   * index chunks are loaded already, so only the filters are downloaded.
   */
  async count(state: SearchState): Promise<FacetCounts> {
    if (this.council !== null || (this.filterTables !== null && (await this.filterTables()) !== null))
      return (await this.run(state, { count: true })).counts;
    const query = parseQuery(state.q);
    const active = activeFacets(state);
    const main = await this.find(query, { filters: pagefindFilters(state, undefined, active) }, false);
    return this.countFound(state, query, active, main);
  }

  /** `run` with Pagefind's filters: an index without tables. */
  private async runOnPagefind(state: SearchState, count: boolean): Promise<SearchOutcome> {
    const query = parseQuery(state.q);
    const active = count ? activeFacets(state) : [];
    const filters = pagefindFilters(state, undefined, active);
    const sort = pagefindSort(state);
    const main = await this.find(query, { filters });
    const counts = await this.countFound(state, query, active, main);
    return { results: sort === null ? main.results : await this.byDate(query, filters, sort, main.results), counts };
  }

  /**
   * `run` with the filter tables: the words searched without filters (or the last search's
   * results, for the same words), the results kept that every chosen filter allows, and each
   * active filter's values counted among the results the other filters allow. `tables` is null
   * only for a search that neither chooses nor counts a filter. On a council's own index the
   * council counts its results alone (the class comment says why).
   */
  private async runOnTables(tables: FilterTables | null, state: SearchState, count: boolean): Promise<SearchOutcome> {
    const query = parseQuery(state.q);
    const found = await this.foundFor(state.q, query);
    if (tables === null) return { results: await this.inOrder(state, query, found.results), counts: {} };
    const active = count ? activeFacets(state) : [];
    const counted = this.council === null ? active : active.filter((key) => key !== SCOPE_FILTER);
    const { results, counts } = await filterOnTables(tables, found.results, state.filters, counted);
    if (this.council !== null && active.includes(SCOPE_FILTER)) counts[SCOPE_FILTER] = { [this.council]: results.length };
    return { results: await this.inOrder(state, query, results), counts };
  }

  /** The results of a search on the tables in the state's order. */
  private async inOrder(state: SearchState, query: ParsedQuery, results: PagefindResult[]): Promise<PagefindResult[]> {
    const sort = pagefindSort(state);
    return sort === null ? results : this.byDate(query, {}, sort, results);
  }

  /** What Pagefind finds for the words, with no filter: searched once for the same words in a row. */
  private foundFor(q: string, query: ParsedQuery): Promise<Found> {
    if (this.last?.q !== q) {
      const found = this.find(query, {});
      this.last = { q, found };
      found.catch(() => {
        if (this.last?.found === found) this.last = null;
      });
    }
    return this.last.found;
  }

  /** Counts of the `active` filters, `main` being the search with all the state's filters and `active` loaded. */
  private async countFound(state: SearchState, query: ParsedQuery, active: readonly FacetKey[], main: Found): Promise<FacetCounts> {
    const counts: FacetCounts = {};
    for (const key of active) {
      const found =
        state.filters[key].length === 0 ? main : await this.find(query, { filters: pagefindFilters(state, key, active) }, false);
      counts[key] = found.counts?.[key] ?? (await this.countSets(key, found.results));
    }
    return counts;
  }

  /**
   * The results in date order, the undated ones after them in order of relevance. The merged
   * index names its pages by their place in date order (date-order.ts), so that costs nothing.
   * An index the merge could not rewrite (left in parts: parts.json) has Pagefind's names and
   * sort lists, and is sorted by a second search, which reuses the chunks the first one loaded.
   */
  private async byDate(
    query: ParsedQuery,
    filters: PagefindFilters,
    sort: Record<string, 'asc' | 'desc'>,
    ranked: PagefindResult[],
  ): Promise<PagefindResult[]> {
    if (namedInDateOrder(ranked)) return inDateOrder(ranked, Object.values(sort)[0] ?? 'desc');
    const dated = await this.find(query, { filters, sort }, false);
    const byId = new Map(ranked.map((result) => [result.id, result]));
    const inOrder = dated.results.flatMap((result) => byId.get(result.id) ?? []);
    const placed = new Set(inOrder.map((result) => result.id));
    return [...inOrder, ...ranked.filter((result) => !placed.has(result.id))];
  }

  private async search(term: string | null, options: PagefindSearchOptions): Promise<PagefindResult[]> {
    return (await this.pagefind.search(term, options))?.results ?? [];
  }

  /** `ranked` is false for the extra searches that only count: they skip the phrase boost. */
  private async find(query: ParsedQuery, options: PagefindSearchOptions, ranked = true): Promise<Found> {
    const terms = requiredTerms(query);
    // Only exclusions: start from every record the filters allow (Pagefind's filter-only search).
    const [first, ...rest] = await Promise.all((terms.length > 0 ? terms : [null]).map((term) => this.pagefind.search(term, options)));
    let leading = first?.results ?? [];
    if (ranked && query.words.length > 1) {
      const phrase = askPagefindForPhrase(query, leading.length)
        ? await this.search(`"${query.words.join(' ')}"`, options)
        : phraseAt(
            query.words.flatMap((word, at) => (isStopWord(word) ? [] : [at])),
            leading,
          );
      leading = preferPhrase(leading, phrase, true);
    }
    if (isSingleSearch(query)) return { results: leading, counts: first?.filters ?? {} };
    const excluded = await Promise.all(query.excluded.map((term) => this.search(term, {})));
    const keep = new Set(combineIds([ids(leading), ...rest.map((response) => ids(response?.results ?? []))], excluded.map(ids)));
    return { results: leading.filter((result) => keep.has(result.id)), counts: null };
  }

  private async countSets(key: FacetKey, results: PagefindResult[]): Promise<Record<string, number>> {
    let members = this.members.get(key);
    if (!members) {
      members = new Map();
      const all = await this.pagefind.search(null, { filters: { [key]: { none: [] } } });
      for (const value of Object.keys(all?.filters[key] ?? {})) {
        members.set(value, new Set(ids(await this.search(null, { filters: { [key]: { any: [value] } } }))));
      }
      this.members.set(key, members);
    }
    return countByValue(ids(results), members);
  }
}

/**
 * The most records the words may find for Pagefind's own phrase search to put those holding them
 * as a phrase first. Its phrase search checks the words' order and finds a phrase in a title,
 * but its time grows much faster with the records found than the words' search does: a little
 * more below this, many times it for a common phrase across a large archive (BENCHMARKS.md,
 * round 24). Past it, the places the words' search gave show the phrase (phraseAt), as for a
 * query with stop words. A quoted phrase is always Pagefind's: it chooses the records, not only
 * their order.
 */
export const PHRASE_SEARCH_MOST = 5000;

/**
 * Whether the phrase of a query's plain words is searched by Pagefind: only when they hold no
 * stop word (which the words' search leaves out, and Pagefind's phrase search needs) and found
 * no more than PHRASE_SEARCH_MOST records.
 */
export function askPagefindForPhrase(query: ParsedQuery, found: number): boolean {
  return lookupWords(query.words).length === query.words.length && found <= PHRASE_SEARCH_MOST;
}

function ids(results: PagefindResult[]): string[] {
  return results.map((result) => result.id);
}
