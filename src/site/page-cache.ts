/**
 * Pages rendered by an earlier build, reused when they would render the same (issue 16, goal 3:
 * after importing one meeting, a rebuild renders only the pages that show something of it).
 *
 * A page's output depends on the code and the build's settings (the cache's `version`), its address,
 * its props, and what it read of the archive and of the link index (src/model/page-reads.ts). A build
 * with the cache open keeps each page's output with a digest of its props and its reads; the next
 * build sends a page's kept output instead of rendering it when its props have the same digest and
 * every read gives the same again (`holds`: src/site/traced-archive.ts's ReadCheck). So a page that
 * lists a committee's meetings is rendered again when that committee gains one, and a meeting page
 * when its neighbours, its people's pages or the meetings its minutes name change.
 *
 * On disk (a folder of the build cache): `pages-<id>.bin`, each page a 4-byte length, a JSON header
 * (its address, props digest, content type, the numbers of its reads, text blocks, its output's
 * length, its searchDigest and SearchFacts) and its output; and `index.json`: that file's name, where
 * each page is in it, and the table of reads the pages name by number (src/site/read-table.ts). A build
 * appends the pages it renders to the previous build's pages file, where the pages it keeps stay,
 * or to a new file once most of the old one is out of use (src/model/cache-file.ts), and replaces
 * `index.json` last, in one rename, so an interrupted build leaves the previous cache whole; a
 * damaged record is a miss.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CACHE_INDEX,
  CacheFile,
  keptBytes,
  previousFile,
  readPlace,
  type KeptBytes,
  type PreviousFile,
  type RecordPlace,
} from '../model/cache-file.ts';
import { searchDigest } from '../model/search-digest.ts';
import { searchFacts, type SearchFacts } from '../components/search/pagefind-record.ts';
import type { PageReads } from '../model/page-reads.ts';
import { processGlobal } from '../model/process-global.ts';
import type { OutputFolder } from './output-folder.ts';
import { ReadTable, type ReadsNow, type StoredReads } from './read-table.ts';

export type { ReadsNow } from './read-table.ts';

/** What the pages file says of a page besides its output; its reads by their numbers in the read table. */
type Fields = [path: string, props: string, contentType: string, reads: number[], blocks: string[]];

/**
 * A page's header in the pages file: its fields, its output's length (a record cut short is a miss)
 * and, for HTML, its searchDigest and SearchFacts (null for a page search does not index).
 */
type Header = [...Fields, bytes: number, digest: string | null, facts: SearchFacts | null];

/** What search reads of a kept HTML page, which the Pagefind feed is given with it: null for other files. */
export interface KeptSearch {
  digest: string;
  facts: SearchFacts | null;
}

/** What search reads of a page just rendered, with its text, which the feed then need not decode again. */
export interface RenderedSearch extends KeptSearch {
  html: string;
}

interface IndexFile extends StoredReads {
  version: string;
  pages: string;
  paths: string[];
  offsets: number[];
  lengths: number[];
}

/** A page the previous build rendered that this build can send as it is. */
export interface KeptPage {
  contentType: string;
  /** Its output, read from the pages file if asked for while the build runs. */
  body: KeptBytes;
  /** The record text blocks it shows (the render cache keeps them). */
  blocks: string[];
  /** Its searchDigest and SearchFacts, as `keep` gave them when the page was rendered; null unless it is HTML. */
  search: KeptSearch | null;
}

/** How many pages a build rendered and how many it took from the previous build. */
export interface PageCacheCounts {
  rendered: number;
  reused: number;
}

/** What is kept: pages (and endpoints' files), the files the build writes beside them, and data table rows. */
export type KeptKind = 'page' | 'file' | 'rows';

function encodeRecord(header: Header, body: Buffer): Buffer {
  const head = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  return Buffer.concat([length, head, body]);
}

function record(fields: Fields, body: Buffer): { bytes: Buffer; search: RenderedSearch | null } {
  // Only pages go to search: feeds, calendars and table rows need none.
  const html = fields[2].includes('text/html') ? body.toString('utf8') : null;
  const search = html === null ? null : { digest: searchDigest(body), facts: searchFacts(html), html };
  return { bytes: encodeRecord([...fields, body.length, search?.digest ?? null, search?.facts ?? null], body), search };
}

/** SearchFacts as the header keeps them, or null. */
function isFacts(value: unknown): value is SearchFacts | null {
  if (value === null) return true;
  const facts = value as Partial<SearchFacts>;
  return typeof value === 'object' && typeof facts.length === 'number' && typeof facts.sortValues === 'object' && facts.sortValues !== null;
}

/** A record's header (`bytes`, JSON), if it is one for a body of `bodyLength` bytes. */
function parseHeader(bytes: Buffer, bodyLength: number): Header | null {
  try {
    const header: unknown = JSON.parse(bytes.toString('utf8'));
    const ok = Array.isArray(header) && header.length === 8 && header[5] === bodyLength && Array.isArray(header[3]);
    if (!ok || (typeof header[6] !== 'string' && header[6] !== null) || !isFacts(header[7])) return null;
    return header as Header;
  } catch {
    return null;
  }
}

/** Bytes read first of a record: its length and header (and of most pages, no more). */
const HEAD_BYTES = 4096;

/** The previous build's pages, read one at a time. */
class PreviousPages {
  private readonly fd: number;
  /** The pages file's length as the build opened it: a record past it is a miss (the file was cut short). */
  private readonly size: number;
  private closed = false;
  private readonly places = new Map<string, number>();
  private readonly index: IndexFile;
  /** The reads its pages name. */
  readonly reads: ReadTable;

  constructor(folder: string, index: IndexFile, reads: ReadTable) {
    this.index = index;
    this.reads = reads;
    this.fd = openSync(join(folder, index.pages), 'r');
    this.size = fstatSync(this.fd).size;
    index.paths.forEach((path, at) => this.places.set(path, at));
  }

  /** Where the page's record is in the pages file, or null when the previous build had no such page. */
  place(path: string): { offset: number; length: number } | null {
    const at = this.places.get(path);
    if (at === undefined) return null;
    return { offset: this.index.offsets[at] ?? 0, length: this.index.lengths[at] ?? 0 };
  }

  /**
   * The header of the record at `place`, and where its body is, with its bytes if the first read
   * took them in (a small record: a feed; any record if `whole`, for a body that is read at once);
   * null when the record is damaged or cut short.
   */
  head(place: RecordPlace, whole = false): { header: Header; body: RecordPlace; bodyBytes: Buffer | null } | null {
    if (place.offset + place.length > this.size || place.length < 4) return null;
    let bytes = this.read({ offset: place.offset, length: whole ? place.length : Math.min(place.length, HEAD_BYTES) });
    if (bytes.length < 4) return null;
    const bodyStart = 4 + bytes.readUInt32LE(0);
    if (bodyStart > place.length) return null;
    if (bodyStart > bytes.length) bytes = this.read({ offset: place.offset, length: bodyStart });
    const body = { offset: place.offset + bodyStart, length: place.length - bodyStart };
    const header = parseHeader(bytes.subarray(4, bodyStart), body.length);
    const bodyBytes = bytes.length === place.length ? bytes.subarray(bodyStart) : null;
    return header === null ? null : { header, body, bodyBytes };
  }

  read(place: RecordPlace): Buffer {
    // A kept page's output is read when it is needed (KeptBytes), which must be before the build ends.
    if (this.closed) throw new Error("The page cache read a kept page after the build's cache was committed: read it before.");
    return readPlace(this.fd, place);
  }

  /** The pages file, and how many of its bytes the index names (cache-file.ts continues it while most are). */
  file(): PreviousFile {
    return previousFile(this.index.pages, this.index.lengths);
  }

  close(): void {
    this.closed = true;
    closeSync(this.fd);
  }

  static open(folder: string, version: string): PreviousPages | null {
    try {
      const index = JSON.parse(readFileSync(join(folder, CACHE_INDEX), 'utf8')) as IndexFile;
      const reads = ReadTable.from(index);
      return index.version === version && reads !== null ? new PreviousPages(folder, index, reads) : null;
    } catch {
      // No cache yet, or one this code cannot read: render every page.
      return null;
    }
  }
}

/** Where the build writes its output: the folder, and the base path its addresses start with. */
export interface BuildOutput {
  folder: OutputFolder;
  base: string;
}

/**
 * The file Astro writes for `pathname` (`/scrutiny/meetings/x/` → `meetings/x/index.html` under base
 * `/scrutiny/`; an endpoint's `/scrutiny/data/meetings.json` → `data/meetings.json`), relative to the
 * output folder, for a build whose addresses end with a slash (astro.config.mjs).
 */
export function outputFileOf(pathname: string, base: string): string {
  const path = decodeURI(pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, ''));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export class PageCache {
  readonly counts: Record<KeptKind, PageCacheCounts> = {
    page: { rendered: 0, reused: 0 },
    file: { rendered: 0, reused: 0 },
    rows: { rendered: 0, reused: 0 },
  };
  /** Why kept pages were rendered again: the first read that changed (or "props"), and for how many pages. */
  readonly changes = new Map<string, number>();
  /** Pages checked before Astro rendered them and found changed (src/integrations/kept-pages.ts): not checked again. */
  private readonly checked = new Set<string>();
  private readonly file: CacheFile;
  /** The reads this build's pages name: the previous build's table while its pages file is continued. */
  private readonly reads: ReadTable;
  /** This build's pages, where each is in its pages file. */
  private readonly paths: string[] = [];
  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];

  private readonly version: string;
  private readonly previous: PreviousPages | null;
  /** Where a kept page is written when it is sent (page-cache-middleware.ts); null: it is returned. */
  readonly output: BuildOutput | null;

  private constructor(folder: string, version: string, previous: PreviousPages | null, output: BuildOutput | null) {
    this.version = version;
    this.previous = previous;
    this.output = output;
    this.file = new CacheFile(folder, 'pages', previous?.file() ?? null);
    this.reads = this.file.continued && previous !== null ? previous.reads : new ReadTable();
  }

  /** Opens the cache in `folder` for builds of `version` (the code and settings); with `reuse` false nothing is read, only replaced. */
  static open(folder: string, version: string, { reuse, output = null }: { reuse: boolean; output?: BuildOutput | null }): PageCache {
    const previous = reuse ? PreviousPages.open(folder, version) : null;
    return new PageCache(folder, version, previous, output);
  }

  /**
   * The previous build's output for `path`, if its props had digest `props` and each of its reads
   * `reads.holds` now, and its body is one `usable` (if given) can read (a damaged body is a miss, never
   * kept again); kept again for the next build. Null means: render the page.
   */
  reuse(kind: KeptKind, path: string, props: string, reads: ReadsNow, usable?: (body: Buffer) => boolean): KeptPage | null {
    const previous = this.previous;
    const place = previous?.place(path) ?? null;
    if (previous === null || place === null) return null;
    // A body `usable` reads (a data table's rows, most longer than HEAD_BYTES) is read with its header, in one read.
    const head = previous.head(place, usable !== undefined);
    if (head === null) return null;
    const [stored, storedProps, contentType, kept, blocks, , digest, facts] = head.header;
    const body = keptBytes(head.body.length, () => head.bodyBytes ?? previous.read(head.body));
    if (stored !== path || (usable !== undefined && !usable(body.read()))) return null;
    const table = previous.reads;
    const changedAt = storedProps === props ? kept.find((at) => !table.holds(at, reads)) : undefined;
    const changed = storedProps !== props ? 'props' : changedAt === undefined ? undefined : table.key(changedAt);
    if (changed !== undefined) {
      this.changes.set(changed, (this.changes.get(changed) ?? 0) + 1);
      return null;
    }
    // In the file this build continues, the record stays where it is; in a new file, its reads are numbered anew.
    if (this.file.continued) this.place(path, place);
    else {
      const header: Header = [...head.header];
      header[3] = this.reads.renumber(kept, table);
      this.place(path, this.file.append(encodeRecord(header, body.read())));
    }
    this.counts[kind].reused += 1;
    return { contentType, body, blocks, search: digest === null ? null : { digest, facts } };
  }

  /** Notes that `path` was checked (by `reuse`) and must be rendered. */
  noteChecked(path: string): void {
    this.checked.add(path);
  }

  /** True, once, if `path` was checked already (noteChecked). */
  takeChecked(path: string): boolean {
    return this.checked.delete(path);
  }

  /** Keeps a page this build rendered, with what it read, for the next build; returns what search reads of it (null unless it is HTML). */
  keep(kind: KeptKind, path: string, props: string, reads: PageReads, contentType: string, body: Buffer): RenderedSearch | null {
    const numbers = [...reads.reads].map(([key, digest]) => this.reads.number(key, digest));
    const { bytes, search } = record([path, props, contentType, numbers, [...reads.blocks]], body);
    this.place(path, this.file.append(bytes));
    this.counts[kind].rendered += 1;
    return search;
  }

  /** Notes where this build's record of `path` is in its pages file. */
  private place(path: string, { offset, length }: { offset: number; length: number }): void {
    this.paths.push(path);
    this.offsets.push(offset);
    this.lengths.push(length);
  }

  /** Ends a build that finished: its pages become the cache, and the previous ones are deleted. */
  commit(): void {
    this.previous?.close();
    const index: IndexFile = {
      version: this.version,
      pages: this.file.name,
      paths: this.paths,
      offsets: this.offsets,
      lengths: this.lengths,
      ...this.reads.stored(),
    };
    this.file.commit(index);
  }

  /** Ends a build that failed: the previous cache stays as it was. */
  abandon(): void {
    this.previous?.close();
    this.file.abandon();
  }
}

const shared = processGlobal<PageCache>('page-cache');

/** Makes `cache` the one the pages' middleware uses (the build's integration opens it; they meet through a process global). */
export function openPageCache(cache: PageCache | undefined): void {
  shared.set(cache);
}

export function currentPageCache(): PageCache | undefined {
  return shared.get();
}
