/**
 * What the feed (pagefind-feed.ts) holds of a page until its turn to go to Pagefind: what Pagefind
 * is handed of it (search-digest.ts: searchedHtml), whether search indexes it (SearchFacts), and the
 * digest the part cache knows it by.
 */
import { searchFacts, type SearchFacts } from '../components/search/pagefind-record.ts';
import { bytesOf, type KeptBytes } from '../model/cache-file.ts';
import { searchDigest, searchedHtml } from '../model/search-digest.ts';
import type { RenderedSearch } from '../site/page-cache.ts';

/** A kept page as the feed is given it (src/site/page-cache.ts): its bytes (read if needed), and its SearchFacts. */
export interface KeptHtml {
  bytes: Buffer | KeptBytes;
  facts: SearchFacts | null;
}

/**
 * What the feed holds of a page for Pagefind: a rendered page's searchedHtml, cut as it comes in, or
 * a kept page's bytes (read if not yet), cut only if Pagefind indexes it (a part reused from the last
 * build needs none).
 */
export type HeldContent = string | Buffer | KeptBytes;

/**
 * A page the feed holds until its turn, with its SearchFacts (null: search does not index it) and
 * its searchDigest ('' without a part cache). A rendered page waits as what Pagefind is handed of it,
 * not whole: every page that finishes while one started before it still renders waits, and at
 * 100,000 meetings the person pages (about a kilobyte of search text each in up to a megabyte of
 * HTML) held about 1 GB of the build's memory this way while they rendered (BENCHMARKS.md, round 26).
 */
export interface HeldPage {
  content: HeldContent;
  facts: SearchFacts | null;
  digest: string;
}

/** What Pagefind is handed of a page the feed holds. */
export function searchedContent(content: HeldContent): string {
  return typeof content === 'string' ? content : searchedHtml(bytesOf(content).toString('utf8'));
}

const decoder = new TextDecoder();

/**
 * A page as the feed holds it. A rendered page's bytes are decoded once, unless the page cache
 * named the page with its text and facts (`named`), and the page is cut to what Pagefind is handed
 * of it. The digest is `known` when given, else computed, and only with a part cache (`cached`).
 */
export function heldPage(
  page: string | Uint8Array | KeptHtml,
  named: RenderedSearch | undefined,
  known: string | null,
  cached: boolean,
): HeldPage {
  if (typeof page === 'string' || page instanceof Uint8Array) {
    const html = named?.html ?? (typeof page === 'string' ? page : decoder.decode(page));
    const facts = named === undefined ? searchFacts(html) : named.facts;
    const digest = cached ? (known ?? searchDigest(html)) : '';
    return { content: facts === null ? '' : searchedHtml(html), facts, digest };
  }
  const digest = cached ? (known ?? searchDigest(bytesOf(page.bytes))) : '';
  return { content: page.bytes, facts: page.facts, digest };
}
