import { describe, expect, it } from 'vitest';
import { searchingText, statusText } from './status-text.ts';

describe('statusText', () => {
  it('says how many results a query found and how many show', () => {
    expect(statusText({ query: ' signs of safety ', total: 34, shown: 10, filters: 0 })).toBe(
      '34 results for “signs of safety”. Showing 10.',
    );
    expect(statusText({ query: 'ofsted', total: 1, shown: 1, filters: 1 })).toBe('1 result for “ofsted”, 1 filter applied.');
  });

  it('helps when nothing is found', () => {
    expect(statusText({ query: 'zzz', total: 0, shown: 0, filters: 2 })).toBe(
      'No results for “zzz”, 2 filters applied. Try fewer or different words, or remove a filter.',
    );
  });

  it('describes a search by filters alone', () => {
    expect(statusText({ query: '', total: 3, shown: 3, filters: 1 })).toBe('3 results, 1 filter applied.');
  });
});

describe('statusText within a council', () => {
  it('names the council instead of counting its filter', () => {
    expect(statusText({ query: 'children', total: 12, shown: 10, filters: 1, council: 'Thurrock Council' })).toBe(
      '12 results for “children” in Thurrock Council. Showing 10.',
    );
    expect(statusText({ query: 'ofsted', total: 1, shown: 1, filters: 1, council: 'Thurrock Council' })).toBe(
      '1 result for “ofsted” in Thurrock Council.',
    );
  });

  it('helps widen the search when nothing is found', () => {
    expect(statusText({ query: 'zzz', total: 0, shown: 0, filters: 1, council: 'Thurrock Council' })).toBe(
      'No results for “zzz” in Thurrock Council. Try fewer or different words, or search all councils.',
    );
  });

  it('counts the filters chosen besides the council, and helps remove them too', () => {
    expect(statusText({ query: 'children', total: 4, shown: 4, filters: 2, council: 'Thurrock Council' })).toBe(
      '4 results for “children” in Thurrock Council, 1 filter applied.',
    );
    expect(statusText({ query: 'zzz', total: 0, shown: 0, filters: 3, council: 'Thurrock Council' })).toBe(
      'No results for “zzz” in Thurrock Council, 2 filters applied. Try fewer or different words, or remove a filter or search all councils.',
    );
  });

  it('counts the filters as before for a search of the whole index', () => {
    expect(statusText({ query: 'ofsted', total: 1, shown: 1, filters: 1, council: null })).toBe('1 result for “ofsted”, 1 filter applied.');
  });
});

describe('searchingText', () => {
  it('says what is being searched for', () => {
    expect(searchingText(' ofsted inspection ')).toBe('Searching for “ofsted inspection”…');
    expect(searchingText('')).toBe('Searching…');
  });
});
