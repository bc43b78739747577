/**
 * A word chunk (`index/*.pf_index`) read in place for the merge (pagefind-merge-words.ts): word
 * by word, each word's pages gathered into Places (pagefind-word-places.ts) as where their lists
 * are in the chunk, for pagefind-words.ts to copy as they are. A chunk in a form other than the
 * one cbor-x writes is refused (FormatError).
 */
import { ARRAY, TEXT } from './cbor-writer.ts';
import { FormatError } from './pagefind-format.ts';
import type { Places } from './pagefind-word-places.ts';

/** Thrown with the chunk's name by whoever reads the chunk: the bytes end or hold what this module does not know. */
class Unknown extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Walks the words of one word chunk (the CBOR after Pagefind's signature) in place. Every head
 * must be as short as its value allows, as cbor-x writes it, so that a list copied as read is
 * the list cbor-x would write.
 */
export class WordReader {
  readonly bytes: Buffer;
  private readonly name: string;
  private at = 0;
  private wordsLeft: number;
  /** Where the current word's pages start, or -1 once they have been walked. */
  private pagesAt = -1;
  private pagesLeft = 0;
  /** The current word, its UTF-8 bytes (`wordStart` to `wordEnd` in `bytes`). */
  word = '';
  wordStart = 0;
  wordEnd = 0;

  constructor(bytes: Buffer, name: string) {
    this.bytes = bytes;
    this.name = name;
    try {
      // [words, …]: the chunk's words are its first value.
      if (this.head(ARRAY) < 1) throw new Unknown('no words');
      this.wordsLeft = this.head(ARRAY);
    } catch (error) {
      throw this.failure(error);
    }
  }

  private failure(error: unknown): Error {
    if (error instanceof Unknown) return new FormatError(`${this.name}: not a Pagefind word chunk this merge knows (${error.message})`);
    return error as Error;
  }

  /** Reads a head of the major type at `at`; returns its value. */
  private head(major: number): number {
    const first = this.bytes[this.at];
    if (first === undefined) throw new Unknown('it ends early');
    if (first >> 5 !== major) throw new Unknown(`major type ${first >> 5} where ${major} was expected`);
    return this.argument(first & 31);
  }

  /** The value that follows a head's first byte (its `info`), checked to be written as short as it can be. */
  private argument(info: number): number {
    const bytes = this.bytes;
    const at = this.at;
    let value = -1;
    if (info < 24) {
      this.at = at + 1;
      return info;
    } else if (info === 24) {
      value = bytes[at + 1] ?? -1;
      this.at = at + 2;
      if (value >= 24) return value;
    } else if (info === 25 && at + 3 <= bytes.length) {
      value = bytes.readUInt16BE(at + 1);
      this.at = at + 3;
      if (value >= 0x100) return value;
    } else if (info === 26 && at + 5 <= bytes.length) {
      value = bytes.readUInt32BE(at + 1);
      this.at = at + 5;
      if (value >= 0x10000) return value;
    }
    throw new Unknown(value === -1 ? 'it ends early' : 'a value cbor-x would write otherwise');
  }

  /**
   * Skips a list of whole numbers from `at`, as cbor-x writes them (negative ones within 32 bits:
   * beyond, they are floats to it); returns where it ends. Reading past the end is caught by
   * the caller, as the end is then past the chunk's.
   */
  private numbers(at: number, count: number): number {
    const bytes = this.bytes;
    for (let left = count; left > 0; left -= 1) {
      const first = bytes[at] as number;
      const info = first & 31;
      if (first >= 0x40) throw new Unknown('a list holds something other than whole numbers');
      if (info < 24) at += 1;
      else if (info === 24) {
        if ((bytes[at + 1] as number) < 24) throw new Unknown('a value cbor-x would write otherwise');
        at += 2;
      } else if (info === 25) {
        if (bytes[at + 1] === 0) throw new Unknown('a value cbor-x would write otherwise');
        at += 3;
      } else if (info === 26) {
        if ((bytes[at + 1] === 0 && bytes[at + 2] === 0) || (first >= 0x20 && (bytes[at + 1] as number) >= 0x80))
          throw new Unknown('a value cbor-x would write otherwise');
        at += 5;
      } else throw new Unknown('a value cbor-x would write otherwise');
    }
    return at;
  }

  /** Moves to the next word; false at the end of the chunk. */
  next(): boolean {
    try {
      if (this.pagesAt !== -1) this.walk(-1, null, 0, null, null);
      if (this.wordsLeft === 0) return false;
      this.wordsLeft -= 1;
      if (this.head(ARRAY) !== 3) throw new Unknown('a word that is not [word, pages, extra]');
      const length = this.head(TEXT);
      this.wordStart = this.at;
      this.wordEnd = this.at + length;
      if (this.wordEnd > this.bytes.length) throw new Unknown('it ends early');
      this.word = utf8.decode(this.bytes.subarray(this.wordStart, this.wordEnd));
      this.at = this.wordEnd;
      this.pagesLeft = this.head(ARRAY);
      this.pagesAt = this.at;
      return true;
    } catch (error) {
      if (error instanceof TypeError) throw new FormatError(`${this.name}: a word that is not UTF-8`);
      throw this.failure(error);
    }
  }

  /**
   * Adds the current word's pages to `places` (as `source`), numbered as in the merged index:
   * the part's first page is `offset`, and `numberOf` renumbers the parts' pages. `fields`
   * renumbers meta fields, or is null when they keep their numbers.
   */
  collect(places: Places, source: number, offset: number, numberOf: Int32Array, fields: readonly number[] | null): void {
    try {
      this.walk(source, places, offset, numberOf, fields);
    } catch (error) {
      throw this.failure(error);
    }
  }

  private walk(source: number, places: Places | null, offset: number, numberOf: Int32Array | null, fields: readonly number[] | null): void {
    if (this.pagesAt === -1) return;
    const bytes = this.bytes;
    this.at = this.pagesAt;
    let page = offset;
    let entries = 0;
    for (let left = this.pagesLeft; left > 0; left -= 1) {
      if (bytes[this.at] !== 0x83) throw new Unknown('a page that is not [page, locations, meta locations]');
      this.at += 1;
      page += this.head(0);
      const start = this.at;
      const locations = this.head(ARRAY);
      const meta = this.numbers(this.at, locations);
      this.at = meta;
      const metaLocations = this.head(ARRAY);
      this.at = this.numbers(this.at, metaLocations);
      if (this.at > bytes.length) throw new Unknown('it ends early');
      const size = locations + metaLocations + 1;
      entries += size;
      if (places !== null && numberOf !== null) {
        const number = numberOf[page];
        if (number === undefined) throw new Unknown(`page ${page - offset} is not in the part`);
        const renumber = metaLocations > 0 && fields !== null && this.renumbers(meta, fields);
        places.add(number, source, start, renumber ? -1 - meta : meta, this.at, size);
      }
    }
    // The word's extra data: Pagefind 1.6 writes none for us.
    if (bytes[this.at] !== 0x80) throw new FormatError(`${this.name}: the word "${this.word}" has data this merge does not know`);
    this.at += 1;
    if (places !== null) places.entries += entries;
    this.pagesAt = -1;
  }

  /** Whether the meta locations at `start` name a field that the merged list numbers otherwise. */
  private renumbers(start: number, fields: readonly number[]): boolean {
    for (const value of this.metaLocations(start)) if (value < 0 && (fields[-value - 1] ?? -value - 1) !== -value - 1) return true;
    return false;
  }

  /** The meta locations listed at `start` (checked by `numbers` before). */
  metaLocations(start: number): number[] {
    const at = this.at;
    this.at = start;
    const count = this.head(ARRAY);
    const values: number[] = [];
    for (let left = count; left > 0; left -= 1) {
      const major = (this.bytes[this.at] as number) >> 5;
      const value = this.argument((this.bytes[this.at] as number) & 31);
      values.push(major === 1 ? -1 - value : value);
    }
    this.at = at;
    return values;
  }
}
