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
 * ignored element (a `data-pagefind-` attribute other than `data-pagefind-ignore`, an `id`, which it
 * takes as an anchor, or an image, which may be a result's picture) stays in the digest.
 */
import { createHash } from 'node:crypto';

export const UNINDEXED_START = '<!--search:unindexed-->';
export const UNINDEXED_END = '<!--/search:unindexed-->';

/** What Pagefind may read inside an ignored element. */
const READ_ANYWAY = /data-pagefind-(?!ignore[\s=>])|\sid=|<img[\s>]/i;

/**
 * The ranges [start, end) of `text` (a page's HTML, from `from`) that search reads: all of it but the
 * marked parts that hold nothing Pagefind reads, whose marks stay.
 */
function* searchedRanges(text: Buffer | string, from = 0): Generator<[number, number]> {
  let at = from;
  for (;;) {
    const start = text.indexOf(UNINDEXED_START, at);
    const end = start === -1 ? -1 : text.indexOf(UNINDEXED_END, start);
    if (end === -1) break;
    const after = end + UNINDEXED_END.length;
    const inside = start + UNINDEXED_START.length;
    const marked = typeof text === 'string' ? text.slice(inside, end) : text.toString('utf8', inside, end);
    // The marks stay: a page that gains or loses a marked part is not the same for search.
    if (READ_ANYWAY.test(marked)) yield [at, after];
    else yield* [[at, inside] as [number, number], [end, after] as [number, number]];
    at = after;
  }
  yield [at, text.length];
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

/** What Pagefind may read before the `data-pagefind-body` element: meta, filters or sort keys set there, a default image. */
const READ_BEFORE_BODY = /data-pagefind-|<img[\s>]/i;

/**
 * What of a page to hand Pagefind: the page without the marked parts searchDigest leaves out, and,
 * when nothing before the element with `data-pagefind-body` is read (READ_BEFORE_BODY: on our pages
 * the filters, sort keys and meta are inside it), from that element on, after its `<html>` tag (the
 * language) and title. Pagefind indexes it as the whole page, byte for byte (src/model/search-digest.test.ts;
 * a 1,000-meeting archive's index, built before and after, was the same); on a 10,000-meeting archive
 * it is about two thirds of the HTML, less for the build to encode and for Pagefind to parse.
 */
export function searchedHtml(html: string): string {
  const body = BODY_MARKER.exec(html);
  if (body === null) return html;
  const from = READ_BEFORE_BODY.test(html.slice(0, body.index)) ? 0 : body.index;
  const open = /<html[\s>][^>]*>?/i.exec(html)?.[0] ?? '<html>';
  const title = /<title>[^<]*<\/title>/i.exec(html)?.[0] ?? '';
  let kept = from === 0 ? '' : `<!DOCTYPE html>${open}<head>${title}</head><body>`;
  for (const [start, end] of searchedRanges(html, from)) kept += html.slice(start, end);
  return kept;
}
