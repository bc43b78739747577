/**
 * The names the merged search index gives its pages (src/model/pagefind-merge.ts) and the search
 * page reads back (src/search/engine.ts): `<build>/d<rank>` for a page with a date,
 * `<build>/u<rank>` for one without, the rank in base 36.
 *
 * The merge numbers pages in date order (oldest first, then the undated ones), so a page's rank
 * is its place in date order and the search page sorts results by date from their names alone.
 * Pagefind's own sort lists every dated page in the metadata that every search downloads before
 * its first word (41 KB at 10,000 meetings), and needs a second search to apply; short names
 * also make that metadata smaller than Pagefind's hashes do (BENCHMARKS.md).
 *
 * Pagefind names a page's fragment after its content, so a browser may cache it for good. A
 * rank is not content: the same name holds another page once a page is added before it. The
 * `<build>` folder, a hash of every page's fragment, changes whenever any page does, so a cached
 * fragment of an earlier build is never shown for a page of this one.
 */

import { SHARED_FRAGMENTS } from './search-scopes.ts';

/** The sort key the merge numbers pages by (PagefindMeta.astro writes it on every dated page). */
export const DATE_SORT_KEY = 'date';

// A council's index names the same fragments from its own folder: SHARED_FRAGMENTS, then the name.
const NAME = new RegExp(`^(?:${SHARED_FRAGMENTS.replace(/[./]/g, '\\$&')})?[0-9a-f]+/([du])([0-9a-z]+)$`);

/** The name of the page at `rank` in date order. */
export function pageName(build: string, rank: number, dated: boolean): string {
  return `${build}/${dated ? 'd' : 'u'}${rank.toString(36)}`;
}

/**
 * A page's place in date order (smaller is older), or null when it has no date or the name is
 * not one pageName gives (an index Pagefind wrote and the merge could not rewrite: parts.json).
 */
export function dateRank(name: string): number | null {
  const match = NAME.exec(name);
  if (match?.[1] !== 'd') return null;
  return Number.parseInt(match[2] ?? '', 36);
}

/**
 * A page's number in the merged index (its place in date order, the undated pages after the
 * dated), as the filter tables list it (filter-tables.ts); null for a name pageName does not give.
 */
export function pageNumber(name: string): number | null {
  const match = NAME.exec(name);
  return match ? Number.parseInt(match[2] ?? '', 36) : null;
}

/** Whether the name is one pageName gives: the index was numbered in date order by the merge. */
export function isDateOrdered(name: string): boolean {
  return NAME.test(name);
}
