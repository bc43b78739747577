/**
 * The search page's state lives in its address (?q=…&council=…&sort=newest), so a search
 * can be bookmarked, shared, reloaded and walked back through with the back button.
 */
import { FACET_KEYS, type FacetKey } from './facets.ts';

export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface SearchState {
  q: string;
  /** Chosen values per filter; a record matches any chosen value of a filter, and every filter. */
  filters: Record<FacetKey, string[]>;
  sort: SortOrder;
}

export function emptyFilters(): Record<FacetKey, string[]> {
  return { type: [], council: [], committee: [], year: [], status: [], response: [], implementation: [] };
}

function isSortOrder(value: string | null): value is SortOrder {
  return (SORT_ORDERS as readonly (string | null)[]).includes(value);
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FACET_KEYS) filters[key] = [...new Set(params.getAll(key).filter((value) => value !== ''))];
  const sort = params.get('sort');
  return { q: params.get('q') ?? '', filters, sort: isSortOrder(sort) ? sort : 'relevance' };
}

/** Always the same order of parameters, so equal states give equal addresses. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of FACET_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** `?q=…` or '' (for the bare page). */
export function searchString(state: SearchState): string {
  const query = paramsFromState(state).toString();
  return query === '' ? '' : `?${query}`;
}

export function activeFilterCount(state: SearchState): number {
  return FACET_KEYS.reduce((sum, key) => sum + state.filters[key].length, 0);
}
