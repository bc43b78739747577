/**
 * Where the search index's parts end (pagefind-feed.ts), chosen by the pages themselves, so that a
 * rebuild can reuse the parts of the previous build whose pages did not change (issue 16, goal 3).
 *
 * A part cut at a fixed size of HTML moves every later cut when one page is inserted, and then no later
 * part is the same as before. Here a part ends after a page whose path hash is below a threshold,
 * once the part holds a minimum (a quarter of the limits); the threshold grows with the page's
 * HTML, so that on average a part ends about a quarter of the way from the minimum to the limit,
 * whatever the pages' sizes. A part never takes a page that would carry it past the limits (a hard
 * maximum, which keeps Pagefind's memory bounded), so a run of pages with no cut is still cut,
 * about one part in fifty (e^-4). The rule reads only the part's own pages, from its first: two
 * builds whose parts start at the same page cut them at the same place while their pages are the
 * same, so an inserted or changed page changes the part that holds it, and the next part only when
 * the cut after it moves (a page inserted just before the cut, or a part at the limit).
 */
import { createHash } from 'node:crypto';

/** The limits of a part: page HTML in UTF-16 code units (string length), and pages. */
export interface PartLimits {
  partBytes: number;
  pagesPerPart: number;
}

/** The share of the limits a part holds before a page may end it. */
export const MINIMUM_SHARE = 1 / 4;

/** Expected cuts between the minimum and the limit: the chance that a part reaches the limit is e^-CUTS. */
export const CUTS = 4;

/** What a part holds so far. */
export interface PartSize {
  pages: number;
  bytes: number;
}

/** A page's path as a number in [0, 1), the same in every build. */
export function pathDraw(sourcePath: string): number {
  return createHash('sha256').update(sourcePath).digest().readUInt32BE(0) / 2 ** 32;
}

/** Decides where parts end; the same limits give the same cuts in every build. */
export class PartCuts {
  private readonly limits: PartLimits;
  private readonly minimum: PartSize;

  constructor(limits: PartLimits) {
    this.limits = limits;
    this.minimum = { bytes: limits.partBytes * MINIMUM_SHARE, pages: limits.pagesPerPart * MINIMUM_SHARE };
  }

  /** True if a page of `bytes` may join a part of `size` (an empty part takes any page). */
  fits(size: PartSize, bytes: number): boolean {
    return size.pages === 0 || (size.bytes + bytes <= this.limits.partBytes && size.pages + 1 <= this.limits.pagesPerPart);
  }

  /** True if the part, of `size` with the page `sourcePath` of `bytes` as its last, ends after it. */
  endsAfter(size: PartSize, sourcePath: string, bytes: number): boolean {
    if (size.bytes < this.minimum.bytes && size.pages < this.minimum.pages) return false;
    const { partBytes, pagesPerPart } = this.limits;
    // The chance of a cut at this page: CUTS over the span from the minimum to the limit, counted in
    // bytes (this page's share of the span) or in pages, whichever limit is nearer.
    const span = (amount: number, limit: number, minimum: number) => (Number.isFinite(limit) ? (CUTS * amount) / (limit - minimum) : 0);
    const chance = Math.max(span(bytes, partBytes, this.minimum.bytes), span(1, pagesPerPart, this.minimum.pages));
    return pathDraw(sourcePath) < chance;
  }
}

/** The parts a sequence of pages is cut into, as the feed cuts it: each part's pages' indexes. */
export function cutPages(pages: readonly { sourcePath: string; bytes: number }[], limits: PartLimits): number[][] {
  const cuts = new PartCuts(limits);
  const parts: number[][] = [];
  let part: number[] = [];
  let size: PartSize = { pages: 0, bytes: 0 };
  for (const [at, page] of pages.entries()) {
    if (!cuts.fits(size, page.bytes)) {
      parts.push(part);
      [part, size] = [[], { pages: 0, bytes: 0 }];
    }
    part.push(at);
    size = { pages: size.pages + 1, bytes: size.bytes + page.bytes };
    if (cuts.endsAfter(size, page.sourcePath, page.bytes)) {
      parts.push(part);
      [part, size] = [[], { pages: 0, bytes: 0 }];
    }
  }
  if (part.length > 0) parts.push(part);
  return parts;
}
