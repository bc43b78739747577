/**
 * A council's own search index: the merge (src/model/pagefind-merge.ts) writes one beside the
 * whole archive's, holding that council's pages alone, and the search page
 * (src/search/search-page.ts) loads it when a search is limited to one council and nothing
 * else. Its page table, word chunks and chunk list are the council's, not the archive's, so a
 * search within a council downloads as much at 100,000 meetings as at 1,000 (BENCHMARKS.md,
 * round 18). Its pages' fragments are the whole index's, shared by name, never copied.
 */

/** The filter (PagefindMeta.astro) whose values each get an index of their own. */
export const SCOPE_FILTER = 'council';

/** Below the index root (`pagefind/`): the folder that holds the councils' indexes. */
export const SCOPES_FOLDER = 'council';

/**
 * What a council index's page names start with: from its `fragment/` folder
 * (`pagefind/council/<folder>/fragment/`, where Pagefind looks) back to the whole index's.
 */
export const SHARED_FRAGMENTS = '../../../fragment/';

/**
 * The folder of a council's index below SCOPES_FOLDER, from the council's name as the filter
 * holds it: lower-case ASCII letters and digits, joined by `-`. The search page derives it
 * from the name alone. Null for a name with none of those; the merge writes no index for such
 * a name, nor for two names that give the same folder, and the search page then searches the
 * whole index with the filter, as it would without council indexes.
 */
export function scopeFolder(council: string): string | null {
  const folder = council
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return folder === '' ? null : folder;
}
