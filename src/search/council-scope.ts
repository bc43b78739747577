/**
 * When a search can run on a council's own index (src/model/search-scopes.ts) instead of the
 * whole archive's. A council's index holds its pages alone, with no filters of its own: its
 * page table and word chunks are a small part of the archive's, so a search within a council
 * ("Search this council’s records") costs as much in a large archive as in a small one. Its
 * page names carry the whole index's page numbers, so the whole index's filter tables filter
 * and count its results (engine.ts); an index without tables (left in parts) cannot, and
 * answers only a search that neither chooses nor counts another filter (search-indexes.ts).
 */
import { SCOPE_FILTER } from '../model/search-scopes.ts';
import { parseQuery, requiredTerms } from './query-syntax.ts';
import { activeFilterCount, type SearchState } from './url-state.ts';

/**
 * The council a search is within, or null: it has words to look up and chooses exactly one
 * council (other filters may be chosen too). A query of exclusions alone (`-ofsted`) browses
 * the council's records by its filter, so it is not.
 */
export function councilScope(state: SearchState): string | null {
  if (requiredTerms(parseQuery(state.q)).length === 0) return null;
  const [council, ...more] = state.filters[SCOPE_FILTER];
  return council !== undefined && more.length === 0 ? council : null;
}

/** The state without its council: what a council's index is searched with (it holds that council alone), and the search across all councils. */
export function withoutCouncil(state: SearchState): SearchState {
  return { ...state, filters: { ...state.filters, [SCOPE_FILTER]: [] } };
}

/**
 * Whether an address's chosen filters start shown ("Filter results" open, counting them), so
 * the reader sees what is applied and can untick it: yes, unless the only one is the council a
 * search is within, whose scope the status and "Search all councils" show without a filter.
 */
export function showsChoices(state: SearchState): boolean {
  return activeFilterCount(state) > (councilScope(state) === null ? 0 : 1);
}
