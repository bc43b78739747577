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
 * written and dropped when it ends (the first in `pagefind/`, the others in `pagefind/part-2/`, …),
 * and when the last is written merges them on disk into one index (src/model/pagefind-merge.ts, in a
 * worker thread: merge-in-worker.ts; the parts' writes and merge: pagefind-feed-parts.ts),
 * which searches as if Pagefind had indexed every page at once. A single part is rewritten the
 * same way, for word chunks whose ranges take in their words (chunkEnd in
 * src/model/pagefind-format.ts). If the merge cannot read a part, the
 * parts stay, `parts.json` lists them, and the search page merges them in the browser
 * (Pagefind's mergeIndex), which sorts by date within each part only.
 *
 * Where a part ends depends on its pages (pagefind-part-cuts.ts), not on how much came before, so
 * a rebuild after an import cuts the unchanged pages into the same parts as the build before it.
 * With a build cache (`cache`: pagefind-part-cache.ts), each part is written into the cache and
 * the merge reads it from there; a later build holds back the pages that match, in order, a part
 * kept by the one before (at most one part's HTML) instead of sending them, and when the part
 * ends with every page the same, uses the kept part's files and sort values without Pagefind. At
 * the first page that differs, the pages held are sent and the part is indexed as usual. A build
 * that finds nothing to reuse (the first, or `astro build --force`) sends every page at once.
 * The merged index is the same, byte for byte, with parts reused or not.
 *
 * Only pages with `data-pagefind-body` go to Pagefind: it would drop the others (lists) anyway,
 * once it has seen one page with it, and then the pages sent are exactly the pages numbered in
 * its index, whose sort values the merge needs (`sortValuesIn`).
 *
 * Pagefind numbers pages in the order they reach it, so pages are handed on in the order Astro
 * starts rendering them (pagefind-page-order.ts), and rendering waits while Pagefind falls behind
 * (pagefind-backlog.ts).
 *
 * The integration opens the feed when a build starts; the middleware sends it every HTML
 * page. Both run in the build's process and meet through a global: a module-level value
 * would be duplicated, because the middleware is bundled into the build's own chunks.
 */
import { join } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { MergeWorker } from './merge-in-worker.ts';
import { PagefindBacklog } from './pagefind-backlog.ts';
import {
  mergeParts,
  reusedPart,
  startRoot,
  unkeptPart,
  writePart,
  writePartLists,
  type Part,
  type WrittenPart,
} from './pagefind-feed-parts.ts';
import { heldPage, searchedContent, type HeldContent, type HeldPage, type KeptHtml } from './pagefind-held-pages.ts';
import { PageOrder } from './pagefind-page-order.ts';
import { pageDigest, type PartCache } from './pagefind-part-cache.ts';
import { PartCuts } from './pagefind-part-cuts.ts';
import { processGlobal } from '../model/process-global.ts';
import type { RenderedSearch } from '../site/page-cache.ts';

/** The search index's folder in the output folder. */
export const INDEX_FOLDER = 'pagefind';

export interface FeedOptions {
  /** Starts a Pagefind index on service `service` (from 0). */
  createIndex: (service: number) => Promise<PagefindIndex>;
  /**
   * Pagefind services to spread the parts over (1 unless given): part n is indexed and written by
   * service n mod `services`, each writing one part at a time, in order.
   */
  services?: number;
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
  /** Where parts are kept for the next build, and those the last build kept; without it, parts are written below `outDir`. */
  cache?: PartCache | undefined;
  /** Page HTML sent to Pagefind and not yet answered, in UTF-16 code units, beyond which `ready` waits (UNANSWERED in pagefind-backlog.ts unless given). */
  unanswered?: number;
}

/** How the index was written: its parts, and whether they were merged into one (else why not). */
export interface FeedOutcome {
  /** Pages in the index: those with record text (`data-pagefind-body`), not the lists. */
  indexed: number;
  /** Pages sent to Pagefind in this build: the indexed pages but those of the parts reused. */
  sent: number;
  parts: number;
  /** Parts taken from the previous build (the build cache) instead of indexed again. */
  reused: number;
  merged: boolean;
  /** Why the parts were left unmerged, or null. */
  refusal: string | null;
  /** How long merging the parts (or rewriting the one part) took. */
  mergeSeconds: number;
  /** The councils' own indexes the merge wrote beside the whole one (src/model/pagefind-scopes.ts). */
  councils: number;
}

export class PagefindFeed {
  readonly options: FeedOptions;
  /** Pages sent to the feed. */
  pages = 0;
  private readonly errors: string[] = [];
  /** Pages sent to Pagefind. */
  private sent = 0;
  private part: Part | null = null;
  private readonly cuts: PartCuts;
  private readonly written: Promise<WrittenPart>[] = [];
  /** The pages held until their turn, in the order their renders start. */
  private readonly order = new PageOrder((pathname, page) => this.send(pathname, page));
  /** What Pagefind has still to answer and write (`ready`). */
  private readonly backlog: PagefindBacklog;
  /** What the page cache gave pages about to be added (`name`), by path. */
  private readonly names = new Map<string, RenderedSearch>();
  /** The merge's worker thread, started when the first part closes (merge-in-worker.ts). */
  private worker: MergeWorker | null = null;

  constructor(options: FeedOptions) {
    this.options = options;
    this.cuts = new PartCuts(options);
    this.backlog = new PagefindBacklog(options);
  }

  /** Keeps a page's place in the order, as its render starts. */
  reserve(pathname: string): void {
    this.order.reserve(pathname);
  }

  /** The page's render is over: pages held behind it go to Pagefind. */
  settle(pathname: string): void {
    this.order.settle(pathname);
  }

  /**
   * Gives the page about to be added its searchDigest, SearchFacts and text, which the page cache
   * worked out as it kept the page (src/site/page-cache.ts: a rendered page reaches `add` through
   * another middleware, as bytes, which then need not be decoded again).
   */
  name(pathname: string, search: RenderedSearch): void {
    this.names.set(pathname, search);
  }

  /**
   * Takes one rendered page (its text, or its bytes as rendered) or a kept one; it goes to Pagefind
   * once every page started before it is in. The part cache knows a page by its path and its
   * searchDigest (what search reads of its HTML), given by the page cache (with the page, or by
   * `name`) or else computed here.
   */
  add(pathname: string, page: string | Uint8Array | KeptHtml, digest: string | null = null): void {
    this.pages += 1;
    const named = this.names.get(pathname);
    this.names.delete(pathname);
    const held = heldPage(page, named, digest ?? named?.digest ?? null, this.options.cache !== undefined);
    this.order.place(pathname, held);
  }

  /**
   * Resolves once Pagefind has caught up enough (UNANSWERED): it has answered the pages sent to it
   * but `unanswered` (in the options) of HTML, and written the parts closed but one per service; at
   * once (undefined) unless it is behind. The build's renders wait for it (ordered-prerenderer.ts).
   */
  ready(): Promise<void> | undefined {
    return this.backlog.ready();
  }

  /**
   * Sends one page; Pagefind's answer is collected, not awaited, so rendering goes on, as far as
   * `ready` lets it when Pagefind falls behind. A service answers
   * one message at a time, so while it writes a part, pages sent to it meanwhile wait in its input;
   * with two services (`services`), the next part's pages go to the other.
   */
  private send(pathname: string, { content, facts, digest: searched }: HeldPage): void {
    if (facts === null) return;
    const sourcePath = sourcePathOf(pathname, this.options.base);
    if (this.part !== null && !this.cuts.fits(this.part, facts.length)) this.closePart();
    const cache = this.options.cache;
    const digest = cache === undefined ? '' : pageDigest(sourcePath, searched);
    const match = this.part === null ? (cache?.startingWith(digest) ?? null) : null;
    // A part's number is the count of parts before it: its service takes turns with the others.
    const service = this.written.length % (this.options.services ?? 1);
    const part = (this.part ??= { service, index: null, pages: 0, bytes: 0, pending: [], sortValues: [], digests: [], match, held: [] });
    if (part.match !== null && part.match.pages[part.pages] !== digest) this.release(part);
    if (part.match === null) this.index(part, sourcePath, content);
    else part.held.push({ sourcePath, content });
    part.pages += 1;
    part.bytes += facts.length;
    part.sortValues.push(facts.sortValues);
    if (cache !== undefined) part.digests.push(digest);
    if (this.cuts.endsAfter(part, sourcePath, facts.length)) this.closePart();
  }

  /** Hands one page of the part to its Pagefind index. */
  private index(part: Part, sourcePath: string, held: HeldContent): void {
    const index = (part.index ??= this.options.createIndex(part.service));
    // What search reads of the page: Pagefind indexes it as the whole page (src/model/search-digest.ts).
    const content = searchedContent(held);
    this.backlog.sent(content.length);
    const added = index.then((opened) => opened.addHTMLFile({ sourcePath, content }));
    part.pending.push(added.then((answer) => void this.errors.push(...answer.errors.map((error) => `${sourcePath}: ${error}`))));
    // Answered or failed (the failure is reported by `finish`), the page no longer holds renders back.
    const answered = () => this.backlog.answered(content.length);
    added.then(answered, answered);
    this.sent += 1;
  }

  /** The part is not the kept one it matched so far: the pages held go to Pagefind. */
  private release(part: Part): void {
    part.match = null;
    for (const { sourcePath, content } of part.held.splice(0)) this.index(part, sourcePath, content);
  }

  /**
   * Writes the last part, merges the parts into one index, and writes `parts.json` (the parts left
   * unmerged). `merging` is called once every part is written and the merge is about to run in its
   * worker thread (not at all without one); the merge starts once `mergeWhen` resolves.
   */
  async finish(merging: () => void = () => undefined, mergeWhen: Promise<unknown> = Promise.resolve()): Promise<FeedOutcome> {
    this.order.releaseAll();
    this.closePart();
    const worker = this.written.length > 0 ? (this.worker ??= new MergeWorker()) : null;
    const root = join(this.options.outDir, INDEX_FOLDER);
    const cache = this.options.cache;
    // The last build's index is set aside while the last part is written, and deleted while the parts
    // merge; a failure is reported below.
    const cleared = cache === undefined ? null : cache.setAside(root);
    cleared?.catch(() => undefined);
    let removed: Promise<void> = Promise.resolve();
    let parts: WrittenPart[];
    try {
      parts = await Promise.all(this.written);
      if (this.errors.length > 0) throw new Error(`Pagefind indexing failed: ${this.errors.join('; ')}`);
      if (cleared !== null) {
        ({ removed } = await cleared);
        await startRoot(root, parts[0]);
      }
    } catch (error) {
      void worker?.close();
      throw error;
    }
    if (worker !== null) {
      merging();
      await mergeWhen;
    }
    const merged = await mergeParts(root, parts, worker, cache);
    await writePartLists(root, parts, merged, this.options.keepSortValues === true);
    await removed;
    await cache?.keepOnly(new Set(parts.flatMap((part) => (part.digest === null ? [] : [part.digest]))));
    const reused = parts.filter((part) => part.reused).length;
    const { sortValues, refusal, mergeSeconds, councils } = merged;
    return {
      indexed: sortValues.length,
      sent: this.sent,
      parts: parts.length,
      reused,
      merged: parts.length > 0 && refusal === null,
      refusal,
      mergeSeconds,
      councils,
    };
  }

  /**
   * Ends the current part: reused when its pages are exactly a kept part's, else written (into
   * the cache when there is one) once its pages are in, and Pagefind's memory of it freed.
   */
  private closePart(): void {
    const part = this.part;
    if (part === null) return;
    this.part = null;
    const folder = this.written.length === 0 ? '' : `part-${this.written.length + 1}/`;
    // Started with the first part, the merge's thread has its modules loaded long before the last part
    // is written: loading them at the end held a rebuild's merge back (BENCHMARKS.md, round 16).
    this.worker ??= new MergeWorker();
    const { match } = part;
    if (match !== null && match.pages.length === part.pages) {
      this.written.push(Promise.resolve(reusedPart(folder, match)));
      return;
    }
    // It ended before the kept part it matched did.
    this.release(part);
    const cache = this.options.cache;
    // A folder that cannot be made fails the part as a failed write does (below), not the page sent.
    const target = new Promise<string>((resolve) =>
      resolve(cache === undefined ? join(this.options.outDir, INDEX_FOLDER, folder) : cache.writingFolder()),
    );
    // One write at a time on each service, in order; a failure is reported by finish(), not left unhandled.
    const previous = this.written.at(-(this.options.services ?? 1));
    this.backlog.closed();
    const { createIndex } = this.options;
    const errors = this.errors;
    this.written.push(
      target.then(
        async (outputPath) => {
          await previous;
          return writePart(part, { folder, outputPath, createIndex, cache, errors });
        },
        (error: unknown) => {
          errors.push(`${cache?.folder ?? ''}: ${String(error)}`);
          return unkeptPart(folder, part);
        },
      ),
    );
    // Written or failed (it never rejects), the part no longer holds renders back.
    void this.written.at(-1)?.finally(() => this.backlog.written());
  }
}

const shared = processGlobal<PagefindFeed>('pagefind-feed');

export function openFeed(feed: PagefindFeed): void {
  shared.set(feed);
}

export function currentFeed(): PagefindFeed | undefined {
  return shared.get();
}

export function closeFeed(): void {
  shared.set(undefined);
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
