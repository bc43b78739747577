import { describe, expect, it } from 'vitest';
import { Places } from './pagefind-word-places.ts';

/** The places' indexes in page order, equal pages in the order they were added: what `sort` must give. */
function pageOrder(pages: readonly number[]): number[] {
  return pages
    .map((page, at) => ({ page, at }))
    .sort((a, b) => a.page - b.page || a.at - b.at)
    .map(({ at }) => at);
}

/** Adds a place on each of `pages`, the rest of each place told apart by its index. */
function addAll(places: Places, pages: readonly number[]): void {
  for (const [at, page] of pages.entries()) places.add(page, at % 5, at * 10, at * 10 + 3, at * 10 + 7, at + 1);
}

/** `places.order` after sorting. */
function sorted(places: Places): number[] {
  places.sort();
  return [...places.order.subarray(0, places.count)];
}

describe('Places', () => {
  it('keeps each place as it was added', () => {
    const places = new Places(10);
    places.add(4, 2, 100, -120, 130, 6);
    places.add(1, 0, 7, 9, 12, 3);
    expect(places.count).toBe(2);
    expect([...places.page.subarray(0, 2)]).toEqual([4, 1]);
    expect([...places.source.subarray(0, 2)]).toEqual([2, 0]);
    expect([...places.start.subarray(0, 2)]).toEqual([100, 7]);
    expect([...places.meta.subarray(0, 2)]).toEqual([-120, 9]);
    expect([...places.end.subarray(0, 2)]).toEqual([130, 12]);
    expect([...places.size.subarray(0, 2)]).toEqual([6, 3]);
  });

  it('sorts few places among many pages, many among few, and repeated pages in the order they were added', () => {
    // Few: a sort of the pages as numbers. Many: every page's slot read in turn. Repeated: a stable sort.
    const cases = [
      { total: 1000, pages: [900, 5, 512, 77, 3] },
      { total: 10, pages: [9, 0, 4, 7, 2, 5] },
      { total: 10, pages: [3, 1, 3, 0, 1, 3] },
    ];
    for (const { total, pages } of cases) {
      const places = new Places(total);
      addAll(places, pages);
      expect(sorted(places), pages.join()).toEqual(pageOrder(pages));
    }
  });

  it('sorts again after clear, whichever way it sorted before', () => {
    const places = new Places(200);
    for (let round = 0; round < 60; round += 1) {
      const count = 1 + ((round * 37) % (round % 3 === 0 ? 10 : 150));
      // Pages spread by a step that shares no factor with 200, so distinct but for every fourth round's.
      const listed = Array.from({ length: count }, (_, at) => ((at * 77 + round * 13) % 200) % (round % 4 === 0 ? 7 : 200));
      places.clear();
      places.entries = 5;
      places.clear();
      expect(places.entries).toBe(0);
      addAll(places, listed);
      expect(sorted(places), `round ${round}`).toEqual(pageOrder(listed));
    }
  });

  it('grows past the room it starts with, keeping every place', () => {
    const total = 3000;
    // Every page once, out of order: 1237 shares no factor with 3000.
    const pages = Array.from({ length: total }, (_, at) => (at * 1237) % total);
    const places = new Places(total);
    addAll(places, pages);
    expect(places.count).toBe(total);
    for (const at of [0, 1023, 1024, 2047, 2048, total - 1]) {
      expect(places.page[at]).toBe(pages[at]);
      expect([places.source[at], places.start[at], places.meta[at], places.end[at], places.size[at]]).toEqual([
        at % 5,
        at * 10,
        at * 10 + 3,
        at * 10 + 7,
        at + 1,
      ]);
    }
    expect(sorted(places)).toEqual(pageOrder(pages));
  });
});
