/**
 * The order pages go to Pagefind (pagefind-feed.ts): the order Astro starts rendering them, not the
 * order they finish. Apart from the feed, which indexes each page in its part once its turn comes,
 * because this reads the renders (when each starts and ends), not the pages.
 *
 * Pagefind numbers pages in the order they reach it, and that order is in its index files, so
 * pages are handed on in the order Astro starts rendering them (its list of paths, a fixed order),
 * not the order they finish: the prerenderer (ordered-prerenderer.ts) reserves each page's place
 * when its render starts, and a page that finishes early waits (only as long as the pages started
 * before it are still rendering, and cut to what Pagefind is handed of it: pagefind-held-pages.ts) until every
 * earlier one is in. Two builds of the same content then give the same index, byte for byte, in one
 * part or several.
 */
import type { HeldPage } from './pagefind-held-pages.ts';

/** A page's place in the order pages go to Pagefind. */
interface Slot {
  pathname: string;
  /** The page once rendered; null until then, or when it is not an HTML page. */
  page: HeldPage | null;
  /** True once the render is over (with or without HTML). */
  settled: boolean;
}

/** The pages the feed holds in the order their renders start, each sent (`send`) once every page started before it is in. */
export class PageOrder {
  /** Reserved places, in render-start order, from the first not yet sent to Pagefind. */
  private readonly queue: Slot[] = [];
  /** The open (unsettled) reservation of each path. */
  private readonly open = new Map<string, Slot>();
  /** Pages that came without a reservation: sent in path order when the feed finishes. */
  private readonly unordered: [string, HeldPage][] = [];
  private readonly send: (pathname: string, page: HeldPage) => void;

  constructor(send: (pathname: string, page: HeldPage) => void) {
    this.send = send;
  }

  /** Keeps a page's place in the order, as its render starts. */
  reserve(pathname: string): void {
    const slot: Slot = { pathname, page: null, settled: false };
    this.queue.push(slot);
    this.open.set(pathname, slot);
  }

  /** The page's render is over: pages held behind it go to Pagefind. */
  settle(pathname: string): void {
    const slot = this.open.get(pathname);
    if (slot === undefined) return;
    this.open.delete(pathname);
    slot.settled = true;
    this.releaseSettled();
  }

  /** Holds a rendered page in its reserved place, or with the pages that came without one. */
  place(pathname: string, held: HeldPage): void {
    const slot = this.open.get(pathname);
    if (slot === undefined) this.unordered.push([pathname, held]);
    else slot.page = held;
  }

  /** Every render is over: sends the pages still held in their order, then those without a place in path order. */
  releaseAll(): void {
    for (const slot of this.queue) slot.settled = true;
    this.open.clear();
    this.releaseSettled();
    this.unordered.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [pathname, page] of this.unordered.splice(0)) this.send(pathname, page);
  }

  /** Sends the pages at the head of the queue whose renders are over. */
  private releaseSettled(): void {
    while (this.queue[0]?.settled === true) {
      const slot = this.queue.shift();
      if (slot?.page != null) this.send(slot.pathname, slot.page);
    }
  }
}
