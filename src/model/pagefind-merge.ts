/**
 * Merges the parts of a search index into one index on disk, so that a large archive is indexed
 * in parts (Pagefind's memory is the size of the part it holds: src/integrations/pagefind-feed.ts)
 * or in shards (scripts/shard/assemble.ts) and searched
 * as one index: one metadata file, ranking over the whole archive, one date order, and no part
 * without a word matching near words instead.
 *
 * The merged index numbers its pages in date order, oldest first and the undated ones last
 * (src/model/search-page-names.ts): the index does not keep the dates, so the feed records each
 * page's sort values as it sends it (`sortValues`, by page number within its part). Each page's
 * fragment is renamed after its place in that order, and the date sort list is left out of the
 * metadata (the search page sorts by the names). Other sort keys are merged on their values.
 * Word chunks are merged word by word in Pagefind's order, reading one chunk of each part at a
 * time (and the next, while this one is merged), so the merge holds a few chunks, never the index,
 * and grouped into new chunks as pagefind-chunks.ts decides. A word is merged as bytes
 * (pagefind-words.ts): only its pages' numbers change. Filters are merged value by value, and
 * each is also written as the search page's table of its values (filter-tables.ts). The same
 * words also make each council's own index (`council/<folder>/`: pagefind-scopes.ts), and
 * chunks are written through pagefind-chunk-writer.ts, which takes those a merge before kept
 * (`chunkCache`) instead of compressing them again.
 *
 * Nothing is changed until the merged files are written beside the parts: a part that is not in
 * the format pagefind-format.ts knows throws FormatError and leaves every part as it was. A part
 * may also be read from a folder elsewhere (`dir`: one the build cache keeps for the next build,
 * src/integrations/pagefind-part-cache.ts), which is never changed: its fragments are linked
 * (copyFragments) or copied, not moved, and the merged index is the same, byte for byte.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import TinyQueue from 'tinyqueue';
import {
  asFilter,
  asMetaIndex,
  compareWords,
  compressFile,
  contentHash,
  decodeFile,
  encodeFile,
  FormatError,
  unpackFile,
  type Entry,
  type FilterIndex,
  type MetaChunk,
  type MetaIndex,
  type MetaPage,
} from './pagefind-format.ts';
import { FILTER_MANIFEST, tableText, TABLE_EXTENSION, type FilterManifest } from './filter-tables.ts';
import { ChunkCache, ChunkWriter, uniqueName, WriteQueue, type ChunkCacheFolder } from './pagefind-chunk-writer.ts';
import { ChunkCompressor } from './pagefind-compressor.ts';
import { chunkEntriesFor } from './pagefind-chunks.ts';
import { ScopePlan, ScopeWriter } from './pagefind-scopes.ts';
import { Places, WordReader, writeWord } from './pagefind-words.ts';
import { dateRank, DATE_SORT_KEY, isDateOrdered, pageName } from './search-page-names.ts';
import { SCOPE_FILTER, SCOPES_FOLDER } from './search-scopes.ts';
import { linkOrCopySync, writeWholeSync } from './write-all.ts';

/**
 * The file a shard's build writes beside its index (`pagefind/`) for the assembler: every page's
 * sort values, by page number (IndexPart's `sortValues` for the whole index). Not part of the site.
 */
export const SORT_VALUES_FILE = 'sort-values.json';

export interface MergeOptions {
  /** The entries of a word chunk (chunkEntriesFor the pages unless given: tests make small ones). */
  chunkEntries?: number | undefined;
  /** Where compressed chunks are kept for the next merge (a build cache's folder), if anywhere. */
  chunkCache?: ChunkCacheFolder | undefined;
}

export interface IndexPart {
  /** The part's folder below the index root: `` for the first part, `part-2/`, … */
  folder: string;
  /**
   * Where to read the part instead, left as it is (a kept part). When the first part is read from
   * elsewhere, the root must hold its files other than `index/`, `filter/` and `fragment/`.
   */
  dir?: string | undefined;
  /** Each page's sort values, by its page number in the part (the order the feed sent it). */
  sortValues: Record<string, string>[];
  /**
   * A folder for the part's word chunks decompressed (`<name>.cbor`, the CBOR after Pagefind's
   * signature), read instead of the chunk when there and written there when not, for the next
   * merge: the build cache keeps one beside each part it keeps (pagefind-part-cache.ts), since
   * decompressing every kept part's chunks again was a large share of a rebuild's merge
   * (BENCHMARKS.md, round 16).
   */
  plainDir?: string | undefined;
}

interface LoadedPart extends IndexPart {
  dir: string;
  /** Read from elsewhere (IndexPart's `dir`): left as it is. */
  kept: boolean;
  language: string;
  meta: MetaIndex;
  /** Its first page's number in the merged index. */
  offset: number;
  /** Its meta fields' numbers in the merged list, by their number in the part. */
  fields: number[];
}

/** Where each page goes in the merged index: its number there, by its number across the parts in order. */
interface PageOrder {
  numberOf: Int32Array;
  /** The parts' page numbers, in the merged order. */
  pages: Int32Array;
  /** How many pages have a date: they come first. */
  dated: number;
}

/**
 * Merges `parts` (in page order) under `root` into one index in `root`; removes the other parts'
 * folders. One part is rewritten the same way, for its chunk ranges (chunkEnd) and date order.
 * Returns the merged index's pages' sort values, by their number in it, and how many councils got an index of their own.
 * `chunkEntries` sizes the word chunks (chunkEntriesFor the pages unless given: tests make small ones).
 */
export async function mergeIndexParts(
  root: string,
  parts: readonly IndexPart[],
  options: MergeOptions = {},
): Promise<{ pages: number; sortValues: Record<string, string>[]; councils: number }> {
  const { loaded, fields } = await loadParts(root, parts);
  const chunkEntries = options.chunkEntries ?? chunkEntriesFor(loaded.reduce((sum, part) => sum + part.meta[1].length, 0));
  const first = loaded[0];
  if (first === undefined) throw new FormatError('no parts to merge');
  const staging: Staging = {
    index: join(root, 'index.merging'),
    filter: join(root, 'filter.merging'),
    scopes: join(root, 'council.merging'),
  };
  for (const dir of Object.values(staging)) await rm(dir, { recursive: true, force: true });
  try {
    await mkdir(staging.index);
    await mkdir(staging.filter);
    await mkdir(staging.scopes);
    const order = dateOrder(loaded);
    const plan = planFragments(root, loaded, order);
    // The folder made for the fragments, removed if the merge fails (as if never started).
    const made = await mkdir(join(plan.folder, plan.build), { recursive: true });
    const copying = copyFragments(plan);
    copying.catch(() => undefined);
    let chunks: MetaChunk[], filters: [string, string][], scopeCount: number;
    // The chunk cache keeps only this index's chunks, removed while the rest is written.
    let pruning: Promise<void> | undefined;
    // Small chunks, the whole index's and the councils', are compressed on a thread of their own.
    let compressor: ChunkCompressor | null = null;
    try {
      const values = await readFilters(loaded, order);
      const writes = new WriteQueue(WRITES_AT_ONCE);
      const cache = options.chunkCache === undefined ? null : new ChunkCache(options.chunkCache);
      const scopePlan = new ScopePlan(values.get(SCOPE_FILTER) ?? new Map<string, number[]>(), plan.pages.length);
      scopeCount = scopePlan.scopes.length;
      compressor = new ChunkCompressor();
      const scopes = new ScopeWriter(
        scopePlan,
        staging.scopes,
        first.language,
        { writes, cache, compressor },
        { origins: plan.origins, fields, chunkEntries: options.chunkEntries },
      );
      const whole = new ChunkWriter(staging.index, first.language, chunkEntries, { writes, cache, compressor });
      chunks = await mergeWords(loaded, order, whole, scopes);
      const entry = await readEntry(join(root, 'pagefind-entry.json'));
      const kept = await scopes.finish(root, entry, first.language, { version: first.meta[0], fields, pages: plan.pages });
      await writes.all();
      await compressor?.all();
      cache?.keepChunks(kept);
      pruning = cache?.prune();
      pruning?.catch(() => undefined);
      const sorted = sortedFilters(values);
      filters = await writeFilters(sorted, staging.filter, first.language);
      await writeTables(sorted, staging.filter, plan.pages.length);
      await copying;
    } catch (error) {
      await copying.catch(() => undefined);
      if (made !== undefined) await rm(made, { recursive: true, force: true });
      throw error;
    } finally {
      await compressor?.close();
    }
    await moveFragments(plan);
    const pages = plan.pages;
    const meta: MetaIndex = [first.meta[0], pages, chunks, filters, mergeSorts(loaded, order), fields];
    await replace(root, first, staging, meta, pages.length);
    for (const part of loaded) if (!part.kept && part.dir !== root) await rm(part.dir, { recursive: true, force: true });
    await pruning;
    const recorded = loaded.flatMap((part) => part.sortValues);
    return { pages: pages.length, sortValues: Array.from(order.pages, (page) => recorded[page] ?? {}), councils: scopeCount };
  } finally {
    for (const dir of Object.values(staging)) await rm(dir, { recursive: true, force: true });
  }
}

/** Where the merged files are written before they replace the index's: its word chunks, filters and councils' indexes. */
interface Staging {
  index: string;
  filter: string;
  scopes: string;
}

/** Reads and checks every part's metadata; `fields` are the merged index's meta fields, in Pagefind's order. */
async function loadParts(root: string, parts: readonly IndexPart[]): Promise<{ loaded: LoadedPart[]; fields: string[] }> {
  const loaded: LoadedPart[] = [];
  let offset = 0;
  const names = new Set<string>();
  for (const part of parts) {
    const dir = part.dir ?? join(root, part.folder);
    const entry = await readEntry(join(dir, 'pagefind-entry.json'));
    const languages = Object.keys(entry.languages);
    const [language] = languages;
    if (language === undefined || languages.length > 1) throw new FormatError(`${dir}: one language expected, found ${languages.length}`);
    const metaName = join(dir, `pagefind.${entry.languages[language]?.hash}.pf_meta`);
    const meta = asMetaIndex(decodeFile(await readFile(metaName), metaName), metaName);
    if (meta[1].length !== part.sortValues.length)
      throw new FormatError(`${dir}: ${meta[1].length} pages indexed, ${part.sortValues.length} sent`);
    checkSorts(meta, part.sortValues, dir);
    for (const field of meta[5]) names.add(field);
    loaded.push({ ...part, dir, kept: part.dir !== undefined, language, meta, offset, fields: [] });
    offset += meta[1].length;
  }
  if (new Set(loaded.map((part) => part.language)).size > 1) throw new FormatError('the parts are in different languages');
  const fields = [...names].sort(compareWords);
  for (const part of loaded) part.fields = part.meta[5].map((field) => fields.indexOf(field));
  return { loaded, fields };
}

async function readEntry(file: string): Promise<Entry> {
  let entry: unknown;
  try {
    entry = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new FormatError(`${file}: ${(error as Error).message}`);
  }
  const languages = (entry as Partial<Entry> | null)?.languages;
  if (typeof languages !== 'object' || languages === null || Array.isArray(languages))
    throw new FormatError(`${file}: not a Pagefind entry (no languages)`);
  return entry as Entry;
}

/**
 * The sorted lists must follow the recorded values, or the page numbers do not match; so must
 * the names of an index merged before (a shard's), which say each page's place in date order.
 */
function checkSorts(meta: MetaIndex, sortValues: Record<string, string>[], dir: string): void {
  if (meta[1].some(([name]) => isDateOrdered(name))) {
    const dated = meta[1].map(([name], page) => dateRank(name) === page);
    const dates = sortValues.map((values) => values[DATE_SORT_KEY]);
    const inOrder = dates.every(
      (date, page) =>
        (date !== undefined) === dated[page] && (page === 0 || date === undefined || compareWords(dates[page - 1] ?? '', date) <= 0),
    );
    if (!inOrder) throw new FormatError(`${dir}: the recorded sort values do not follow the pages' date order`);
  }
  for (const [key, pages] of meta[4]) {
    const values = pages.map((page) => sortValues[page]?.[key]);
    if (values.some((value) => value === undefined)) throw new FormatError(`${dir}: sort ${key} lists a page with no recorded value`);
    for (let at = 1; at < values.length; at += 1)
      if (compareWords(values[at - 1] as string, values[at] as string) > 0)
        throw new FormatError(`${dir}: sort ${key} is not in the order of the recorded values`);
  }
}

/** The pages in date order, equal dates (and the undated pages) in the parts' order. */
function dateOrder(parts: readonly LoadedPart[]): PageOrder {
  const total = parts.reduce((sum, part) => sum + part.meta[1].length, 0);
  const dates: (string | undefined)[] = parts.flatMap((part) => part.sortValues.map((values) => values[DATE_SORT_KEY]));
  const all = Array.from({ length: total }, (_, page) => page);
  const dated = all.filter((page) => dates[page] !== undefined);
  // Dates are ISO text, whose code unit order is their order (compareWords makes buffers: slow for 200,000 pages).
  const date = (page: number): string => dates[page] ?? '';
  dated.sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : a - b));
  const pages = Int32Array.from([...dated, ...all.filter((page) => dates[page] === undefined)]);
  const numberOf = new Int32Array(total);
  pages.forEach((page, at) => (numberOf[page] = at));
  return { numberOf, pages, dated: dated.length };
}

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

/** Chunks compressing and being written at once, the whole index's and the councils' together. */
const WRITES_AT_ONCE = 4;

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
async function mergeWords(parts: readonly LoadedPart[], order: PageOrder, whole: ChunkWriter, scopes: ScopeWriter): Promise<MetaChunk[]> {
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

/** Every filter's values with their pages, numbered in the merged index (ascending), by filter. */
async function readFilters(parts: readonly LoadedPart[], order: PageOrder): Promise<Map<string, Map<string, number[]>>> {
  const byFilter = new Map<string, Map<string, number[]>>();
  for (const part of parts) {
    for (const [filter, hash] of part.meta[3]) {
      const name = join(part.dir, 'filter', `${hash}.pf_filter`);
      const [, values] = asFilter(decodeFile(await readFile(name), name), name);
      const merged = byFilter.get(filter) ?? new Map<string, number[]>();
      byFilter.set(filter, merged);
      for (const [value, pages] of values) {
        const list = merged.get(value) ?? [];
        merged.set(value, list);
        for (const page of pages) list.push(order.numberOf[page + part.offset] as number);
      }
    }
  }
  for (const values of byFilter.values()) for (const list of values.values()) list.sort((a, b) => a - b);
  return byFilter;
}

/** Writes each filter's file to `dir`; returns the filters for the metadata. */
async function writeFilters(sorted: readonly FilterIndex[], dir: string, language: string): Promise<[string, string][]> {
  const written: [string, string][] = [];
  for (const [filter, values] of sorted) {
    const { bytes, hash } = encodeFile([filter, values] satisfies FilterIndex);
    const name = uniqueName(language, hash, (candidate) => written.some(([, used]) => used === candidate));
    await writeFile(join(dir, `${name}.pf_filter`), await bytes);
    written.push([filter, name]);
  }
  return written;
}

/** Every filter with its values, each in Pagefind's order (the order both its files and the tables are written in). */
function sortedFilters(byFilter: ReadonlyMap<string, Map<string, number[]>>): FilterIndex[] {
  return [...byFilter.keys()]
    .sort(compareWords)
    .map((filter): FilterIndex => [
      filter,
      [...(byFilter.get(filter) ?? new Map<string, number[]>())].sort(([a], [b]) => compareWords(a, b)),
    ]);
}

/**
 * Writes each filter's table and the manifest that names them (filter-tables.ts) to `dir`: the
 * search page filters and counts with them, not with Pagefind's filter files.
 */
async function writeTables(sorted: readonly FilterIndex[], dir: string, pages: number): Promise<void> {
  const manifest: FilterManifest = { pages, tables: {} };
  for (const [filter, values] of sorted) {
    const text = Buffer.from(tableText(values));
    const name = `${contentHash(text).slice(0, 16)}${TABLE_EXTENSION}`;
    await writeFile(join(dir, name), await compressFile(text));
    manifest.tables[filter] = name;
  }
  await writeFile(join(dir, FILTER_MANIFEST), JSON.stringify(manifest));
}

/**
 * Each sort's lists merged on the recorded values (equal values keep the parts' order), but the
 * date's: the pages' numbers are in date order, and their names say it (search-page-names.ts).
 */
function mergeSorts(parts: readonly LoadedPart[], order: PageOrder): [string, number[]][] {
  const keys = [...new Set(parts.flatMap((part) => part.meta[4].map(([key]) => key)))]
    .filter((key) => key !== DATE_SORT_KEY)
    .sort(compareWords);
  return keys.map((key) => {
    const lists = parts.map((part) => ({ part, pages: part.meta[4].find(([name]) => name === key)?.[1] ?? [], at: 0 }));
    const merged: number[] = [];
    for (;;) {
      let best: (typeof lists)[number] | null = null;
      for (const list of lists) {
        if (list.at >= list.pages.length) continue;
        if (best === null || compareWords(valueAt(list, key), valueAt(best, key)) < 0) best = list;
      }
      if (best === null) break;
      merged.push(order.numberOf[(best.pages[best.at] as number) + best.part.offset] as number);
      best.at += 1;
    }
    return [key, merged];
  });
}

function valueAt(list: { part: LoadedPart; pages: number[]; at: number }, key: string): string {
  return list.part.sortValues[list.pages[list.at] as number]?.[key] ?? '';
}

/** Where each page's fragment goes, and the merged pages in date order. */
interface FragmentPlan {
  /** `fragment/<build>/` below the root. */
  folder: string;
  build: string;
  pages: MetaPage[];
  /** Each page's name as its part gave it (Pagefind's: a hash of its fragment), by its number in the merged index. */
  origins: string[];
  /** The kept parts' fragments, copied. */
  copies: { from: string; to: string }[];
  /** The other parts' fragments, moved. */
  moves: { from: string; to: string }[];
}

/**
 * Every page's fragment goes to `fragment/<build>/`, named after its place in date order
 * (search-page-names.ts). `<build>` is a hash of the fragments' names, which Pagefind takes from
 * their content (a kept part's are linked or copied).
 */
function planFragments(root: string, parts: readonly LoadedPart[], order: PageOrder): FragmentPlan {
  const sources = parts.flatMap((part) => part.meta[1].map((page) => ({ part, page })));
  const inOrder = Array.from(order.pages, (page) => sources[page] as (typeof sources)[number]);
  const build = contentHash(Buffer.from(inOrder.map(({ page }) => page[0]).join('\n'))).slice(0, 8);
  const folder = join(root, 'fragment');
  const plan: FragmentPlan = { folder, build, pages: [], origins: [], copies: [], moves: [] };
  for (const [rank, { part, page }] of inOrder.entries()) {
    const name = pageName(build, rank, rank < order.dated);
    const move = { from: join(part.dir, 'fragment', `${page[0]}.pf_fragment`), to: join(folder, `${name}.pf_fragment`) };
    (part.kept ? plan.copies : plan.moves).push(move);
    plan.pages.push([name, page[1], page[2]]);
    plan.origins.push(page[0]);
  }
  return plan;
}

/** Fragments placed between turns of the event loop, which takes the word chunks read and compressed meanwhile. */
const COPIES_AT_A_TURN = 256;

/**
 * Puts the kept parts' fragments in place (planFragments), COPIES_AT_A_TURN at a time. It starts
 * before the words are merged, since a kept part is never changed; on failure the folder is left
 * for the caller to remove.
 *
 * A fragment is a hard link to the kept part's file where the file system allows it (the build
 * cache is usually on the same one as the site), else a copy: creating a copy of every page's
 * fragment cost the merge more than anything but compressing the word chunks, in the kernel. A
 * link shares the file's content with the cache, which stays as it was because nothing writes
 * into a file of the index once it is written: a build removes the index before it writes a new
 * one (pagefind-feed.ts), and the cache replaces a part by removing its folder.
 *
 * The links are made synchronously, on the merge's own thread: through libuv's threads each was a
 * round trip that cost more CPU than the call itself, and waited in line with the word chunks being
 * compressed (BENCHMARKS.md, round 16).
 */
async function copyFragments(plan: FragmentPlan): Promise<void> {
  for (let at = 0; at < plan.copies.length; at += COPIES_AT_A_TURN) {
    await new Promise((resolve) => setImmediate(resolve));
    for (const { from, to } of plan.copies.slice(at, at + COPIES_AT_A_TURN)) linkOrCopySync(from, to);
  }
}

/**
 * Moves the other parts' fragments (planFragments), once nothing else can fail for a part's
 * format, and removes anything else in `fragment/` (an earlier build's folder).
 */
async function moveFragments(plan: FragmentPlan): Promise<void> {
  for (const { from, to } of plan.moves) await rename(from, to);
  for (const left of await readdir(plan.folder))
    if (left !== plan.build) await rm(join(plan.folder, left), { recursive: true, force: true });
}

/** Puts the merged files in place of the first part's, writes its metadata and entry, and removes the other parts. */
async function replace(root: string, first: LoadedPart, staging: Staging, meta: MetaIndex, pageCount: number): Promise<void> {
  const entryFile = join(root, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as Entry;
  const language = entry.languages[first.language];
  if (language === undefined) throw new FormatError(`${entryFile}: language ${first.language} is missing`);
  const { bytes, hash } = encodeFile(meta);
  const metaHash = `${first.language}_${hash.slice(0, 10)}`;
  await rm(join(root, `pagefind.${language.hash}.pf_meta`), { force: true });
  await writeFile(join(root, `pagefind.${metaHash}.pf_meta`), await bytes);
  for (const [kind, folder] of [
    ['index', 'index'],
    ['filter', 'filter'],
    ['scopes', SCOPES_FOLDER],
  ] as const) {
    await rm(join(root, folder), { recursive: true, force: true });
    await rename(staging[kind], join(root, folder));
  }
  entry.languages[first.language] = { ...language, hash: metaHash, page_count: pageCount };
  await writeFile(entryFile, JSON.stringify(entry));
}
