import { describe, expect, it } from 'vitest';
import { councilScope, showsChoices, withoutCouncil } from './council-scope.ts';
import { emptyFilters, searchString, type SearchState } from './url-state.ts';

function state(q: string, filters: Partial<SearchState['filters']> = {}, sort: SearchState['sort'] = 'relevance'): SearchState {
  return { q, filters: { ...emptyFilters(), ...filters }, sort };
}

const THURROCK = { council: ['Thurrock Council'] };

describe('councilScope', () => {
  it('is the council when a search has words and chooses that council alone', () => {
    expect(councilScope(state('children', THURROCK))).toBe('Thurrock Council');
    expect(councilScope(state('"signs of safety" -ofsted', THURROCK, 'newest'))).toBe('Thurrock Council');
    // Stop words alone are still looked up.
    expect(councilScope(state('the', THURROCK))).toBe('Thurrock Council');
  });

  it('is the council whatever other filters are chosen: the tables filter its index', () => {
    for (const other of [{ type: ['Meeting'] }, { committee: ['PAF (Essex)'] }, { year: ['2017', '2018'] }, { status: ['Open'] }]) {
      expect(councilScope(state('children', { ...THURROCK, ...other }))).toBe('Thurrock Council');
    }
  });

  it('is none without words to look up: no words, punctuation, or exclusions alone', () => {
    for (const q of ['', '  ', '-', '&', '-ofsted', '-"signs of safety"']) expect(councilScope(state(q, THURROCK))).toBeNull();
  });

  it('is none unless exactly one council is chosen', () => {
    expect(councilScope(state('children'))).toBeNull();
    expect(councilScope(state('children', { type: ['Meeting'] }))).toBeNull();
    expect(councilScope(state('children', { council: ['Thurrock Council', 'Essex County Council'] }))).toBeNull();
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
  it('shows an address’s chosen filters, unless the only one is the council a search is within', () => {
    expect(showsChoices(state('children', THURROCK))).toBe(false);
    expect(showsChoices(state('children'))).toBe(false);
    expect(showsChoices(state('', THURROCK))).toBe(true);
    expect(showsChoices(state('children', { committee: ['PAF (Essex)'] }))).toBe(true);
    expect(showsChoices(state('children', { ...THURROCK, type: ['Meeting'] }))).toBe(true);
    expect(showsChoices(state('children', { council: ['Thurrock Council', 'Essex County Council'] }))).toBe(true);
  });
});
