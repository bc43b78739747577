/**
 * Hands each page to Pagefind as Astro renders it, so that Pagefind (a separate process)
 * indexes on the machine's other core while Astro renders on one, instead of reading the
 * whole output again after the build.
 *
 * Pagefind holds everything it indexes in memory until it writes the index, and writing peaks at
 * about four times that (it copies every page and builds the whole index in memory first): about
 * 85 bytes per indexed word while pages come in, about 320 at the peak of writing, so 7 GB for the
 * 20,000 pages of 10,000 meetings in one index (BENCHMARKS.md, "Memory (issue 16, goal 1)"). So the
 * feed indexes in parts of at most `partBytes` of page HTML (and `pagesPerPart` pages), each
 * written and dropped when full (the first in `pagefind/`, the others in `pagefind/part-2/`, …),
 * and when the last is written merges them on disk into one index (src/model/pagefind-merge.ts),
 * which searches as if Pagefind had indexed every page at once. A single part is rewritten the
 * same way, for word chunks whose ranges take in their words (chunkEnd in
 * src/model/pagefind-format.ts). If the merge cannot read a part, the
 * parts stay, `parts.json` lists them, and the search page merges them in the browser
 * (Pagefind's mergeIndex), which sorts by date within each part only.
 *
 * Only pages with `data-pagefind-body` go to Pagefind: it would drop the others (lists) anyway,
 * once it has seen one page with it, and then the pages sent are exactly the pages numbered in
 * its index, whose sort values the merge needs (`sortValuesIn`).
 *
 * Pagefind numbers pages in the order they reach it, and that order is in its index files, so
 * pages are handed on in the order Astro starts rendering them (its list of paths, a fixed order),
 * not the order they finish: the prerenderer (ordered-prerenderer.ts) reserves each page's place
 * when its render starts, and a page that finishes early waits (only as long as the pages started
 * before it are still rendering) until every earlier one is in. Two builds of the same content
 * then give the same index, byte for byte, in one part or several.
 *
 * The integration opens the feed when a build starts; the middleware sends it every HTML
 * page. Both run in the build's process and meet through a global: a module-level value
 * would be duplicated, because the middleware is bundled into the build's own chunks.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { sortValuesIn } from '../components/search/pagefind-record.ts';
import { FormatError } from '../model/pagefind-format.ts';
import { mergeIndexParts, SORT_VALUES_FILE, type IndexPart } from '../model/pagefind-merge.ts';

export interface FeedOptions {
  /** Starts a Pagefind index. */
  createIndex: () => Promise<PagefindIndex>;
  /** The site's base path, e.g. `/` or `/scrutiny/`. */
  base: string;
  /** The build's output folder; the index goes to its `pagefind/` folder. */
  outDir: string;
  /** Pages per part of the index. */
  pagesPerPart: number;
  /** Page HTML per part of the index, in UTF-16 code units (string length). */
  partBytes: number;
  /** Write every page's sort values beside the index (SORT_VALUES_FILE), for a shard's assembler. */
  keepSortValues?: boolean;
}

interface Part {
  index: Promise<PagefindIndex>;
  pages: number;
  bytes: number;
  pending: Promise<void>[];
  /** Each page's sort values, in the order sent (Pagefind's page numbers in the part). */
  sortValues: Record<string, string>[];
}

/** How the index was written: its parts, and whether they were merged into one (else why not). */
export interface FeedOutcome {
  /** Pages sent to Pagefind: those with record text (`data-pagefind-body`), not the lists. */
  indexed: number;
  parts: number;
  merged: boolean;
  /** Why the parts were left unmerged, or null. */
  refusal: string | null;
  /** How long merging the parts (or rewriting the one part) took. */
  mergeSeconds: number;
}

/** A page Pagefind indexes: one with `data-pagefind-body` on an element. */
const BODY_MARKER = /<[a-z][^>]*\sdata-pagefind-body[\s>=/]/i;

/** A page's place in the order pages go to Pagefind. */
interface Slot {
  pathname: string;
  /** The page's HTML once rendered; null until then, or when it is not an HTML page. */
  html: string | null;
  /** True once the render is over (with or without HTML). */
  settled: boolean;
}

export class PagefindFeed {
  readonly options: FeedOptions;
  /** Pages sent to the feed. */
  pages = 0;
  private readonly errors: string[] = [];
  private part: Part | null = null;
  private readonly written: Promise<IndexPart>[] = [];
  /** Reserved places, in render-start order, from the first not yet sent to Pagefind. */
  private readonly queue: Slot[] = [];
  /** The open (unsettled) reservation of each path. */
  private readonly open = new Map<string, Slot>();
  /** Pages that came without a reservation: sent in path order when the feed finishes. */
  private readonly unordered: [string, string][] = [];

  constructor(options: FeedOptions) {
    this.options = options;
  }

  /** Keeps a page's place in the order, as its render starts. */
  reserve(pathname: string): void {
    const slot: Slot = { pathname, html: null, settled: false };
    this.queue.push(slot);
    this.open.set(pathname, slot);
  }

  /** The page's render is over: pages held behind it go to Pagefind. */
  settle(pathname: string): void {
    const slot = this.open.get(pathname);
    if (slot === undefined) return;
    this.open.delete(pathname);
    slot.settled = true;
    this.release();
  }

  /** Takes one rendered page; it goes to Pagefind once every page started before it is in. */
  add(pathname: string, html: string): void {
    this.pages += 1;
    const slot = this.open.get(pathname);
    if (slot === undefined) this.unordered.push([pathname, html]);
    else slot.html = html;
  }

  /** Sends the pages at the head of the queue whose renders are over. */
  private release(): void {
    while (this.queue[0]?.settled === true) {
      const slot = this.queue.shift();
      if (slot?.html != null) this.send(slot.pathname, slot.html);
    }
  }

  /**
   * Sends one page; Pagefind's answer is collected, not awaited, so rendering goes on. Pagefind
   * keeps up: at most 24 pages were ever unanswered in a 10,000-meeting build. Its service answers
   * one message at a time, so while it writes a part, pages rendered meanwhile wait in its input
   * (up to 3,400 pages, about 85 MB, with parts of 3,500 pages); holding rendering back instead
   * would save that and lose the overlap of writing with rendering.
   */
  private send(pathname: string, html: string): void {
    if (!BODY_MARKER.test(html)) return;
    const full = this.part !== null && (this.part.pages >= this.options.pagesPerPart || this.part.bytes >= this.options.partBytes);
    if (full) this.closePart();
    this.part ??= { index: this.options.createIndex(), pages: 0, bytes: 0, pending: [], sortValues: [] };
    const sourcePath = sourcePathOf(pathname, this.options.base);
    const added = this.part.index.then((index) => index.addHTMLFile({ sourcePath, content: html }));
    this.part.pending.push(added.then((answer) => void this.errors.push(...answer.errors.map((error) => `${sourcePath}: ${error}`))));
    this.part.pages += 1;
    this.part.bytes += html.length;
    this.part.sortValues.push(sortValuesIn(html));
  }

  /** Writes the last part, merges the parts into one index, and writes `parts.json` (the parts left unmerged). */
  async finish(): Promise<FeedOutcome> {
    for (const slot of this.queue) slot.settled = true;
    this.open.clear();
    this.release();
    this.unordered.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [pathname, html] of this.unordered.splice(0)) this.send(pathname, html);
    this.closePart();
    const parts = await Promise.all(this.written);
    if (this.errors.length > 0) throw new Error(`Pagefind indexing failed: ${this.errors.join('; ')}`);
    const root = join(this.options.outDir, 'pagefind');
    let refusal: string | null = null;
    // One index (merged, or one part left as Pagefind wrote it): its pages' sort values, in its page order.
    let sortValues = parts.flatMap((part) => part.sortValues);
    const started = performance.now();
    if (parts.length > 0) {
      try {
        ({ sortValues } = await mergeIndexParts(root, parts));
      } catch (error) {
        if (!(error instanceof FormatError)) throw error;
        refusal = error.message;
      }
    }
    const mergeSeconds = Math.round((performance.now() - started) / 100) / 10;
    const left = parts.length > 1 && refusal !== null ? parts.slice(1).map((part) => part.folder) : [];
    await writeFile(join(root, 'parts.json'), `${JSON.stringify(left)}\n`);
    if (this.options.keepSortValues === true && left.length === 0)
      await writeFile(join(root, SORT_VALUES_FILE), `${JSON.stringify(sortValues)}\n`);
    return { indexed: sortValues.length, parts: parts.length, merged: parts.length > 0 && refusal === null, refusal, mergeSeconds };
  }

  /** Writes the current part once its pages are in, then frees Pagefind's memory of it. */
  private closePart(): void {
    const part = this.part;
    if (part === null) return;
    this.part = null;
    const folder = this.written.length === 0 ? '' : `part-${this.written.length + 1}/`;
    const outputPath = join(this.options.outDir, 'pagefind', folder);
    // One write at a time, in order; a failure is reported by finish(), not left unhandled.
    const previous = this.written.at(-1);
    this.written.push(
      (async () => {
        await previous;
        const index = await part.index;
        await Promise.all(part.pending);
        const answer = await index.writeFiles({ outputPath });
        this.errors.push(...answer.errors.map((error) => `${outputPath}: ${error}`));
        await index.deleteIndex();
        return { folder, sortValues: part.sortValues };
      })().catch((error: unknown) => {
        this.errors.push(`${outputPath}: ${String(error)}`);
        return { folder, sortValues: part.sortValues };
      }),
    );
  }
}

const KEY = Symbol.for('scrutiny-archive.pagefind-feed');
type Holder = { [KEY]?: PagefindFeed | undefined };

export function openFeed(feed: PagefindFeed): void {
  (globalThis as Holder)[KEY] = feed;
}

export function currentFeed(): PagefindFeed | undefined {
  return (globalThis as Holder)[KEY];
}

export function closeFeed(): void {
  (globalThis as Holder)[KEY] = undefined;
}

/**
 * The file a page is written to, relative to the output folder, as Pagefind's addDirectory
 * would name it (`meetings/x/index.html` for `/scrutiny/meetings/x/`); Pagefind makes the
 * page's URL from it.
 */
export function sourcePathOf(pathname: string, base: string): string {
  const path = decodeURI(pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, ''));
  return path === '' || path.endsWith('/') ? `${path}index.html` : `${path}.html`;
}
