/**
 * The places of one word, gathered from every part's word chunk (pagefind-word-reader.ts) and put
 * in the merged index's page order for the word to be written (pagefind-words.ts).
 */

/**
 * The places of one word gathered from the parts: each page's number in the merged index and
 * where its lists (word locations, then meta-field locations) are in the chunk it was read from.
 */
export class Places {
  count = 0;
  /** The sum of the places' entries, as WordChunker counts them (entriesOf). */
  entries = 0;
  page = new Int32Array(1024);
  /** Which reader's chunk holds the lists. */
  source = new Int32Array(1024);
  /** Where the word locations start. */
  start = new Int32Array(1024);
  /** Where the meta locations start; -1 - that when they are renumbered (the part's fields are). */
  meta = new Int32Array(1024);
  /** Where the meta locations end. */
  end = new Int32Array(1024);
  /** The place's entries, as WordChunker counts them: its locations, meta locations and page. */
  size = new Int32Array(1024);
  /** The places' indexes in page order, after `sort`. */
  order = new Int32Array(1024);
  /** Each place's index by its page number, while sorting; -1 when none. */
  private readonly slotOf: Int32Array;
  private sorted = new Int32Array(1024);

  /** For an index of `pages` pages. */
  constructor(pages: number) {
    this.slotOf = new Int32Array(pages).fill(-1);
  }

  /** A place: its page in the merged index, its reader (`source`), where its lists are and its entries (see the fields). */
  add(page: number, source: number, start: number, meta: number, end: number, size: number): void {
    if (this.count === this.page.length) this.grow();
    const at = this.count++;
    this.page[at] = page;
    this.source[at] = source;
    this.start[at] = start;
    this.meta[at] = meta;
    this.end[at] = end;
    this.size[at] = size;
  }

  private grow(): void {
    const size = this.page.length * 2;
    const bigger = (old: Int32Array): Int32Array<ArrayBuffer> => {
      const next = new Int32Array(size);
      next.set(old);
      return next;
    };
    this.page = bigger(this.page);
    this.source = bigger(this.source);
    this.start = bigger(this.start);
    this.meta = bigger(this.meta);
    this.end = bigger(this.end);
    this.size = bigger(this.size);
    this.order = new Int32Array(size);
    this.sorted = new Int32Array(size);
  }

  /**
   * Puts the places' indexes in page order into `order`, equal pages in the order they were
   * added (a stable sort, as the places were sorted before). A word lists a page once, so each
   * place is found again by its page: among many places by reading every page's slot in turn,
   * among fewer by sorting the pages as numbers.
   */
  sort(): void {
    const { count, page, order, slotOf } = this;
    let repeated = false;
    for (let at = 0; at < count; at += 1) {
      const number = page[at] as number;
      if (slotOf[number] !== -1) repeated = true;
      slotOf[number] = at;
    }
    if (repeated) {
      const indexes = Array.from({ length: count }, (_, at) => at);
      indexes.sort((a, b) => (page[a] as number) - (page[b] as number));
      order.set(indexes);
      for (let at = 0; at < count; at += 1) slotOf[page[at] as number] = -1;
    } else if (count * 8 >= slotOf.length) {
      let next = 0;
      for (let number = 0; number < slotOf.length; number += 1) {
        const at = slotOf[number] as number;
        if (at === -1) continue;
        order[next++] = at;
        slotOf[number] = -1;
      }
    } else {
      const pages = this.sorted.subarray(0, count);
      pages.set(page.subarray(0, count));
      pages.sort();
      for (let at = 0; at < count; at += 1) {
        const number = pages[at] as number;
        order[at] = slotOf[number] as number;
        slotOf[number] = -1;
      }
    }
  }

  /** Empties the list for the next word. */
  clear(): void {
    this.count = 0;
    this.entries = 0;
  }
}
