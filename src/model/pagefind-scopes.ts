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
import { mkdirSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ChunkWriter, type ChunkCache, type WriteQueue } from './pagefind-chunk-writer.ts';
import type { ChunkCompressor } from './pagefind-compressor.ts';
import { chunkEntriesFor } from './pagefind-chunks.ts';
import { compareWords, encodeFile, type Entry, type MetaIndex, type MetaPage } from './pagefind-format.ts';
import type { CborWriter, Places, WordReader } from './pagefind-words.ts';
import { writeWord } from './pagefind-words.ts';
import { scopeFolder, SHARED_FRAGMENTS } from './search-scopes.ts';
import { linkOrCopySync } from './write-all.ts';

/** A council with an index: its folder (scopeFolder) and its pages' numbers in the whole index, ascending. */
export interface Scope {
  folder: string;
  pages: readonly number[];
}

/** The councils with an index, and each page's councils with its number in each council's index. */
export class ScopePlan {
  readonly scopes: Scope[];
  // By page of the whole index: where its councils start in `scope` and `local` (a page may be on several).
  private readonly start: Int32Array;
  private readonly scope: Int32Array;
  private readonly local: Int32Array;

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

  /** Calls `each` with every council index the page is in and its number there. */
  forPage(page: number, each: (scope: number, local: number) => void): void {
    for (let at = this.start[page] as number; at < (this.start[page + 1] as number); at += 1)
      each(this.scope[at] as number, this.local[at] as number);
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

/** Writes every council's index below `dir` (a folder per council) as the merge walks the words. */
export class ScopeWriter {
  private readonly plan: ScopePlan;
  private readonly dir: string;
  private readonly writers: ChunkWriter[];
  private readonly gathered: Gathered[];
  // The councils the current word is on, in the plan's order.
  private touched: number[] = [];
  private readonly word = { text: '' };

  /**
   * The chunks are written as ChunkWriter's `files` say; `chunkEntries` sizes every council's
   * chunks (tests make small ones), else each council's size does.
   */
  constructor(
    plan: ScopePlan,
    dir: string,
    language: string,
    files: { writes: WriteQueue; cache: ChunkCache | null; compressor: ChunkCompressor | null },
    chunkEntries?: number,
  ) {
    this.plan = plan;
    this.dir = dir;
    this.writers = plan.scopes.map(({ folder, pages }) => {
      mkdirSync(join(dir, folder, 'index'), { recursive: true });
      return new ChunkWriter(join(dir, folder, 'index'), language, chunkEntries ?? chunkEntriesFor(pages.length), files);
    });
    this.gathered = plan.scopes.map(() => new Gathered());
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
    for (let next = 0; next < places.count; next += 1) {
      const at = places.order[next] as number;
      this.plan.forPage(places.page[at] as number, (scope, local) => {
        const gathered = this.gathered[scope] as Gathered;
        if (gathered.count === 0) this.touched.push(scope);
        gathered.add(at, local, places.size[at] as number);
      });
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
   * index's own folder.
   */
  async finish(
    root: string,
    entry: Entry,
    language: string,
    whole: { version: string; fields: string[]; pages: readonly MetaPage[] },
  ): Promise<void> {
    const shared = readdirSync(root).filter((name) => /^wasm\..+\.pagefind$/.test(name) || name === 'pagefind-worker.js');
    for (const [scope, { folder, pages: numbers }] of this.plan.scopes.entries()) {
      const chunks = await (this.writers[scope] as ChunkWriter).finish();
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
  }
}
