import { Encoder } from 'cbor-x';
import { describe, expect, it } from 'vitest';
import { CborWriter } from './cbor-writer.ts';
import type { PackedPage, PackedWord } from './pagefind-format.ts';
import { Places } from './pagefind-word-places.ts';
import { WordReader } from './pagefind-word-reader.ts';
import { writeWord } from './pagefind-words.ts';

// As pagefind-format.ts encodes: the bytes the merge wrote before it read and wrote chunks as bytes.
const encoder = new Encoder({ useRecords: false, variableMapSize: true });
const cbor = (value: unknown): Buffer => Buffer.from(encoder.encode(value));

/** A chunk of `words` as Pagefind and cbor-x write it: [words]. */
const chunkOf = (words: PackedWord[]): Buffer => cbor([words]);

/** A small deterministic generator, so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Numbers at each of CBOR's head lengths and either side of them, as the lists may hold. */
const EDGES = [0, 1, 23, 24, 255, 256, 65_535, 65_536, 2 ** 32 - 1, -1, -24, -25, -256, -257, -65_536, -65_537, -(2 ** 31)];

/** Parts of words in order; each part's pages numbered from 0 in its own `pages` pages. */
function partsOf(seed: number, partPages: number[], fields: number): PackedWord[][] {
  const next = random(seed);
  const vocabulary = ['a', 'after', 'aftercare', 'b', 'ba', 'z', 'zz', 'é', 'ǆ', '日本', '\u{1F600}', 'x'.repeat(30), 'y'.repeat(300)];
  vocabulary.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return partPages.map((pages) =>
    vocabulary.flatMap((word): PackedWord[] => {
      if (next() < 0.3) return [];
      const packed: PackedPage[] = [];
      let last = 0;
      for (let page = 0; page < pages; page += 1) {
        if (next() < 0.5) continue;
        const locations = Array.from({ length: Math.floor(next() * 4) }, () =>
          next() < 0.2 ? (EDGES[Math.floor(next() * EDGES.length)] as number) : Math.floor(next() * 3000),
        );
        const meta = Array.from({ length: Math.floor(next() * 3) }, () =>
          next() < 0.5 ? -1 - Math.floor(next() * fields) : Math.floor(next() * 40),
        );
        packed.push([page - last, locations, meta]);
        last = page;
      }
      return packed.length === 0 ? [] : [[word, packed, []]];
    }),
  );
}

/** The merge as it was, on decoded words: each word's pages from every part, renumbered and in page order. */
function mergedAsBefore(parts: PackedWord[][], offsets: number[], numberOf: Int32Array, fields: number[][]): PackedWord[] {
  const words = [...new Set(parts.flatMap((part) => part.map(([word]) => word)))];
  words.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return words.map((word) => {
    const places: [number, number[], number[]][] = [];
    for (const [index, part] of parts.entries()) {
      const found = part.find(([candidate]) => candidate === word);
      let page = offsets[index] as number;
      for (const [delta, locations, meta] of found?.[1] ?? []) {
        page += delta;
        const renumbered = meta.map((value) => (value < 0 ? -(((fields[index] as number[])[-value - 1] ?? -value - 1) + 1) : value));
        places.push([numberOf[page] as number, locations, renumbered]);
      }
    }
    places.sort((a, b) => a[0] - b[0]);
    let last = 0;
    const pages = places.map(([page, locations, meta]): PackedPage => {
      const packed: PackedPage = [page - last, locations, meta];
      last = page;
      return packed;
    });
    return [word, pages, []];
  });
}

/** The merge as pagefind-merge-words.ts does it now, on the parts' chunks as bytes. */
function mergedAsBytes(parts: PackedWord[][], offsets: number[], numberOf: Int32Array, fields: number[][]): Buffer {
  const readers = parts.map((part, index) => new WordReader(chunkOf(part), `part ${index}`));
  const live = readers.map((reader) => reader.next());
  const renumbering = fields.map((list) => (list.every((field, at) => field === at) ? null : list));
  const places = new Places(numberOf.length);
  const out = new CborWriter();
  let count = 0;
  for (;;) {
    const heads = readers.filter((_, index) => live[index]);
    if (heads.length === 0) break;
    const first = heads.reduce((best, reader) => (Buffer.compare(Buffer.from(reader.word), Buffer.from(best.word)) < 0 ? reader : best));
    places.clear();
    const matching = readers.flatMap((reader, index) => (live[index] && reader.word === first.word ? [index] : []));
    for (const index of matching)
      (readers[index] as WordReader).collect(places, index, offsets[index] as number, numberOf, renumbering[index] ?? null);
    writeWord(out, { bytes: first.bytes, start: first.wordStart, end: first.wordEnd }, places, readers, fields);
    count += 1;
    for (const index of matching) live[index] = (readers[index] as WordReader).next();
  }
  const head = new CborWriter();
  head.head(4, 1);
  head.head(4, count);
  return Buffer.concat([head.bytes.subarray(0, head.length), out.bytes.subarray(0, out.length)]);
}

/** Page numbers in a shuffled order, as dates would put the parts' pages. */
function shuffledNumbers(total: number, seed: number): Int32Array {
  const next = random(seed);
  const numbers = Int32Array.from({ length: total }, (_, page) => page);
  for (let at = total - 1; at > 0; at -= 1) {
    const other = Math.floor(next() * (at + 1));
    [numbers[at], numbers[other]] = [numbers[other] as number, numbers[at] as number];
  }
  return numbers;
}

describe('words merged as bytes', () => {
  it('are the bytes cbor-x writes for the merged words, numbers of every head length included', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const partPages = [7, 40, 1, 25];
      const parts = partsOf(seed, partPages, 3);
      const offsets = partPages.map((_, index) => partPages.slice(0, index).reduce((sum, pages) => sum + pages, 0));
      const numberOf = shuffledNumbers(
        partPages.reduce((sum, pages) => sum + pages, 0),
        seed,
      );
      const fields = partPages.map(() => [0, 1, 2]);
      expect(mergedAsBytes(parts, offsets, numberOf, fields).equals(chunkOf(mergedAsBefore(parts, offsets, numberOf, fields)))).toBe(true);
    }
  });

  it('renumber the meta fields of a part whose fields the merged list numbers otherwise', () => {
    const partPages = [30, 30];
    const parts = partsOf(9, partPages, 3);
    const numberOf = shuffledNumbers(60, 9);
    const fields = [
      [0, 1, 2],
      [2, 0, 1],
    ];
    const merged = mergedAsBytes(parts, [0, 30], numberOf, fields);
    expect(merged.equals(chunkOf(mergedAsBefore(parts, [0, 30], numberOf, fields)))).toBe(true);
    expect(merged.equals(chunkOf(mergedAsBefore(parts, [0, 30], numberOf, [fields[0] as number[], fields[0] as number[]])))).toBe(false);
  });

  it('sort the pages of a word on many pages, and of one on few, the same way', () => {
    // A word on most of the index's pages is put in order by reading every page's slot.
    const parts: PackedWord[][] = [
      [['many', Array.from({ length: 50 }, (_, page): PackedPage => [page === 0 ? 0 : 1, [page], []]), []]],
      [
        ['few', [[3, [1], []]], []],
        [
          'many',
          [
            [0, [2], [-1]],
            [5, [3], []],
          ],
          [],
        ],
      ],
    ];
    const numberOf = shuffledNumbers(60, 4);
    const fields = [[0], [0]];
    expect(mergedAsBytes(parts, [0, 50], numberOf, fields).equals(chunkOf(mergedAsBefore(parts, [0, 50], numberOf, fields)))).toBe(true);
  });
});
