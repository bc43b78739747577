import { describe, expect, it } from 'vitest';
import { matchRanges, termPattern, termsFromSearch, withHighlight } from './highlight-terms.ts';

describe('termsFromSearch', () => {
  it('reads, trims and de-duplicates the terms', () => {
    expect(
      termsFromSearch('?pagefind-highlight=Signs+of++Safety&pagefind-highlight=ofsted&pagefind-highlight=ofsted&pagefind-highlight=%20'),
    ).toEqual(['Signs of Safety', 'ofsted']);
  });

  it('ignores pages opened without terms', () => {
    expect(termsFromSearch('')).toEqual([]);
  });
});

describe('termPattern', () => {
  it('marks whole phrases, across line breaks, whatever the case', () => {
    const pattern = termPattern(['signs of safety']);
    expect(pattern).not.toBeNull();
    const text = 'The Signs of\nSafety model';
    expect(matchRanges(text, pattern!)).toEqual([[4, 19]]);
  });

  it('matches at the start of words only and treats terms as text, not patterns', () => {
    const pattern = termPattern(['meet', 'a.b'])!;
    expect(matchRanges('meeting, unmeet, axb, a.b', pattern)).toEqual([
      [0, 4],
      [22, 25],
    ]);
  });

  it('has nothing to match without terms', () => {
    expect(termPattern([])).toBeNull();
  });
});

describe('withHighlight', () => {
  it('puts the terms before the fragment', () => {
    expect(withHighlight('/scrutiny/meetings/a/#item-49', ['Signs of Safety', 'x'])).toBe(
      '/scrutiny/meetings/a/?pagefind-highlight=Signs+of+Safety&pagefind-highlight=x#item-49',
    );
    expect(withHighlight('/a/?b=1', ['y'])).toBe('/a/?b=1&pagefind-highlight=y');
    expect(withHighlight('/a/', [])).toBe('/a/');
  });
});
