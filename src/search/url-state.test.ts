import { describe, expect, it } from 'vitest';
import { activeFilterCount, paramsFromState, searchString, stateFromParams } from './url-state.ts';

describe('url state', () => {
  it('reads query, repeated filters and sort from the address', () => {
    const state = stateFromParams(new URLSearchParams('q=signs+of+safety&council=Thurrock+Council&type=Meeting&type=Report&sort=newest'));
    expect(state.q).toBe('signs of safety');
    expect(state.filters.council).toEqual(['Thurrock Council']);
    expect(state.filters.type).toEqual(['Meeting', 'Report']);
    expect(state.sort).toBe('newest');
    expect(activeFilterCount(state)).toBe(3);
  });

  it('falls back to relevance and no filters for anything unknown', () => {
    const state = stateFromParams(new URLSearchParams('sort=sideways&colour=red&year='));
    expect(state).toEqual({
      q: '',
      filters: { type: [], council: [], committee: [], year: [], status: [], response: [], implementation: [] },
      sort: 'relevance',
    });
  });

  it('round-trips, commas and quotes included', () => {
    const address = searchString(
      stateFromParams(new URLSearchParams('sort=oldest&committee=Children%2C+Families+(Essex)&q=%22Signs+of+Safety%22')),
    );
    expect(address).toBe('?q=%22Signs+of+Safety%22&committee=Children%2C+Families+%28Essex%29&sort=oldest');
    expect(paramsFromState(stateFromParams(new URLSearchParams(address.slice(1)))).toString()).toBe(address.slice(1));
  });

  it('gives the bare page no query string', () => {
    expect(searchString(stateFromParams(new URLSearchParams('q=++')))).toBe('');
  });
});
