/**
 * Writes merged words as word chunks (src/model/pagefind-merge.ts): words go in one after the
 * other as CBOR (pagefind-words.ts writes them into `out`), WordChunker says where a chunk
 * closes, and each closed chunk is compressed on libuv's threads and written under the name of
 * its content. The whole index and each council's (pagefind-scopes.ts) have a writer of their
 * own, and share one queue of writes, so the merge holds a few chunks at a time, not the index.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkEnd, chunkStart, packFile, type MetaChunk } from './pagefind-format.ts';
import { WordChunker } from './pagefind-chunks.ts';
import { CborWriter } from './pagefind-words.ts';

/**
 * Chunks compressing and being written, at most `limit` at once: a writer that adds one more
 * waits for the oldest, so the merge does not run ahead of the compression.
 */
export class WriteQueue {
  private readonly writes: Promise<void>[] = [];
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  async add(write: Promise<void>): Promise<void> {
    // Handled here, reported when awaited: a failed write must not go unhandled meanwhile.
    write.catch(() => undefined);
    this.writes.push(write);
    if (this.writes.length >= this.limit) await this.writes.shift();
  }

  /** Waits for every write; the first failure is thrown. */
  async all(): Promise<void> {
    await Promise.all(this.writes.splice(0));
  }
}

/** The word chunks of one index, written to `dir`. */
export class ChunkWriter {
  /** Where the next word is written, as pagefind-words.ts writes a word; then `added` says it is there. */
  readonly out = new CborWriter();
  private readonly chunks: MetaChunk[] = [];
  private readonly names = new Set<string>();
  private readonly chunker: WordChunker;
  // The words written to `out` and not yet in a chunk, and where each ends.
  private pendingEnds: number[] = [];
  private pendingWords: string[] = [];
  private readonly dir: string;
  private readonly language: string;
  private readonly writes: WriteQueue;

  /** Chunks of about `chunkEntries` entries (pagefind-chunks.ts), named `<language>_<hash>`. */
  constructor(dir: string, language: string, chunkEntries: number, writes: WriteQueue) {
    this.dir = dir;
    this.language = language;
    this.writes = writes;
    this.chunker = new WordChunker(chunkEntries);
  }

  /** The word just written to `out`, with its entries (entriesOf): closes the chunks it closes. */
  async added(word: string, entries: number): Promise<void> {
    this.pendingEnds.push(this.out.length);
    this.pendingWords.push(word);
    for (const count of this.chunker.add(word, entries)) await this.flush(count);
  }

  /**
   * Writes the words left and returns the chunks for the metadata, their ranges covering every
   * term from the first chunk's start to the last one's end (chunkEnd). The writes may still be
   * under way: the queue's `all` waits for them.
   */
  async finish(): Promise<MetaChunk[]> {
    for (const count of this.chunker.finish()) await this.flush(count);
    const chunks = this.chunks;
    const [firstChunk, lastChunk] = [chunks[0], chunks.at(-1)];
    if (firstChunk !== undefined) firstChunk[0] = '';
    if (lastChunk !== undefined) lastChunk[1] = chunkEnd(null);
    for (let at = 0; at + 1 < chunks.length; at += 1) {
      const next = chunks[at + 1] as MetaChunk;
      next[0] = chunkStart((chunks[at] as MetaChunk)[1], next[0]);
      (chunks[at] as MetaChunk)[1] = chunkEnd(next[0]);
    }
    return chunks;
  }

  /** Writes the first `count` pending words as a chunk. */
  private async flush(count: number): Promise<void> {
    const [firstWord, lastWord] = [this.pendingWords[0], this.pendingWords[count - 1]];
    const end = this.pendingEnds[count - 1];
    if (firstWord === undefined || lastWord === undefined || end === undefined) return;
    this.pendingWords = this.pendingWords.slice(count);
    this.pendingEnds = this.pendingEnds.slice(count).map((at) => at - end);
    // [words]: the chunk is one array holding the array of its words.
    const head = new CborWriter();
    head.head(4, 1);
    head.head(4, count);
    const { bytes, hash } = packFile([head.bytes.subarray(0, head.length), this.out.bytes.subarray(0, end)]);
    this.out.drop(end);
    const name = uniqueName(this.language, hash, (candidate) => this.names.has(candidate));
    this.names.add(name);
    this.chunks.push([firstWord, lastWord, name]);
    // Written synchronously once compressed, as the plain chunks are read (pagefind-merge.ts).
    await this.writes.add(bytes.then((compressed) => writeFileSync(join(this.dir, `${name}.pf_index`), compressed)));
  }
}

/** The language's prefix and the shortest start of `hash` (7 characters or more) that `taken` does not hold. */
export function uniqueName(language: string, hash: string, taken: (name: string) => boolean): string {
  let length = 7;
  while (taken(`${language}_${hash.slice(0, length)}`) && length < hash.length) length += 1;
  return `${language}_${hash.slice(0, length)}`;
}
