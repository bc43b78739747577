/**
 * Word chunks (`index/*.pf_index`) read and written as bytes, for the merge (pagefind-merge.ts).
 * Decoding every chunk into arrays and encoding the merged words again with cbor-x made most of
 * the merge's own work and much of its garbage, while a merged word only renumbers its pages:
 * its word locations (and its meta-field locations, unless the parts number their fields
 * differently) are the bytes it was read with. So a chunk is walked in place (WordReader), the
 * places of a word are gathered from every part (Places), and written in the merged page order
 * as cbor-x writes them (CborWriter): the shortest head for every number, array and string.
 * Pagefind writes its chunks in that form too; a chunk in any other form is refused (FormatError,
 * and the build keeps the parts unmerged), so a list copied as read is the list cbor-x would
 * write, and the merged chunks are the same, byte for byte, as decoding and encoding gave.
 */
import { FormatError } from './pagefind-format.ts';

const ARRAY = 4;
const TEXT = 3;

/** Thrown with the chunk's name by whoever reads the chunk: the bytes end or hold what this module does not know. */
class Unknown extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes written as CBOR the way cbor-x writes them: each head as short as its value allows. */
export class CborWriter {
  bytes = Buffer.allocUnsafe(1 << 16);
  length = 0;

  private room(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const bigger = Buffer.allocUnsafe(size);
    this.bytes.copy(bigger, 0, 0, this.length);
    this.bytes = bigger;
  }

  /** A head: the major type and its value (a count, a length or an unsigned number), below 2^32. */
  head(major: number, value: number): void {
    this.room(5);
    const bytes = this.bytes;
    const type = major << 5;
    if (value < 24) bytes[this.length++] = type | value;
    else if (value < 0x100) {
      bytes[this.length++] = type | 24;
      bytes[this.length++] = value;
    } else if (value < 0x10000) {
      bytes[this.length++] = type | 25;
      bytes.writeUInt16BE(value, this.length);
      this.length += 2;
    } else {
      bytes[this.length++] = type | 26;
      bytes.writeUInt32BE(value, this.length);
      this.length += 4;
    }
  }

  /** A whole number, negative ones as CBOR's negative integers. */
  int(value: number): void {
    if (value >= 0) this.head(0, value);
    else this.head(1, -1 - value);
  }

  /** One byte as it is (a head whose value is known, e.g. an array of three). */
  byte(value: number): void {
    this.room(1);
    this.bytes[this.length++] = value;
  }

  /** Bytes of `from`, from `start` to `end`, as they are. */
  copy(from: Uint8Array, start: number, end: number): void {
    this.room(end - start);
    const bytes = this.bytes;
    // Most lists are a few bytes: a loop is quicker than a view and a native copy.
    if (end - start < 32) for (let at = start; at < end; at += 1) bytes[this.length++] = from[at] as number;
    else {
      bytes.set(from.subarray(start, end), this.length);
      this.length += end - start;
    }
  }

  /** Drops the first `count` bytes, keeping the rest at the start. */
  drop(count: number): void {
    this.bytes.copyWithin(0, count, this.length);
    this.length -= count;
  }
}

/**
 * The places of one word gathered from the parts: each page's number in the merged index and
 * where its lists (word locations, then meta-field locations) are in the chunk it was read from.
 */
export class Places {
  count = 0;
  /** The sum of the places' entries, as WordChunker counts them (entriesOf). */
  entries = 0;
  page = new Int32Array(1024);
  /** Which reader's chunk holds the lists. */
  source = new Int32Array(1024);
  /** Where the word locations start. */
  start = new Int32Array(1024);
  /** Where the meta locations start; -1 - that when they are renumbered (the part's fields are). */
  meta = new Int32Array(1024);
  /** Where the meta locations end. */
  end = new Int32Array(1024);
  /** The place's entries, as WordChunker counts them: its locations, meta locations and page. */
  size = new Int32Array(1024);
  /** The places' indexes in page order, after `sort`. */
  order = new Int32Array(1024);
  /** Each place's index by its page number, while sorting; -1 when none. */
  private readonly slotOf: Int32Array;
  private sorted = new Int32Array(1024);

  /** For an index of `pages` pages. */
  constructor(pages: number) {
    this.slotOf = new Int32Array(pages).fill(-1);
  }

  /** A place: its page in the merged index, its reader (`source`), where its lists are and its entries (see the fields). */
  add(page: number, source: number, start: number, meta: number, end: number, size: number): void {
    if (this.count === this.page.length) this.grow();
    const at = this.count++;
    this.page[at] = page;
    this.source[at] = source;
    this.start[at] = start;
    this.meta[at] = meta;
    this.end[at] = end;
    this.size[at] = size;
  }

  private grow(): void {
    const size = this.page.length * 2;
    const bigger = (old: Int32Array): Int32Array<ArrayBuffer> => {
      const next = new Int32Array(size);
      next.set(old);
      return next;
    };
    this.page = bigger(this.page);
    this.source = bigger(this.source);
    this.start = bigger(this.start);
    this.meta = bigger(this.meta);
    this.end = bigger(this.end);
    this.size = bigger(this.size);
    this.order = new Int32Array(size);
    this.sorted = new Int32Array(size);
  }

  /**
   * Puts the places' indexes in page order into `order`, equal pages in the order they were
   * added (a stable sort, as the places were sorted before). A word lists a page once, so each
   * place is found again by its page: among many places by reading every page's slot in turn,
   * among fewer by sorting the pages as numbers.
   */
  sort(): void {
    const { count, page, order, slotOf } = this;
    let repeated = false;
    for (let at = 0; at < count; at += 1) {
      const number = page[at] as number;
      if (slotOf[number] !== -1) repeated = true;
      slotOf[number] = at;
    }
    if (repeated) {
      const indexes = Array.from({ length: count }, (_, at) => at);
      indexes.sort((a, b) => (page[a] as number) - (page[b] as number));
      order.set(indexes);
      for (let at = 0; at < count; at += 1) slotOf[page[at] as number] = -1;
    } else if (count * 8 >= slotOf.length) {
      let next = 0;
      for (let number = 0; number < slotOf.length; number += 1) {
        const at = slotOf[number] as number;
        if (at === -1) continue;
        order[next++] = at;
        slotOf[number] = -1;
      }
    } else {
      const pages = this.sorted.subarray(0, count);
      pages.set(page.subarray(0, count));
      pages.sort();
      for (let at = 0; at < count; at += 1) {
        const number = pages[at] as number;
        order[at] = slotOf[number] as number;
        slotOf[number] = -1;
      }
    }
  }

  /** Empties the list for the next word. */
  clear(): void {
    this.count = 0;
    this.entries = 0;
  }
}

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

/**
 * Some of a word's places (`at`, indexes into Places, in page order) and the numbers their pages
 * take in another index (a council's: src/model/pagefind-scopes.ts), ascending.
 */
export interface Selection {
  at: Int32Array;
  number: Int32Array;
  count: number;
}

/**
 * Writes a word gathered in `places` into `out` as cbor-x writes `[word, pages, []]`, its pages
 * in page order, each as the difference from the page before. The word's bytes are read from
 * `word`; a place whose meta locations are renumbered is renumbered with `fieldsOf` its source.
 * With a `selection`, only those places, numbered as it says; without, every place, and
 * `places.order` is left in page order for the selections that follow.
 */
export function writeWord(
  out: CborWriter,
  word: { bytes: Uint8Array; start: number; end: number },
  places: Places,
  readers: readonly WordReader[],
  fieldsOf: readonly (readonly number[])[],
  selection?: Selection,
): void {
  out.byte(0x83);
  out.head(TEXT, word.end - word.start);
  out.copy(word.bytes, word.start, word.end);
  if (selection === undefined) places.sort();
  const count = selection?.count ?? places.count;
  out.head(ARRAY, count);
  const { order, page, source, start, meta, end } = places;
  let last = 0;
  for (let next = 0; next < count; next += 1) {
    const at = (selection === undefined ? order[next] : selection.at[next]) as number;
    const number = (selection === undefined ? page[at] : selection.number[next]) as number;
    const reader = readers[source[at] as number] as WordReader;
    out.byte(0x83);
    out.head(0, number - last);
    last = number;
    const metaStart = meta[at] as number;
    // Both lists as read, one after the other.
    if (metaStart >= 0) out.copy(reader.bytes, start[at] as number, end[at] as number);
    else {
      out.copy(reader.bytes, start[at] as number, -1 - metaStart);
      const fields = fieldsOf[source[at] as number] ?? [];
      const values = reader.metaLocations(-1 - metaStart);
      out.head(ARRAY, values.length);
      for (const value of values) out.int(value < 0 ? -((fields[-value - 1] ?? -value - 1) + 1) : value);
    }
  }
  out.byte(0x80);
}
