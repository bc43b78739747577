/**
 * The word chunks of a merge (src/model/pagefind-merge.ts): every part's words read in Pagefind's
 * order, one chunk of each part at a time, and each word's places merged into the whole index's
 * chunks and each council's. A word is merged as bytes (pagefind-words.ts): only its pages'
 * numbers change.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import TinyQueue from 'tinyqueue';
import { unpackFile, type MetaChunk } from './pagefind-format.ts';
import type { ChunkWriter } from './pagefind-chunk-writer.ts';
import type { LoadedPart, PageOrder } from './pagefind-parts.ts';
import type { ScopeWriter } from './pagefind-scopes.ts';
import { Places } from './pagefind-word-places.ts';
import { WordReader } from './pagefind-word-reader.ts';
import { writeWord } from './pagefind-words.ts';
import { writeWholeSync } from './write-all.ts';

/**
 * Decompressed bytes of the chunks read ahead (the next chunk of a part, read while its current
 * one is merged) that the streams may hold at once. Every part reaches the common words' chunks
 * (megabytes each at 100,000 meetings) at about the same time, and reading ahead then would hold
 * twice those; below the limit, reading ahead takes a second off a 10,000-meeting merge.
 */
const READ_AHEAD_BYTES = 64 * 2 ** 20;

/** The chunks read ahead by every stream of a merge, in decompressed bytes. */
class ReadAhead {
  held = 0;
  /** Whether another chunk may be read ahead. */
  get open(): boolean {
    return this.held < READ_AHEAD_BYTES;
  }
}

/** Reads one part's words in order, one chunk at a time (and the next, while `ahead` is open). */
class WordStream {
  private chunk = 0;
  private upcoming: { name: string; bytes: Promise<Buffer> } | null = null;
  /** At the current word, once `next` found one. */
  reader: WordReader | null = null;
  readonly part: LoadedPart;
  private readonly ahead: ReadAhead;
  private readonly plain: PlainChunks;

  // Fields assigned here, not as parameter properties: the merge's worker runs this file with Node's type stripping.
  constructor(part: LoadedPart, ahead: ReadAhead, plain: PlainChunks) {
    this.part = part;
    this.ahead = ahead;
    this.plain = plain;
  }

  /** Starts reading the next chunk; `ahead` counts it in the bytes read ahead until it is taken. */
  private read(ahead: boolean): { name: string; bytes: Promise<Buffer> } | null {
    const chunk = this.part.meta[2][this.chunk];
    if (chunk === undefined) return null;
    this.chunk += 1;
    const name = join(this.part.dir, 'index', `${chunk[2]}.pf_index`);
    const bytes = this.plain.read(this.part.plainDir, chunk[2], async () => unpackFile(await readFile(name), name));
    if (ahead) void bytes.then((plain) => (this.ahead.held += plain.length)).catch(() => undefined);
    // Handled here, reported when awaited: a failed read must not go unhandled meanwhile.
    bytes.catch(() => undefined);
    return { name, bytes };
  }

  /** Moves to the next word; false after the last. */
  async next(): Promise<boolean> {
    while (this.reader === null || !this.reader.next()) {
      this.reader = null;
      const ahead = this.upcoming !== null;
      const current = this.upcoming ?? this.read(false);
      this.upcoming = null;
      if (current === null) return false;
      const bytes = await current.bytes;
      if (ahead) this.ahead.held -= bytes.length;
      if (this.ahead.open) this.upcoming = this.read(true);
      this.reader = new WordReader(bytes, current.name);
    }
    return true;
  }
}

/**
 * The parts' word chunks decompressed, kept in their `plainDir` (IndexPart). A copy is written
 * under a temporary name and renamed, so a copy there is whole; one that cannot be read or written
 * leaves the chunk to be decompressed, as without a folder.
 */
class PlainChunks {
  private readonly folders = new Set<string>();

  /**
   * The chunk `name` of the part whose plainDir is `dir` (none: `unpack` alone). A copy is read
   * synchronously: a read through libuv's threads is four round trips (open, size, read, close)
   * waiting in line with the chunks being compressed, for a file the system has in memory.
   */
  async read(dir: string | undefined, name: string, unpack: () => Promise<Buffer>): Promise<Buffer> {
    if (dir === undefined) return unpack();
    const file = join(dir, `${name}.cbor`);
    try {
      return readFileSync(file);
    } catch {
      const bytes = await unpack();
      this.write(dir, file, bytes);
      return bytes;
    }
  }

  private write(dir: string, file: string, bytes: Buffer): void {
    try {
      if (!this.folders.has(dir)) mkdirSync(dir, { recursive: true });
      this.folders.add(dir);
      writeWholeSync(file, bytes);
    } catch {
      // Not kept: the next merge decompresses the chunk again.
    }
  }
}

/** Pagefind's order of the current words of two readers (their UTF-8 bytes: compareWords). */
function compareHeads(a: WordReader, b: WordReader): number {
  if (a.word === b.word) return 0;
  return a.bytes.compare(b.bytes, b.wordStart, b.wordEnd, a.wordStart, a.wordEnd);
}

/**
 * Merges every part's words into the whole index's chunks (`whole`) and each council's
 * (`scopes`); returns the whole index's chunks' metadata. Words are merged as bytes
 * (pagefind-words.ts): the same chunks as decoding each word and encoding the merged one with
 * cbor-x.
 */
export async function mergeWords(
  parts: readonly LoadedPart[],
  order: PageOrder,
  whole: ChunkWriter,
  scopes: ScopeWriter,
): Promise<MetaChunk[]> {
  const ahead = new ReadAhead();
  const plain = new PlainChunks();
  const streams = parts.map((part) => new WordStream(part, ahead, plain));
  const live = await Promise.all(streams.map((stream) => stream.next()));
  const fieldsOf = parts.map((part) => part.fields);
  // A part whose fields keep their numbers has its meta locations copied as they are.
  const renumbering = parts.map((part) => (part.fields.every((field, at) => field === at) ? null : part.fields));
  // Each part's reader at its current word (kept up to date for the parts with words left).
  const readers: WordReader[] = streams.map((stream) => stream.reader as WordReader);
  const places = new Places(order.numberOf.length);
  // The parts with words left, by their current word: a heap, so that a word costs the parts that hold it, not every part.
  const heads = new TinyQueue<number>(
    streams.flatMap((_, index) => (live[index] === true ? [index] : [])),
    (a, b) => compareHeads(readers[a] as WordReader, readers[b] as WordReader) || a - b,
  );
  const matching: number[] = [];
  for (let top = heads.pop(); top !== undefined; top = heads.pop()) {
    const first = readers[top] as WordReader;
    const word = first.word;
    matching.length = 0;
    matching.push(top);
    while (heads.length > 0 && (readers[heads.peek() as number] as WordReader).word === word) matching.push(heads.pop() as number);
    // In the parts' order, as the pages of a word are listed (Places keeps that order among equal pages).
    matching.sort((a, b) => a - b);
    places.clear();
    for (const index of matching)
      (readers[index] as WordReader).collect(
        places,
        index,
        (parts[index] as LoadedPart).offset,
        order.numberOf,
        renumbering[index] ?? null,
      );
    const bytes = { bytes: first.bytes, start: first.wordStart, end: first.wordEnd, text: word };
    writeWord(whole.out, bytes, places, readers, fieldsOf);
    // The councils' places are read now too, before the readers move on.
    scopes.write(bytes, places, readers, fieldsOf);
    const entries = places.entries;
    for (const index of matching) {
      const stream = streams[index] as WordStream;
      if (!(await stream.next())) continue;
      readers[index] = stream.reader as WordReader;
      heads.push(index);
    }
    // Chunks the word closes: the words before it (a large word starts its own), or up to it.
    await whole.added(word, entries);
    await scopes.added();
  }
  return whole.finish();
}
