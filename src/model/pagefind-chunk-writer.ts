/**
 * Writes merged words as word chunks (src/model/pagefind-merge.ts): words go in one after the
 * other as CBOR (pagefind-words.ts writes them into `out`), WordChunker says where a chunk
 * closes, and each closed chunk is compressed (on libuv's threads, or a small one on a thread of
 * its own: pagefind-compressor.ts) and written under the name of its content, unless the chunk
 * cache holds it (ChunkCache). The whole index and each council's (pagefind-scopes.ts) have a writer of their
 * own, and share one queue of writes, so the merge holds a few chunks at a time, not the index.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { chunkEnd, chunkStart, COMPRESS_HERE_BELOW, compressFile, plainFile, type MetaChunk } from './pagefind-format.ts';
import type { ChunkCompressor } from './pagefind-compressor.ts';
import { writeWholeSync } from './write-all.ts';
import { WordChunker } from './pagefind-chunks.ts';
import { CborWriter } from './cbor-writer.ts';

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

/** Where a merge keeps its chunks for the next (ChunkCache), and whether it may take them from there. */
export interface ChunkCacheFolder {
  /** The folder, named after how its chunks were compressed (COMPRESSION), below a folder of its own. */
  dir: string;
  /** Whether the merge may take chunks from it (false: a build from nothing, which only writes it). */
  read: boolean;
  /** What else decides the chunks (the code's and Pagefind's versions: a build cache's key); part of each council's digest. */
  key?: string | undefined;
}

/** A council's chunks as the merge before wrote them (pagefind-scopes.ts): its digest, and each chunk with its content's hash. */
export interface KeptChunks {
  digest: string;
  chunks: [from: string, to: string, name: string, hash: string][];
}

/** The cache's record of the councils' chunks, beside them. */
const KEPT_CHUNKS = 'councils.json';

/** A kept chunk's name: its content's hash. */
const HASH = /^[0-9a-f]{64}$/;

/**
 * Compressed word chunks kept from one merge for the next, by the hash of their content
 * (a folder of hard links to the chunks a merge wrote). A rebuild after an import changes few
 * councils: the other councils' indexes (pagefind-scopes.ts) number their pages as before and
 * hold the same chunks, which are linked from here instead of compressed and written again
 * (compressing and creating them was most of what council indexes add to a merge: BENCHMARKS.md,
 * round 18). Beside them, a record of each council's chunks and of what decided them
 * (`keptChunks`), by which a council whose pages did not change is taken whole, its words not
 * written again (ScopeWriter). Where a link cannot be made (another file system) nothing is
 * kept. Compression is deterministic for a zlib version and level, which the folder's name
 * holds (COMPRESSION).
 */
export class ChunkCache {
  readonly dir: string;
  readonly key: string;
  private readonly read: boolean;
  private readonly used = new Set<string>();

  /**
   * The cache in `dir`, taken from only when `read` (a build from nothing, `--force`, only writes
   * it). The folder's name says how its chunks were compressed (COMPRESSION): the other folders
   * beside it, an earlier zlib's or level's, are removed.
   */
  constructor({ dir, read, key = '' }: ChunkCacheFolder) {
    this.dir = dir;
    this.read = read;
    this.key = key;
    mkdirSync(dir, { recursive: true });
    const parent = dirname(dir);
    for (const name of readdirSync(parent)) if (name !== basename(dir)) rmSync(join(parent, name), { recursive: true, force: true });
  }

  /** Puts the chunk whose content's hash is `hash` at `file`; false when none is kept. */
  take(hash: string, file: string): boolean {
    if (!this.read) return false;
    try {
      linkSync(join(this.dir, hash), file);
    } catch {
      return false;
    }
    this.used.add(hash);
    return true;
  }

  /** Keeps `file`, just written, under its content's hash (one already kept is the same). */
  keep(hash: string, file: string): void {
    try {
      linkSync(file, this.place(hash));
    } catch {
      // Kept already, or a link cannot be made: the next merge compresses it again.
    }
  }

  /** Where the chunk whose content's hash is `hash` is kept, for whoever writes it (the compressor's thread). */
  place(hash: string): string {
    this.used.add(hash);
    return join(this.dir, hash);
  }

  /** Removes the chunks this merge neither took nor kept: the cache holds one index's. */
  async prune(): Promise<void> {
    for (const name of await readdir(this.dir))
      if (HASH.test(name) && !this.used.has(name)) await rm(join(this.dir, name), { force: true });
  }

  /** The councils' chunks the merge before wrote, by council folder (none unless read, or if unreadable). */
  keptChunks(): Record<string, KeptChunks> {
    if (!this.read) return {};
    try {
      const kept = JSON.parse(readFileSync(join(this.dir, KEPT_CHUNKS), 'utf8')) as unknown;
      return typeof kept === 'object' && kept !== null && !Array.isArray(kept) ? (kept as Record<string, KeptChunks>) : {};
    } catch {
      return {};
    }
  }

  /** Records this merge's councils' chunks for the next. */
  keepChunks(kept: Record<string, KeptChunks>): void {
    writeWholeSync(join(this.dir, KEPT_CHUNKS), JSON.stringify(kept));
  }
}

/** The word chunks of one index, written to `dir`. */
export class ChunkWriter {
  /** Where the next word is written, as pagefind-words.ts writes a word; then `added` says it is there. */
  readonly out = new CborWriter();
  private readonly chunks: MetaChunk[] = [];
  /** Each chunk's content's hash, in the order of the chunks. */
  readonly hashes: string[] = [];
  private readonly names = new Set<string>();
  private readonly chunker: WordChunker;
  // The words written to `out` and not yet in a chunk, and where each ends.
  private pendingEnds: number[] = [];
  private pendingWords: string[] = [];
  private readonly dir: string;
  private readonly language: string;
  private readonly writes: WriteQueue;
  private readonly cache: ChunkCache | null;
  private readonly compressor: ChunkCompressor | null;

  /**
   * Chunks of about `chunkEntries` entries (pagefind-chunks.ts), named `<language>_<hash>`, taken
   * from `cache` when it holds them; the small ones compressed by `compressor` when there is one.
   */
  constructor(
    dir: string,
    language: string,
    chunkEntries: number,
    { writes, cache = null, compressor = null }: { writes: WriteQueue; cache?: ChunkCache | null; compressor?: ChunkCompressor | null },
  ) {
    this.dir = dir;
    this.language = language;
    this.writes = writes;
    this.cache = cache;
    this.compressor = compressor;
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
    const { hash, body } = plainFile([head.bytes.subarray(0, head.length), this.out.bytes.subarray(0, end)]);
    this.out.drop(end);
    const name = uniqueName(this.language, hash, (candidate) => this.names.has(candidate));
    this.names.add(name);
    this.chunks.push([firstWord, lastWord, name]);
    this.hashes.push(hash);
    const file = join(this.dir, `${name}.pf_index`);
    if (this.cache?.take(hash, file) === true) return;
    if (this.compressor !== null && body.length < COMPRESS_HERE_BELOW)
      return this.compressor.write(file, body, this.cache?.place(hash) ?? null);
    // Written synchronously once compressed, as the plain chunks are read (pagefind-merge-words.ts).
    const written = compressFile(body).then((compressed) => {
      writeFileSync(file, compressed);
      this.cache?.keep(hash, file);
    });
    await this.writes.add(written);
  }
}

/** The language's prefix and the shortest start of `hash` (7 characters or more) that `taken` does not hold. */
export function uniqueName(language: string, hash: string, taken: (name: string) => boolean): string {
  let length = 7;
  while (taken(`${language}_${hash.slice(0, length)}`) && length < hash.length) length += 1;
  return `${language}_${hash.slice(0, length)}`;
}
