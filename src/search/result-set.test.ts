import { describe, expect, it } from 'vitest';
import { combineIds, countByValue, phraseAt, preferPhrase } from './result-set.ts';

describe('combineIds', () => {
  it('keeps ids every required search found, in the first search order', () => {
    expect(
      combineIds(
        [
          ['c', 'a', 'b'],
          ['a', 'c'],
        ],
        [],
      ),
    ).toEqual(['c', 'a']);
  });

  it('drops ids any excluded search found', () => {
    expect(combineIds([['a', 'b', 'c', 'd']], [['b'], ['d', 'x']])).toEqual(['a', 'c']);
  });

  it('finds nothing without a required search', () => {
    expect(combineIds([], [['a']])).toEqual([]);
  });
});

describe('countByValue', () => {
  it('counts the ids carrying each value', () => {
    const members = new Map([
      ['Thurrock Council', new Set(['a', 'b'])],
      ['Essex County Council', new Set(['c'])],
      ['Worcestershire County Council', new Set<string>()],
    ]);
    expect(countByValue(['a', 'c', 'd'], members)).toEqual({
      'Thurrock Council': 1,
      'Essex County Council': 1,
      'Worcestershire County Council': 0,
    });
  });
});

describe('preferPhrase', () => {
  const words = [
    { id: 'a', from: 'words' },
    { id: 'b', from: 'words' },
    { id: 'c', from: 'words' },
  ];
  const phrase = [
    { id: 'c', from: 'phrase' },
    { id: 'x', from: 'phrase' },
  ];

  it('puts phrase matches first when sorting by relevance, using their phrase results', () => {
    expect(preferPhrase(words, phrase, true)).toEqual([
      { id: 'c', from: 'phrase' },
      { id: 'a', from: 'words' },
      { id: 'b', from: 'words' },
    ]);
  });

  it('ranks phrase matches as the words search ranked them (Pagefind does not rank a phrase search)', () => {
    const unranked = [
      { id: 'c', from: 'phrase' },
      { id: 'b', from: 'phrase' },
    ];
    expect(preferPhrase(words, unranked, true).map((r) => `${r.id}:${r.from}`)).toEqual(['b:phrase', 'c:phrase', 'a:words']);
  });

  it('keeps the order (e.g. by date) otherwise, still swapping in phrase results', () => {
    expect(preferPhrase(words, phrase, false).map((r) => `${r.id}:${r.from}`)).toEqual(['a:words', 'b:words', 'c:phrase']);
  });
});

describe('phraseAt', () => {
  const result = (id: string, words: number[]) => ({ id, words });

  it('keeps the results with a word at each offset from one place', () => {
    // "signs of safety": the looked-up words at 0 and 2.
    const found = phraseAt(
      [0, 2],
      [result('apart', [3, 9]), result('phrase', [1, 7, 9]), result('after', [12, 14]), result('near', [4, 5])],
    );
    expect(found.map((r) => r.id)).toEqual(['phrase', 'after']);
  });

  it('needs every offset, from the same place', () => {
    // "people and families scrutiny committee": 0, 2, 3, 4.
    const offsets = [0, 2, 3, 4];
    expect(phraseAt(offsets, [result('whole', [10, 12, 13, 14])])).toHaveLength(1);
    expect(phraseAt(offsets, [result('gap', [10, 12, 14, 20, 23])])).toHaveLength(0);
  });

  it('does not check which word stands where', () => {
    // Pagefind's places do not say which word is which: "families and children" counts for "children and families".
    expect(phraseAt([0, 2], [result('turned', [5, 7])])).toHaveLength(1);
  });

  it('finds no phrase in fewer than two looked-up words', () => {
    expect(phraseAt([1], [result('a', [1, 2])])).toEqual([]);
    expect(phraseAt([], [result('a', [1, 2])])).toEqual([]);
  });
});
