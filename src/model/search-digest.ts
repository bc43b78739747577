/**
 * What search reads of a page: a digest of it (issue 16, goal 3), and the HTML handed to Pagefind
 * (`searchedHtml`). The page cache keeps it with the page
 * (src/site/page-cache.ts) and the Pagefind feed knows a page by it (src/integrations/pagefind-feed.ts):
 * a rebuild indexes again only the parts of the index whose pages changed for search, and a kept
 * page's digest is not computed again (hashing every page's HTML took a second of a 10,000-meeting
 * rebuild).
 *
 * Pages mark what changes often but search leaves out (a person's appearances, which every meeting
 * they attend adds to; a meeting's links to the one before and after, and the records that refer to
 * it) between UNINDEXED_START and UNINDEXED_END (src/components/Unindexed.astro), and the digest
 * leaves it out: a new meeting then changes its people's pages but not the parts of the index that
 * hold them. Pagefind writes the same index with or without elements it ignores
 * (src/model/search-digest.test.ts). A marked part that holds anything Pagefind reads even in an
 * ignored element (a `data-pagefind-` attribute other than `data-pagefind-ignore`, or an image, which
 * may be a result's picture) stays in the digest.
 */
import { createHash } from 'node:crypto';

export const UNINDEXED_START = '<!--search:unindexed-->';
export const UNINDEXED_END = '<!--/search:unindexed-->';
/** Follows the element with `data-pagefind-body` (src/components/SearchBody.astro). */
export const SEARCH_BODY_END = '<!--/search:body-->';

/**
 * What Pagefind reads even outside the element with `data-pagefind-body` or inside an ignored one:
 * meta, filters or sort keys set there, and an image, which may be a result's picture. Not an `id`:
 * Pagefind takes no anchor from an ignored element (src/model/search-digest.test.ts).
 */
const READ_ANYWAY = /data-pagefind-(?!ignore[\s=>])|<img[\s>]/i;

/**
 * Where the UNINDEXED_END is that closes the marked part starting at `start`, marked parts inside it
 * counted (a component marked Unindexed in a part a page marks); -1 when it is not closed before `to`.
 */
function markedEnd(text: Buffer | string, start: number, to: number): number {
  let depth = 0;
  for (let at = start; ;) {
    const open = text.indexOf(UNINDEXED_START, at);
    const close = text.indexOf(UNINDEXED_END, at);
    if (close === -1 || close + UNINDEXED_END.length > to) return -1;
    if (open !== -1 && open < close) {
      depth += 1;
      at = open + UNINDEXED_START.length;
    } else {
      depth -= 1;
      if (depth === 0) return close;
      at = close + UNINDEXED_END.length;
    }
  }
}

/**
 * The ranges [start, end) of `text` (a page's HTML, from `from` to `to`) that search reads: all of it
 * but the marked parts that hold nothing Pagefind reads, whose marks stay.
 */
function* searchedRanges(text: Buffer | string, from = 0, to = text.length): Generator<[number, number]> {
  let at = from;
  for (;;) {
    const start = text.indexOf(UNINDEXED_START, at);
    const end = start === -1 || start >= to ? -1 : markedEnd(text, start, to);
    if (end === -1) break;
    const inside = start + UNINDEXED_START.length;
    const marked = typeof text === 'string' ? text.slice(inside, end) : text.toString('utf8', inside, end);
    // The marks stay: a page that gains or loses a marked part is not the same for search.
    yield [at, inside];
    // A part that holds what Pagefind reads is kept, and the parts marked inside it looked at.
    at = READ_ANYWAY.test(marked) ? inside : end;
  }
  yield [at, to];
}

export function searchDigest(html: Uint8Array | string): string {
  const bytes = typeof html === 'string' ? Buffer.from(html) : Buffer.from(html.buffer, html.byteOffset, html.byteLength);
  const hash = createHash('sha256');
  for (const [start, end] of searchedRanges(bytes)) hash.update(bytes.subarray(start, end));
  return hash.digest('base64url');
}

/** A page with `data-pagefind-body` on an element, at the start of that element's tag. */
const BODY_MARKER = /<[a-z][^>]*\sdata-pagefind-body[\s>=/]/i;

/** Whether Pagefind indexes the page: one with `data-pagefind-body` on an element (it drops the others, lists). */
export function indexedBySearch(html: string): boolean {
  return BODY_MARKER.test(html);
}

/**
 * What of a page to hand Pagefind: the page without the marked parts searchDigest leaves out; when
 * nothing before the element with `data-pagefind-body` is read (READ_ANYWAY: on our pages the
 * filters, sort keys and meta are inside it), from that element on, after its `<html>` tag (the
 * language) and title; and when nothing after SEARCH_BODY_END is read, up to it. Pagefind indexes
 * it as the whole page, byte for byte (src/model/search-digest.test.ts; the index of a 10,000-meeting
 * archive, built before and after, was the same). The header, navigation and footer were a sixth of
 * a meeting's page and two fifths of a recommendation's: less for the build to encode and for
 * Pagefind to parse.
 */
export function searchedHtml(html: string): string {
  const body = BODY_MARKER.exec(html);
  if (body === null) return html;
  const from = READ_ANYWAY.test(html.slice(0, body.index)) ? 0 : body.index;
  const end = html.indexOf(SEARCH_BODY_END, body.index);
  const to = end === -1 || READ_ANYWAY.test(html.slice(end)) ? html.length : end;
  const open = /<html[\s>][^>]*>?/i.exec(html)?.[0] ?? '<html>';
  const title = /<title>[^<]*<\/title>/i.exec(html)?.[0] ?? '';
  let kept = from === 0 ? '' : `<!DOCTYPE html>${open}<head>${title}</head><body>`;
  for (const [start, stop] of searchedRanges(html, from, to)) kept += html.slice(start, stop);
  return kept === html ? html : ownCopy(kept);
}

/**
 * `text` in memory of its own. The feed holds searchedHtml's answer until Pagefind has indexed it
 * (src/integrations/pagefind-feed.ts), and V8 keeps a slice of a string, and a string added to with
 * `+=`, as a view of the pieces, which hold the whole page: a person page whose searched part is
 * about a kilobyte held all of its HTML, up to a megabyte at 100,000 meetings (BENCHMARKS.md, round
 * 26). Joining one more string makes V8 copy the pieces into one; the slice is a view of that copy.
 */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
