import { describe, expect, it } from 'vitest';
import { councilScope, showsChoices, withoutCouncil } from './council-scope.ts';
import { emptyFilters, searchString, type SearchState } from './url-state.ts';

function state(q: string, filters: Partial<SearchState['filters']> = {}, sort: SearchState['sort'] = 'relevance'): SearchState {
  return { q, filters: { ...emptyFilters(), ...filters }, sort };
}

const THURROCK = { council: ['Thurrock Council'] };

describe('councilScope', () => {
  it('is the council when a search has words, that council alone chosen and the filters closed', () => {
    expect(councilScope(state('children', THURROCK), false)).toBe('Thurrock Council');
    expect(councilScope(state('"signs of safety" -ofsted', THURROCK, 'newest'), false)).toBe('Thurrock Council');
    // Stop words alone are still looked up.
    expect(councilScope(state('the', THURROCK), false)).toBe('Thurrock Council');
  });

  it('is none while "Filter results" is open: counting needs the whole index', () => {
    expect(councilScope(state('children', THURROCK), true)).toBeNull();
  });

  it('is none without words to look up: no words, punctuation, or exclusions alone', () => {
    for (const q of ['', '  ', '-', '&', '-ofsted', '-"signs of safety"']) expect(councilScope(state(q, THURROCK), false)).toBeNull();
  });

  it('is none unless exactly one council and no other filter is chosen', () => {
    expect(councilScope(state('children'), false)).toBeNull();
    expect(councilScope(state('children', { council: ['Thurrock Council', 'Essex County Council'] }), false)).toBeNull();
    for (const other of [{ type: ['Meeting'] }, { committee: ['PAF (Essex)'] }, { year: ['2017'] }, { status: ['Open'] }]) {
      expect(councilScope(state('children', { ...THURROCK, ...other }), false)).toBeNull();
    }
  });
});

describe('withoutCouncil', () => {
  it('leaves out the council and keeps the words, the other filters and the sort', () => {
    const within = state('children', { ...THURROCK, year: ['2017'] }, 'newest');
    expect(withoutCouncil(within)).toEqual(state('children', { year: ['2017'] }, 'newest'));
    expect(within.filters.council).toEqual(['Thurrock Council']);
    // "Search all councils" links to the same address without the council.
    expect(searchString(withoutCouncil(state('children', THURROCK, 'oldest')))).toBe('?q=children&sort=oldest');
  });
});

describe('showsChoices', () => {
  it('shows an address’s chosen filters, unless it is a search within a council', () => {
    expect(showsChoices(state('children', THURROCK))).toBe(false);
    expect(showsChoices(state('children'))).toBe(false);
    expect(showsChoices(state('', THURROCK))).toBe(true);
    expect(showsChoices(state('children', { committee: ['PAF (Essex)'] }))).toBe(true);
    expect(showsChoices(state('children', { ...THURROCK, type: ['Meeting'] }))).toBe(true);
  });
});
