import { describe, expect, it } from 'vitest';
import { chunkCut, chunkEntriesFor, CHUNK_ENTRIES, WordChunker } from './pagefind-chunks.ts';

describe('chunkEntriesFor', () => {
  it('grows as the square root of the index up to 20,000 pages: the chunk list and one chunk cost least together', () => {
    expect(chunkEntriesFor(2_000)).toBe(6_325);
    expect(chunkEntriesFor(20_000)).toBe(CHUNK_ENTRIES);
    expect(chunkEntriesFor(200_000)).toBe(CHUNK_ENTRIES);
    expect(chunkEntriesFor(3)).toBe(1_000);
  });
});

describe('chunkCut', () => {
  const words = ['accept', 'access', 'account', 'action', 'activ'];
  const sizes = [10, 10, 10, 10, 10];

  it('cuts where the words share the shortest start, the chunk at least half full', () => {
    // accept|access share 4 letters, access|account 3, account|action 2, action|activ 3: cut before "action".
    expect(chunkCut(words, sizes, 45)).toBe(3);
    // Half of 70 is 35: only the cut before "activ" leaves the chunk half full.
    expect(chunkCut(words, sizes, 70)).toBe(4);
  });

  it('takes the later of equal cuts, so chunks are as full as they can be', () => {
    expect(chunkCut(['ba', 'bb', 'bc', 'bd'], [10, 10, 10, 10], 30)).toBe(3);
  });

  it('starts the next chunk with the word that filled this one when no cut leaves it half full', () => {
    expect(chunkCut(['alpha', 'beta'], [5, 60], 40)).toBe(1);
    expect(chunkCut(['alpha'], [60], 40)).toBe(1);
  });
});

/** The chunks the chunker makes of `words` ([word, entries] in index order), as lists of words. */
function chunked(words: [string, number][], limit: number): string[][] {
  const chunker = new WordChunker(limit);
  const chunks: string[][] = [];
  let pending: string[] = [];
  const close = (counts: number[]) => {
    for (const count of counts) {
      chunks.push(pending.slice(0, count));
      pending = pending.slice(count);
    }
  };
  for (const [word, size] of words) {
    pending.push(word);
    close(chunker.add(word, size));
  }
  close(chunker.finish());
  return chunks;
}

describe('WordChunker', () => {
  it('keeps every chunk of small words below the limit, cut where the words share least', () => {
    const words: [string, number][] = [
      ['accept', 10],
      ['access', 10],
      ['account', 10],
      ['action', 10],
      ['activ', 10],
      ['adapt', 10],
    ];
    expect(chunked(words, 45)).toEqual([
      ['accept', 'access', 'account'],
      ['action', 'activ', 'adapt'],
    ]);
  });

  it('gives a word larger than a chunk its own, with the smaller words that start with it', () => {
    const words: [string, number][] = [
      ['adapt', 10],
      ['after', 60],
      ['aftercare', 5],
      ['afternoon', 8],
      ['again', 10],
      ['age', 10],
    ];
    expect(chunked(words, 40)).toEqual([['adapt'], ['after', 'aftercare', 'afternoon'], ['again', 'age']]);
  });

  it('leaves a word of many chunks alone, so the words that start like it stay cheap', () => {
    const words: [string, number][] = [
      ['the', 500],
      ['theatre', 5],
      ['theft', 5],
      ['their', 300],
      ['them', 10],
    ];
    expect(chunked(words, 40)).toEqual([['the'], ['theatre', 'theft'], ['their'], ['them']]);
  });
});
