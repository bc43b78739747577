/**
 * A digest of what search reads of a page (issue 16, goal 3). The page cache keeps it with the page
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

export function searchDigest(html: Uint8Array | string): string {
  const bytes = typeof html === 'string' ? Buffer.from(html) : Buffer.from(html.buffer, html.byteOffset, html.byteLength);
  const hash = createHash('sha256');
  let at = 0;
  for (;;) {
    const start = bytes.indexOf(UNINDEXED_START, at);
    const end = start === -1 ? -1 : bytes.indexOf(UNINDEXED_END, start);
    if (end === -1) break;
    const after = end + UNINDEXED_END.length;
    const marked = bytes.subarray(start + UNINDEXED_START.length, end).toString('utf8');
    // The marks stay in the digest: a page that gains or loses a marked part is not the same for search.
    if (READ_ANYWAY.test(marked)) hash.update(bytes.subarray(at, after));
    else hash.update(bytes.subarray(at, start + UNINDEXED_START.length)).update(UNINDEXED_END);
    at = after;
  }
  return hash.update(bytes.subarray(at)).digest('base64url');
}
