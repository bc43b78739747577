/**
 * Runs a search state against Pagefind: the results in order, and for each filter the
 * counts a reader sees beside its values. A filter's counts ignore that filter's own
 * choices (but apply the others), so ticking a value shows exactly the count beside it.
 */
import { FACET_KEYS, type FacetKey } from './facets.ts';
import type { FilterCounts, Pagefind, PagefindFilters, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { isEmptyQuery, isSingleSearch, parseQuery, requiredTerms, type ParsedQuery } from './query-syntax.ts';
import { combineIds, countByValue, preferPhrase } from './result-set.ts';
import type { SearchState } from './url-state.ts';

export interface SearchOutcome {
  results: PagefindResult[];
  counts: Record<FacetKey, Record<string, number>>;
}

interface Found {
  results: PagefindResult[];
  /** Pagefind's own counts; null when the results were combined from several searches. */
  counts: FilterCounts | null;
}

export function pagefindFilters(state: SearchState, except?: FacetKey): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const key of FACET_KEYS) {
    const values = state.filters[key];
    if (key !== except && values.length > 0) filters[key] = { any: values };
  }
  return filters;
}

export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> {
  if (state.sort === 'newest') return { newest: 'desc' };
  if (state.sort === 'oldest') return { oldest: 'asc' };
  return {};
}

export class SearchEngine {
  readonly pagefind: Pagefind;
  /** Every filter value in the index with its record count, for the page before any search. */
  readonly allCounts: FilterCounts;
  // Which records carry each filter value, fetched once when a combined query needs counts.
  private members = new Map<FacetKey, Map<string, Set<string>>>();

  constructor(pagefind: Pagefind, allCounts: FilterCounts) {
    this.pagefind = pagefind;
    this.allCounts = allCounts;
  }

  /** Nothing to show: no words and no filters. */
  isIdle(state: SearchState): boolean {
    return isEmptyQuery(parseQuery(state.q)) && Object.keys(pagefindFilters(state)).length === 0;
  }

  async run(state: SearchState): Promise<SearchOutcome> {
    const query = parseQuery(state.q);
    const main = await this.find(query, { filters: pagefindFilters(state), sort: pagefindSort(state) });
    const counts = {} as Record<FacetKey, Record<string, number>>;
    for (const key of FACET_KEYS) {
      const found = state.filters[key].length === 0 ? main : await this.find(query, { filters: pagefindFilters(state, key) }, false);
      counts[key] = found.counts?.[key] ?? (await this.countSets(key, found.results));
    }
    return { results: main.results, counts };
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
      const phrase = await this.search(`"${query.words.join(' ')}"`, options);
      leading = preferPhrase(leading, phrase, Object.keys(options.sort ?? {}).length === 0);
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
      for (const value of Object.keys(this.allCounts[key] ?? {})) {
        members.set(value, new Set(ids(await this.search(null, { filters: { [key]: { any: [value] } } }))));
      }
      this.members.set(key, members);
    }
    return countByValue(ids(results), members);
  }
}

function ids(results: PagefindResult[]): string[] {
  return results.map((result) => result.id);
}
