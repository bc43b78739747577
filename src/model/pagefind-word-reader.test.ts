import { Encoder } from 'cbor-x';
import { describe, expect, it } from 'vitest';
import { FormatError, type PackedWord } from './pagefind-format.ts';
import { Places } from './pagefind-word-places.ts';
import { WordReader } from './pagefind-word-reader.ts';

// As pagefind-format.ts encodes, and Pagefind writes its chunks.
const encoder = new Encoder({ useRecords: false, variableMapSize: true });
const cbor = (value: unknown): Buffer => Buffer.from(encoder.encode(value));

/** A chunk of `words` as Pagefind and cbor-x write it: [words]. */
const chunkOf = (words: PackedWord[]): Buffer => cbor([words]);

/** Every page of a part of `pages` pages keeps its number. */
const same = (pages: number): Int32Array => Int32Array.from({ length: pages }, (_, page) => page);

describe('a word chunk read in place', () => {
  const words: PackedWord[] = [
    [
      'a',
      [
        [0, [1, 300], []],
        [3, [70_000], [-1, 4]],
      ],
      [],
    ],
    ['bé', [[1, [], [-2]]], []],
    ['日本', [[5, [2], []]], []],
  ];
  const chunk = chunkOf(words);

  it('walks its words in order, each word its UTF-8 bytes in the chunk', () => {
    const reader = new WordReader(chunk, 'chunk');
    const read: string[] = [];
    // Without collecting: the pages are skipped on the way to the next word.
    while (reader.next()) {
      read.push(reader.word);
      expect(reader.bytes.subarray(reader.wordStart, reader.wordEnd).toString()).toBe(reader.word);
    }
    expect(read).toEqual(['a', 'bé', '日本']);
    expect(reader.next()).toBe(false);
  });

  it('gathers the pages of a word into Places: their numbers, their lists where they are, and their entries', () => {
    const reader = new WordReader(chunk, 'chunk');
    const places = new Places(20);
    expect(reader.next()).toBe(true);
    const numberOf = same(20).reverse();
    reader.collect(places, 2, 10, numberOf, null);
    expect(places.count).toBe(2);
    // The part's pages 0 and 3 are the index's 10 and 13, renumbered.
    expect([...places.page.subarray(0, 2)]).toEqual([numberOf[10], numberOf[13]]);
    expect([...places.source.subarray(0, 2)]).toEqual([2, 2]);
    const lists = (at: number): [Buffer, Buffer] => [
      chunk.subarray(places.start[at], places.meta[at]),
      chunk.subarray(places.meta[at], places.end[at]),
    ];
    expect(lists(0)).toEqual([cbor([1, 300]), cbor([])]);
    expect(lists(1)).toEqual([cbor([70_000]), cbor([-1, 4])]);
    expect(reader.metaLocations(places.meta[1] as number)).toEqual([-1, 4]);
    expect([...places.size.subarray(0, 2)]).toEqual([3, 4]);
    expect(places.entries).toBe(7);
    expect(reader.next()).toBe(true);
    expect(reader.word).toBe('bé');
  });

  it('marks the meta locations of a field the merged list numbers otherwise', () => {
    const metaOf = (fields: number[] | null): number => {
      const reader = new WordReader(chunk, 'chunk');
      const places = new Places(20);
      reader.next();
      reader.next();
      reader.collect(places, 0, 0, same(20), fields);
      return places.meta[0] as number;
    };
    const meta = metaOf(null);
    expect(meta).toBeGreaterThan(0);
    // Field 1 (-2) keeps its number.
    expect(metaOf([0, 1, 2])).toBe(meta);
    expect(metaOf([1, 0])).toBe(-1 - meta);
  });

  it('refuses a page the part does not have', () => {
    const reader = new WordReader(chunk, 'chunk');
    reader.next();
    expect(() => reader.collect(new Places(2), 0, 0, same(2), null)).toThrow(/page 3 is not in the part/);
  });
});

describe('a word chunk the byte reader does not know', () => {
  const read = (bytes: Buffer): void => {
    const reader = new WordReader(bytes, 'chunk');
    const places = new Places(10);
    while (reader.next())
      reader.collect(
        places,
        0,
        0,
        Int32Array.from({ length: 10 }, (_, page) => page),
        null,
      );
  };
  const word = (pages: Buffer): Buffer => Buffer.concat([Buffer.from([0x81, 0x81, 0x83, 0x61, 0x61]), pages, Buffer.from([0x80])]);

  it('is refused with FormatError, never merged otherwise than cbor-x would write it', () => {
    expect(() => read(word(Buffer.from([0x81, 0x83, 0x00, 0x81, 0x05, 0x80])))).not.toThrow();
    // A number written longer than it needs: copied as read, it would not be what cbor-x writes.
    expect(() => read(word(Buffer.from([0x81, 0x83, 0x00, 0x81, 0x18, 0x05, 0x80])))).toThrow(FormatError);
    expect(() => read(word(Buffer.from([0x81, 0x83, 0x00, 0x81, 0x19, 0x00, 0x30, 0x80])))).toThrow(FormatError);
    // A float among the locations.
    expect(() => read(word(Buffer.from([0x81, 0x83, 0x00, 0x81, 0xf9, 0x3c, 0x00, 0x80])))).toThrow(FormatError);
    // A negative number beyond 32 bits, which cbor-x writes as a float.
    expect(() => read(word(Buffer.from([0x81, 0x83, 0x00, 0x81, 0x3a, 0x80, 0x00, 0x00, 0x00, 0x80])))).toThrow(FormatError);
    // Cut short.
    expect(() => read(word(Buffer.from([0x81, 0x83, 0x00, 0x82, 0x05])).subarray(0, -1))).toThrow(FormatError);
    expect(() => read(Buffer.from([0xa0]))).toThrow(FormatError);
  });

  it('is refused when a word has data besides its pages', () => {
    expect(() => read(chunkOf([['a', [[0, [1], []]], [1]]]))).toThrow(/has data this merge does not know/);
  });

  it('is refused when a word is not UTF-8', () => {
    expect(() => read(Buffer.from([0x81, 0x81, 0x83, 0x61, 0xff, 0x80, 0x80]))).toThrow(FormatError);
  });
});
