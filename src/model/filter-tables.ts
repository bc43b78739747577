/**
 * The search filters' tables: which pages hold each value of each filter (type, council,
 * committee, year, …), written by the merge (src/model/pagefind-merge.ts) beside Pagefind's own
 * filter files and read by the search page (src/search/filter-table.ts), which filters and
 * counts results with them instead of asking Pagefind to.
 *
 * Why not Pagefind's filters: once a filter is loaded, every later search counts each of its
 * values by looking up each of the value's pages in the list of results, one by one: the
 * filters' pages times the results, which outgrows the search itself as the archive grows
 * (BENCHMARKS.md, round 21). With the tables the search page marks the results' pages once and
 * counts each value's pages against the marks.
 *
 * A table is JSON, compressed with gzip like Pagefind's files (and named `.pf_table` after
 * them, so that a server that serves Pagefind's files serves it the same way): each value with
 * its pages' numbers in the merged index, ascending, each written as the difference from the
 * one before (most are small numbers). The page numbers are those the merged index names its
 * pages after (search-page-names.ts), so a result's number is read from its name.
 */

/** In the index's `filter/` folder: the manifest (FilterManifest), which names the tables. */
export const FILTER_MANIFEST = 'tables.json';

/** How a table is named in `filter/`: after the hash of its content, so a browser may keep it. */
export const TABLE_EXTENSION = '.pf_table';

export interface FilterManifest {
  /** How many pages the index holds: page numbers run from 0 to one less. */
  pages: number;
  /** Each filter's table, a file name in `filter/`. */
  tables: Record<string, string>;
}

/** A filter's values, each with its pages' numbers, ascending. */
export type FilterValues = ReadonlyMap<string, Int32Array>;

/** The table's JSON for a filter's values (each value's pages ascending). */
export function tableText(values: Iterable<readonly [string, readonly number[]]>): string {
  // No prototype: a value named `__proto__` (values come from the records) is a value like any other.
  const out = Object.create(null) as Record<string, number[]>;
  for (const [value, pages] of values) {
    let before = 0;
    out[value] = pages.map((page) => {
      const step = page - before;
      before = page;
      return step;
    });
  }
  return JSON.stringify(out);
}

/** A table's values from its JSON; throws naming `name` when it is not one tableText writes. */
export function readTable(text: string, name: string): FilterValues {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${name}: not a filter table`);
  const values = new Map<string, Int32Array>();
  for (const [value, steps] of Object.entries(parsed)) {
    if (!Array.isArray(steps) || !steps.every((step) => Number.isInteger(step) && step >= 0))
      throw new Error(`${name}: the pages of “${value}” are not a list of page numbers`);
    const pages = new Int32Array(steps.length);
    let page = 0;
    steps.forEach((step: number, at) => (pages[at] = page += step));
    values.set(value, pages);
  }
  return values;
}

/** The manifest from its JSON; throws naming `name` when it is not one. */
export function readManifest(text: string, name: string): FilterManifest {
  const parsed = JSON.parse(text) as Partial<FilterManifest> | null;
  const tables = parsed?.tables;
  const ok =
    Number.isInteger(parsed?.pages) &&
    typeof tables === 'object' &&
    tables !== null &&
    Object.values(tables).every((file) => typeof file === 'string' && file.endsWith(TABLE_EXTENSION) && !file.includes('/'));
  if (!ok) throw new Error(`${name}: not a filter manifest`);
  return parsed as FilterManifest;
}
