import { describe, expect, it } from 'vitest';
import { statusText } from './status-text.ts';

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
