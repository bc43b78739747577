/**
 * The councils' own search indexes (search-scopes.ts), written by the merge
 * (pagefind-merge.ts) beside the whole index, from the same words as they are merged: each
 * word's places on a council's pages, numbered within the council in the whole index's order
 * (date order: a council index sorts by date from its names as the whole index does). A
 * council's index holds its pages' names and word counts, its word chunks and the list of them;
 * no filters and no sort lists, and no fragments: its names lead back to the whole index's
 * (SHARED_FRAGMENTS). Pagefind ranks a word by the pages of the index searched, so a search
 * within a council ranks as if the archive were that council's.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CborWriter } from './cbor-writer.ts';
import { ChunkWriter, type ChunkCache, type KeptChunks, type WriteQueue } from './pagefind-chunk-writer.ts';
import type { ChunkCompressor } from './pagefind-compressor.ts';
import { chunkEntriesFor } from './pagefind-chunks.ts';
import { compareWords, contentHash, encodeFile, type Entry, type MetaChunk, type MetaIndex, type MetaPage } from './pagefind-format.ts';
import type { Places } from './pagefind-word-places.ts';
import type { WordReader } from './pagefind-word-reader.ts';
import { writeWord } from './pagefind-words.ts';
import { scopeFolder, SHARED_FRAGMENTS } from './search-scopes.ts';
import { linkOrCopySync } from './write-all.ts';

/** A council with an index: its folder (scopeFolder) and its pages' numbers in the whole index, ascending. */
export interface Scope {
  /** Its folder below SCOPES_FOLDER. */
  folder: string;
  /** Its pages' numbers in the whole index, ascending: their order in the council's index. */
  pages: readonly number[];
}

/** The councils with an index, and each page's councils with its number in each council's index. */
export class ScopePlan {
  readonly scopes: Scope[];
  /** By page of the whole index: where its councils start in `scope` and `local` (a page may be on several), and end (the next page's start). */
  readonly start: Int32Array;
  /** The councils of each page in turn (numbers in `scopes`). */
  readonly scope: Int32Array;
  /** The page's number in each of those councils' indexes. */
  readonly local: Int32Array;

  /**
   * From the council filter's values (each with its pages, ascending) in an index of
   * `pageCount` pages. A value with no folder, or whose folder another value's takes too, gets
   * no index: the search page searches the whole one for it.
   */
  constructor(values: ReadonlyMap<string, readonly number[]>, pageCount: number) {
    const named = [...values].sort(([a], [b]) => compareWords(a, b)).map(([value, pages]) => ({ folder: scopeFolder(value), pages }));
    const taken = new Map<string, number>();
    for (const { folder } of named) if (folder !== null) taken.set(folder, (taken.get(folder) ?? 0) + 1);
    this.scopes = named.flatMap(({ folder, pages }) => (folder !== null && taken.get(folder) === 1 ? [{ folder, pages }] : []));
    this.start = new Int32Array(pageCount + 1);
    for (const { pages } of this.scopes) for (const page of pages) this.start[page + 1] = (this.start[page + 1] as number) + 1;
    for (let page = 0; page < pageCount; page += 1) this.start[page + 1] = (this.start[page + 1] as number) + (this.start[page] as number);
    const total = this.start[pageCount] as number;
    this.scope = new Int32Array(total);
    this.local = new Int32Array(total);
    const filled = this.start.slice(0, pageCount);
    this.scopes.forEach(({ pages }, scope) =>
      pages.forEach((page, local) => {
        const at = filled[page] as number;
        filled[page] = at + 1;
        this.scope[at] = scope;
        this.local[at] = local;
      }),
    );
  }

  /**
   * A digest of what decides a council's word chunks: its pages (`origins`: each page's name as
   * Pagefind gave it, a hash of its content, by number in the whole index) in their order, the
   * meta fields, the chunks' size and `key` (the code's and Pagefind's versions).
   */
  digest(scope: number, origins: readonly string[], fields: readonly string[], chunkEntries: number, key: string): string {
    const pages = (this.scopes[scope]?.pages ?? []).map((page) => origins[page] ?? '');
    return contentHash(Buffer.from([key, fields.join(','), String(chunkEntries), ...pages].join('\n')));
  }
}

/** A council's places of the current word, gathered before they are written. */
class Gathered {
  at = new Int32Array(64);
  number = new Int32Array(64);
  count = 0;
  entries = 0;

  add(at: number, number: number, entries: number): void {
    if (this.count === this.at.length) {
      const grow = (old: Int32Array): Int32Array<ArrayBuffer> => {
        const next = new Int32Array(old.length * 2);
        next.set(old);
        return next;
      };
      this.at = grow(this.at);
      this.number = grow(this.number);
    }
    this.at[this.count] = at;
    this.number[this.count] = number;
    this.count += 1;
    this.entries += entries;
  }
}

/**
 * Writes every council's index below `dir` (a folder per council) as the merge walks the words.
 * A council whose digest (ScopePlan's) is the one the merge before recorded in the chunk cache
 * (ChunkCache's `keptChunks`) takes its chunks from there, linked, and its words are not
 * written again: an import changes one council, and writing the others' words again was most of
 * what council indexes added to a rebuild's merge (BENCHMARKS.md, round 18).
 */
export class ScopeWriter {
  private readonly plan: ScopePlan;
  private readonly dir: string;
  private readonly writers: (ChunkWriter | null)[];
  private readonly gathered: Gathered[];
  private readonly cache: ChunkCache | null;
  private readonly digests: string[];
  // Each council's chunks taken from the cache, or null when its words are written.
  private readonly taken: (KeptChunks['chunks'] | null)[];
  // By page of the whole index: whether a council whose words are written holds it.
  private readonly written: Uint8Array;
  // The councils the current word is on, in the plan's order.
  private touched: number[] = [];
  private readonly word = { text: '' };

  /**
   * The chunks are written as ChunkWriter's `files` say; `chunkEntries` sizes every council's
   * chunks (tests make small ones), else each council's size does. `origins` and `fields`
   * (the whole index's pages' names as Pagefind gave them, and its meta fields) make each
   * council's digest.
   */
  constructor(
    plan: ScopePlan,
    dir: string,
    language: string,
    files: { writes: WriteQueue; cache: ChunkCache | null; compressor: ChunkCompressor | null },
    whole: { origins: readonly string[]; fields: readonly string[]; chunkEntries?: number | undefined },
  ) {
    this.plan = plan;
    this.dir = dir;
    this.cache = files.cache;
    const kept = files.cache?.keptChunks() ?? {};
    const entriesOf = ({ pages }: Scope) => whole.chunkEntries ?? chunkEntriesFor(pages.length);
    this.digests = plan.scopes.map((scope, at) => plan.digest(at, whole.origins, whole.fields, entriesOf(scope), files.cache?.key ?? ''));
    for (const { folder } of plan.scopes) mkdirSync(join(dir, folder, 'index'), { recursive: true });
    this.taken = plan.scopes.map(({ folder }, at) => this.take(folder, kept[folder], this.digests[at] ?? ''));
    // A council whose chunks were taken writes no word: no writer, nor its buffer.
    this.writers = plan.scopes.map((scope, at) =>
      this.taken[at] === null ? new ChunkWriter(join(dir, scope.folder, 'index'), language, entriesOf(scope), files) : null,
    );
    this.written = new Uint8Array(plan.start.length);
    plan.scopes.forEach(({ pages }, at) => {
      if (this.taken[at] === null) for (const page of pages) this.written[page] = 1;
    });
    this.gathered = plan.scopes.map(() => new Gathered());
  }

  /** Links a council's kept chunks into its folder when its digest is the one kept and the cache holds every chunk; else null. */
  private take(folder: string, kept: KeptChunks | undefined, digest: string): KeptChunks['chunks'] | null {
    if (this.cache === null || kept?.digest !== digest || !Array.isArray(kept.chunks)) return null;
    const index = join(this.dir, folder, 'index');
    for (const [, , name, hash] of kept.chunks) {
      if (this.cache.take(hash, join(index, `${name}.pf_index`))) continue;
      // One is missing: the council's words are written after all.
      rmSync(index, { recursive: true, force: true });
      mkdirSync(index);
      return null;
    }
    return kept.chunks;
  }

  /**
   * Writes the word's places on each council's pages into that council's chunks. `places` is in
   * page order (writeWord sorted it for the whole index), and its lists are read now, before
   * the readers move on to the next word.
   */
  write(
    word: { bytes: Uint8Array; start: number; end: number; text: string },
    places: Places,
    readers: readonly WordReader[],
    fieldsOf: readonly (readonly number[])[],
  ): void {
    this.word.text = word.text;
    this.touched = [];
    const { start, scope: scopes, local } = this.plan;
    for (let next = 0; next < places.count; next += 1) {
      const at = places.order[next] as number;
      const page = places.page[at] as number;
      if (this.written[page] === 0) continue;
      for (let on = start[page] as number; on < (start[page + 1] as number); on += 1) {
        const scope = scopes[on] as number;
        if (this.taken[scope] !== null) continue;
        const gathered = this.gathered[scope] as Gathered;
        if (gathered.count === 0) this.touched.push(scope);
        gathered.add(at, local[on] as number, places.size[at] as number);
      }
    }
    this.touched.sort((a, b) => a - b);
    for (const scope of this.touched)
      writeWord((this.writers[scope] as ChunkWriter).out as CborWriter, word, places, readers, fieldsOf, this.gathered[scope]);
  }

  /** Closes the chunks the word just written closes, in each council it is on. */
  async added(): Promise<void> {
    for (const scope of this.touched) {
      const gathered = this.gathered[scope] as Gathered;
      await (this.writers[scope] as ChunkWriter).added(this.word.text, gathered.entries);
      gathered.count = 0;
      gathered.entries = 0;
    }
    this.touched = [];
  }

  /**
   * Writes the words left, then each council's metadata and entry, from the whole index's
   * (`entry`, its metadata's `version` and `fields`, and its `pages`), with Pagefind's
   * WebAssembly and worker from `root` linked beside them: Pagefind loads them from the
   * index's own folder. Returns each council's chunks, for the chunk cache's record (keepChunks).
   */
  async finish(
    root: string,
    entry: Entry,
    language: string,
    whole: { version: string; fields: string[]; pages: readonly MetaPage[] },
  ): Promise<Record<string, KeptChunks>> {
    const shared = readdirSync(root).filter((name) => /^wasm\..+\.pagefind$/.test(name) || name === 'pagefind-worker.js');
    const record: Record<string, KeptChunks> = {};
    for (const [scope, { folder, pages: numbers }] of this.plan.scopes.entries()) {
      const writer = this.writers[scope] ?? null;
      const taken = this.taken[scope] ?? [];
      const chunks = writer === null ? taken.map(([from, to, name]): MetaChunk => [from, to, name]) : await writer.finish();
      const hashes = writer === null ? taken.map(([, , , hash]) => hash) : writer.hashes;
      record[folder] = {
        digest: this.digests[scope] ?? '',
        chunks: chunks.map(([from, to, name], at) => [from, to, name, hashes[at] ?? '']),
      };
      const own = numbers.map((page): MetaPage => {
        const [name, words, extra] = whole.pages[page] as MetaPage;
        return [`${SHARED_FRAGMENTS}${name}`, words, extra];
      });
      const { bytes, hash } = encodeFile([whole.version, own, chunks, [], [], whole.fields] satisfies MetaIndex);
      const metaHash = `${language}_${hash.slice(0, 10)}`;
      await writeFile(join(this.dir, folder, `pagefind.${metaHash}.pf_meta`), await bytes);
      const languages = { [language]: { ...(entry.languages[language] ?? { wasm: language }), hash: metaHash, page_count: own.length } };
      await writeFile(join(this.dir, folder, 'pagefind-entry.json'), JSON.stringify({ ...entry, languages }));
      for (const name of shared) linkOrCopySync(join(root, name), join(this.dir, folder, name));
    }
    return record;
  }
}
