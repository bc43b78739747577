/**
 * When a search runs on a council's own index (src/model/search-scopes.ts) instead of the whole
 * archive's. A council's index holds its pages alone, with no filters: its page table and word
 * chunks are a small part of the archive's, and a search of it downloads no filter index, so the
 * first search from a council's page ("Search this council’s records") costs as much in a large
 * archive as in a small one. It answers only a search limited to that council and nothing else;
 * any other search, and any search whose filters are counted, needs the whole index.
 */
import { SCOPE_FILTER } from '../model/search-scopes.ts';
import { FACET_KEYS } from './facets.ts';
import { parseQuery, requiredTerms } from './query-syntax.ts';
import { activeFilterCount, type SearchState } from './url-state.ts';

/**
 * The council a search is within, or null. It is when the search has words to look up, chooses
 * exactly one council and no other filter, and "Filter results" is closed (`filtersOpen`
 * false): open, it counts every filter's values, which only the whole index holds. A query of
 * exclusions alone (`-ofsted`) browses the council's records by its filter, so it is not.
 */
export function councilScope(state: SearchState, filtersOpen: boolean): string | null {
  if (filtersOpen || requiredTerms(parseQuery(state.q)).length === 0) return null;
  const [council, ...more] = state.filters[SCOPE_FILTER];
  const others = FACET_KEYS.some((key) => key !== SCOPE_FILTER && state.filters[key].length > 0);
  return council !== undefined && more.length === 0 && !others ? council : null;
}

/** The state without its council: what a council's index is searched with (it has no filters), and the search across all councils. */
export function withoutCouncil(state: SearchState): SearchState {
  return { ...state, filters: { ...state.filters, [SCOPE_FILTER]: [] } };
}

/**
 * Whether an address's chosen filters start shown ("Filter results" open, counting them), so
 * the reader sees what is applied and can untick it: yes, unless the search is within a
 * council, whose scope the status and "Search all councils" show without loading a filter.
 */
export function showsChoices(state: SearchState): boolean {
  return activeFilterCount(state) > 0 && councilScope(state, false) === null;
}
