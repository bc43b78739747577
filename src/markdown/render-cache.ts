/**
 * Record text rendered by an earlier build, reused when it would render the same (issue 16, goal 3:
 * after importing one meeting, a rebuild renders only what changed; rendering record Markdown is
 * most of the time a page takes).
 *
 * A block's HTML depends on three things: its Markdown, where it stands (`here`: council,
 * committee, page, meeting date) and what it looked up in the link index (`linkTable` in
 * link-context.ts: the meetings of a date, the people whose name starts with a word, …). A build
 * with a cache open records, for every block it renders, those lookups and a digest of what each
 * gave. The next build reuses the HTML of a block with the same Markdown and `here` only when every
 * recorded lookup gives the same again in its index. The renderer is a pure function of these
 * inputs, so the same reads mean the same HTML: a new meeting on a date some minutes mention, or
 * a person's new alias, changes exactly the blocks that looked it up. Different code (another
 * commit, packages, Node) makes another `version`, and nothing is reused.
 *
 * On disk (a folder of the build cache): `blocks-<id>.bin`, one JSON line `[key, html, reads]` per
 * block, and `index.json`, naming that file and where each block's line is. A build appends the
 * blocks it renders to the previous build's blocks file, where the blocks it keeps stay, or to a new
 * file once most of the old one is out of use (src/model/cache-file.ts), and replaces `index.json`
 * last, in one rename, so an interrupted build leaves the previous cache whole.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_INDEX, CacheFile, previousFile, readPlace, type PreviousFile } from '../model/cache-file.ts';
import type { LinkContext } from './link-context.ts';
import { blockLine, renderRecorded, type LinedBlock, type LinkRead, type RecordedBlock } from './recorded-render.ts';
import { currentPageReads, digestOf } from '../model/page-reads.ts';
import { noteLinkRead } from '../site/traced-archive.ts';
import { processGlobal } from '../model/process-global.ts';

export type { LinkRead };

/**
 * Where each block's line is in the blocks file, compactly (an archive of 100,000 meetings has about
 * 1.7 million blocks): the keys, all KEY_LENGTH characters long, sorted and joined into one string,
 * and each key's byte offset and length at the same place in two lists.
 */
interface IndexFile {
  version: string;
  blocks: string;
  keys: string;
  offsets: number[];
  lengths: number[];
}

/** How many blocks a build rendered and how many it took from the previous build. */
export interface RenderCacheCounts {
  rendered: number;
  reused: number;
}

/** Characters of a key: 16 bytes of SHA-256 in base64url. */
const KEY_LENGTH = 22;

/** The key of a block: its Markdown and where it stands. */
function blockKey(markdown: string, here: LinkContext['here']): string {
  const where = JSON.stringify([here.council, here.committee, here.url ?? null, here.date ?? null]);
  return createHash('sha256').update(where).update('\0').update(markdown).digest().subarray(0, 16).toString('base64url');
}

/** The place of `key` among the sorted keys joined in `keys`, or -1. */
function findKey(keys: string, key: string): number {
  let low = 0;
  let high = keys.length / KEY_LENGTH - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = keys.slice(middle * KEY_LENGTH, (middle + 1) * KEY_LENGTH);
    if (found === key) return middle;
    if (found < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Notes a block's lookups and key on the page being rendered (src/model/page-reads.ts): its HTML depends on them. */
function notePage(key: string, reads: LinkRead[]): void {
  const page = currentPageReads();
  if (page === undefined) return;
  page.blocks.add(key);
  for (const [table, at, digest] of reads) noteLinkRead(table, at, digest);
}

/**
 * How a block is rendered, given by the renderer's own module: the cache is opened by the build's
 * integration, whose copy of the link plugins' modules is not the pages' (Vite bundles the pages).
 */
export interface BlockRenderer {
  /** Renders the block afresh; `context` notes the lookups. */
  fresh: (context: LinkContext) => string;
  /** What a link table holds at a key now (readLinkTable). */
  read: (context: LinkContext, table: string, key: string | number) => unknown;
}

function stillTrue(reads: LinkRead[], context: LinkContext, renderer: BlockRenderer): boolean {
  return reads.every(([table, key, digest]) => digestOf(renderer.read(context, table, key)) === digest);
}

/** A line of the blocks file, or null when it is not one (a damaged cache is a miss, never an error). */
function parseLine(line: Buffer): [string, string, LinkRead[]] | null {
  try {
    const block: unknown = JSON.parse(line.toString('utf8'));
    return Array.isArray(block) && block.length === 3 ? (block as [string, string, LinkRead[]]) : null;
  } catch {
    return null;
  }
}

/** The previous build's blocks, read one line at a time. */
class PreviousBlocks {
  private readonly fd: number;
  private readonly index: IndexFile;

  constructor(folder: string, index: IndexFile) {
    this.index = index;
    this.fd = openSync(join(folder, index.blocks), 'r');
  }

  /** The block's line, or null when the previous build had no such block. */
  line(key: string): Buffer | null {
    const place = this.place(key);
    if (place === null) return null;
    return readPlace(this.fd, place);
  }

  /** Where the block's line is in the previous blocks file, or null. */
  place(key: string): { offset: number; length: number } | null {
    const at = findKey(this.index.keys, key);
    if (at === -1) return null;
    return { offset: this.index.offsets[at] ?? 0, length: this.index.lengths[at] ?? 0 };
  }

  /**
   * The lines of `keys` (present ones), read in file order a few megabytes at a time: a rebuild
   * keeps most blocks, and one read per block cost more than the copying.
   */
  *lines(keys: Iterable<string>): Generator<[string, Buffer]> {
    const places = [...keys].flatMap((key) => {
      const place = this.place(key);
      return place === null ? [] : [{ key, ...place }];
    });
    places.sort((a, b) => a.offset - b.offset);
    let chunk = Buffer.alloc(0);
    let chunkStart = 0;
    for (const { key, offset, length } of places) {
      if (offset < chunkStart || offset + length > chunkStart + chunk.length) {
        chunkStart = offset;
        chunk = Buffer.alloc(Math.max(length, READ_BYTES));
        chunk = chunk.subarray(0, readSync(this.fd, chunk, 0, chunk.length, offset));
      }
      yield [key, Buffer.from(chunk.subarray(offset - chunkStart, offset - chunkStart + length))];
    }
  }

  /** The blocks file, and how many of its bytes the index names (cache-file.ts continues it while most are). */
  file(): PreviousFile {
    return previousFile(this.index.blocks, this.index.lengths);
  }

  /** Calls `each` with every block of the index in key order, and its place, for which `wanted` is true. */
  eachPlace(wanted: (key: string) => boolean, each: (key: string, offset: number, length: number) => void): void {
    const { keys, offsets, lengths } = this.index;
    for (let at = 0; at * KEY_LENGTH < keys.length; at += 1) {
      const key = keys.slice(at * KEY_LENGTH, (at + 1) * KEY_LENGTH);
      if (wanted(key)) each(key, offsets[at] ?? 0, lengths[at] ?? 0);
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  static open(folder: string, version: string): PreviousBlocks | null {
    try {
      const index = JSON.parse(readFileSync(join(folder, CACHE_INDEX), 'utf8')) as IndexFile;
      return index.version === version ? new PreviousBlocks(folder, index) : null;
    } catch {
      // No cache yet, or one this code cannot read: render everything.
      return null;
    }
  }
}

const READ_BYTES = 8 << 20;

export class RenderCache {
  readonly counts: RenderCacheCounts = { rendered: 0, reused: 0 };
  private readonly file: CacheFile;
  /** This build's blocks: key → [offset, length] in its blocks file. */
  private readonly entries = new Map<string, [number, number]>();
  /** Blocks of pages sent whole (keep): when the build commits, noted where they are in the file it continues, or copied into its new one. */
  private readonly kept = new Set<string>();
  /** Blocks being rendered elsewhere (renderVia), by key. */
  private readonly rendering = new Map<string, Promise<LinedBlock>>();

  private readonly version: string;
  private readonly previous: PreviousBlocks | null;

  private constructor(folder: string, version: string, previous: PreviousBlocks | null) {
    this.version = version;
    this.previous = previous;
    this.file = new CacheFile(folder, 'blocks', previous?.file() ?? null);
  }

  /**
   * Opens the cache in `folder` for a build of code `version`. With `reuse` false (a build from
   * nothing) the previous blocks are not read, only replaced.
   */
  static open(folder: string, version: string, { reuse }: { reuse: boolean }): RenderCache {
    const previous = reuse ? PreviousBlocks.open(folder, version) : null;
    return new RenderCache(folder, version, previous);
  }

  /** The block's HTML: the previous build's if still right, else `fresh`'s, recorded for the next build. */
  render(markdown: string, context: LinkContext, renderer: BlockRenderer): string {
    const key = blockKey(markdown, context.here);
    const reused = this.reuse(key, context, renderer);
    if (reused !== null) return reused;
    return this.rendered(key, renderRecorded(context, renderer.fresh));
  }

  /**
   * As `render`, but a block the previous build did not leave right is rendered by `elsewhere`
   * (the render pool, given the context's link lists): one render for the calls waiting on the
   * same block at once.
   */
  async renderVia(
    markdown: string,
    context: LinkContext,
    renderer: BlockRenderer,
    elsewhere: (links: LinkContext, key: string) => Promise<LinedBlock>,
  ): Promise<string> {
    const key = blockKey(markdown, context.here);
    const reused = this.reuse(key, context, renderer);
    if (reused !== null) return reused;
    let rendering = this.rendering.get(key);
    if (rendering === undefined) {
      rendering = elsewhere(context, key).finally(() => this.rendering.delete(key));
      this.rendering.set(key, rendering);
    }
    return this.rendered(key, await rendering);
  }

  /**
   * Counts a block rendered, keeps it (once) for the next build and notes it on the page; its line is
   * the one made where it was rendered, when a worker made it.
   */
  private rendered(key: string, block: RecordedBlock | LinedBlock): string {
    this.counts.rendered += 1;
    if (!this.entries.has(key)) {
      const line = 'line' in block ? block.line : blockLine(key, block);
      this.append(key, Buffer.from(line.buffer, line.byteOffset, line.byteLength));
    }
    notePage(key, block.reads);
    return block.html;
  }

  private reuse(key: string, context: LinkContext, renderer: BlockRenderer): string | null {
    const line = this.previous?.line(key) ?? null;
    if (line === null) return null;
    const block = parseLine(line);
    if (block === null) return null;
    const [stored, html, reads] = block;
    if (stored !== key || !stillTrue(reads, context, renderer)) return null;
    this.counts.reused += 1;
    if (!this.entries.has(key)) this.keepLine(key, line);
    notePage(key, reads);
    return html;
  }

  /**
   * Keeps the previous build's blocks of a page this build did not render (src/site/page-cache.ts
   * reused it), so that a later build that renders it again finds them.
   */
  keep(keys: Iterable<string>): void {
    for (const key of keys) this.kept.add(key);
  }

  private append(key: string, line: Buffer): void {
    const { offset, length } = this.file.append(line);
    this.entries.set(key, [offset, length]);
  }

  /** Keeps a previous build's block: where it is, in the file this build continues, else a copy. */
  private keepLine(key: string, line: Buffer): void {
    const place = this.file.continued ? (this.previous?.place(key) ?? null) : null;
    if (place === null) this.append(key, line);
    else this.entries.set(key, [place.offset, place.length]);
  }

  /** Ends a build that finished: its blocks become the cache, and the previous ones are deleted. */
  commit(): void {
    const { keys, offsets, lengths } = this.file.continued && this.previous !== null ? this.continuedIndex(this.previous) : this.newIndex();
    this.previous?.close();
    const index: IndexFile = { version: this.version, blocks: this.file.name, keys: keys.join(''), offsets, lengths };
    this.file.commit(index);
  }

  /** Ends a build that failed: the previous cache stays as it was. */
  abandon(): void {
    this.previous?.close();
    this.file.abandon();
  }

  /** The index of a new blocks file: the kept blocks copied into it, every key sorted. */
  private newIndex(): IndexColumns {
    const kept = [...this.kept].filter((key) => !this.entries.has(key));
    for (const [key, line] of this.previous?.lines(kept) ?? []) this.append(key, line);
    const index = indexColumns();
    for (const key of [...this.entries.keys()].sort()) index.add(key, ...(this.entries.get(key) ?? [0, 0]));
    return index;
  }

  /**
   * The index of the blocks file continued: the previous index's blocks this build used, where they
   * are, merged with those it added (few, after an import), in key order. A rebuild keeps nearly
   * every block: the previous index is read once, in its order, and nothing is sorted but the added blocks.
   */
  private continuedIndex(previous: PreviousBlocks): IndexColumns {
    const index = indexColumns();
    const added = [...this.entries].filter(([key]) => previous.place(key) === null).sort(([a], [b]) => (a < b ? -1 : 1));
    let next = 0;
    const addUpTo = (key: string | null) => {
      for (let block = added[next]; block !== undefined && (key === null || block[0] < key); block = added[++next])
        index.add(block[0], ...block[1]);
    };
    previous.eachPlace(
      (key) => this.kept.has(key) || this.entries.has(key),
      (key, offset, length) => {
        addUpTo(key);
        index.add(key, ...(this.entries.get(key) ?? [offset, length]));
      },
    );
    addUpTo(null);
    return index;
  }
}

/** An index's blocks in key order, a column per field, as the index file keeps them. */
interface IndexColumns {
  keys: string[];
  offsets: number[];
  lengths: number[];
  add(key: string, offset: number, length: number): void;
}

function indexColumns(): IndexColumns {
  const columns: IndexColumns = {
    keys: [],
    offsets: [],
    lengths: [],
    add: (key, offset, length) => {
      columns.keys.push(key);
      columns.offsets.push(offset);
      columns.lengths.push(length);
    },
  };
  return columns;
}

const shared = processGlobal<RenderCache>('render-cache');

/** Makes `cache` the one renderMarkdown uses (the build's integration opens it; pages meet it through a process global). */
export function openRenderCache(cache: RenderCache): void {
  shared.set(cache);
}

export function currentRenderCache(): RenderCache | undefined {
  return shared.get();
}

export function closeRenderCache(): void {
  shared.set(undefined);
}
