/**
 * The search page's filters, applied and counted in the page from the filter tables the merge
 * writes (src/model/filter-tables.ts, which says why Pagefind is never asked to filter): a
 * result's page number is read from its name, each chosen filter marks the pages of its chosen
 * values, and a value's count is how many of its pages hold a result. A table is downloaded the
 * first time a search chooses or counts its filter, as Pagefind's own filter file would be.
 */
import { FILTER_MANIFEST, readManifest, readTable, type FilterValues } from '../model/filter-tables.ts';
import { pageNumber } from '../model/search-page-names.ts';
import { FACET_KEYS, type FacetCounts, type FacetKey } from './facets.ts';
import { loadOnce } from './load-once.ts';

/** Each page's mark, by page number: 1 where the page is in the set. */
export type PageMarks = Uint8Array;

/** The pages of the chosen values (a page is in the set if it holds any of them). */
export function markValues(pages: number, values: FilterValues, chosen: readonly string[]): PageMarks {
  const marks = new Uint8Array(pages);
  for (const value of chosen) for (const page of values.get(value) ?? []) marks[page] = 1;
  return marks;
}

const numbered = new WeakMap<readonly { id: string }[], Int32Array>();

/**
 * Each result's page number (-1 for a name pageNumber does not read), read from the names once
 * per list of results: the engine keeps a list while the words stay the same, and each value
 * ticked, and each filter counted, filters the same list again.
 */
export function resultPages(results: readonly { id: string }[]): Int32Array {
  let pages = numbered.get(results);
  if (pages === undefined) {
    pages = Int32Array.from(results, (result) => pageNumber(result.id) ?? -1);
    numbered.set(results, pages);
  }
  return pages;
}

/** The places (in `pages`, resultPages') of the results whose page is in every one of `sets`. */
export function keepMarked(pages: Int32Array, sets: readonly PageMarks[]): number[] {
  const kept: number[] = [];
  for (let at = 0; at < pages.length; at += 1) {
    const page = pages[at] as number;
    if (sets.length === 0 || (page >= 0 && sets.every((marks) => marks[page] === 1))) kept.push(at);
  }
  return kept;
}

/** The pages of the results at `places` (in `pages`, resultPages'), marked. */
export function markResults(count: number, pages: Int32Array, places: readonly number[]): PageMarks {
  const marks = new Uint8Array(count);
  for (const at of places) {
    const page = pages[at] as number;
    if (page >= 0 && page < count) marks[page] = 1;
  }
  return marks;
}

/** For each value of a filter, how many of its pages are marked (hold a result). */
export function countValues(marks: PageMarks, values: FilterValues): Record<string, number> {
  // No prototype, so that a value named `__proto__` is counted as any other.
  const counts = Object.create(null) as Record<string, number>;
  for (const [value, pages] of values) {
    let count = 0;
    for (const page of pages) count += marks[page] ?? 0;
    counts[value] = count;
  }
  return counts;
}

/**
 * The results every chosen filter allows, and each `counted` filter's values counted among the
 * results the other chosen filters allow (so a filter's counts ignore its own choice, and
 * ticking a value shows the count that was beside it).
 */
export async function filterOnTables<T extends { id: string }>(
  tables: FilterTables,
  found: readonly T[],
  filters: Readonly<Record<FacetKey, readonly string[]>>,
  counted: readonly FacetKey[],
): Promise<{ results: T[]; counts: FacetCounts }> {
  const chosen = FACET_KEYS.filter((key) => filters[key].length > 0);
  const keys = [...new Set([...chosen, ...counted])];
  const values = new Map(await Promise.all(keys.map(async (key) => [key, await tables.values(key)] as const)));
  const valuesOf = (key: FacetKey): FilterValues => values.get(key) ?? new Map();
  const sets = chosen.map((key) => ({ key, marks: markValues(tables.pages, valuesOf(key), filters[key]) }));
  const pages = resultPages(found);
  const allowed = (except?: FacetKey) =>
    keepMarked(
      pages,
      sets.filter((set) => set.key !== except).map((set) => set.marks),
    );
  const kept = allowed();
  const results = kept.map((at) => found[at] as T);
  const counts: FacetCounts = {};
  for (const key of counted)
    counts[key] = countValues(markResults(tables.pages, pages, chosen.includes(key) ? allowed(key) : kept), valuesOf(key));
  return { results, counts };
}

/** The tables of one index (the whole archive's), each fetched the first time it is asked for. */
export class FilterTables {
  /** How many pages the index holds. */
  readonly pages: number;
  private readonly folder: string;
  private readonly files: Readonly<Record<string, string>>;
  private readonly load: typeof fetch;
  private readonly loaders = new Map<string, () => Promise<FilterValues>>();

  constructor(folder: string, pages: number, files: Readonly<Record<string, string>>, load: typeof fetch = fetch) {
    this.folder = folder;
    this.pages = pages;
    this.files = files;
    this.load = load;
  }

  /** A filter's values with their pages; none for a filter no page has. A failed download is tried again next time. */
  values(filter: string): Promise<FilterValues> {
    const file = this.files[filter];
    if (file === undefined) return Promise.resolve(new Map());
    let load = this.loaders.get(filter);
    if (!load) {
      load = loadOnce(() => fetchText(this.load, `${this.folder}${file}`).then((text) => readTable(text, file)));
      this.loaders.set(filter, load);
    }
    return load();
  }
}

/**
 * The tables in the index's filter folder (`<bundle>filter/`), or null when it has no manifest:
 * an index Pagefind wrote and the merge could not rewrite (left in parts), whose pages are not
 * numbered by their names; Pagefind's own filters are used for it.
 */
export async function loadFilterTables(folder: string, load: typeof fetch = fetch): Promise<FilterTables | null> {
  const response = await load(`${folder}${FILTER_MANIFEST}`);
  // Not there (404, or 403 from a host that hides what it does not hold).
  if (!response.ok) return null;
  const manifest = readManifest(await response.text(), FILTER_MANIFEST);
  return new FilterTables(folder, manifest.pages, manifest.tables, load);
}

/** A file's text, which is gzip unless the server has already undone it (as it may, for a compressed file). */
async function fetchText(load: typeof fetch, url: string): Promise<string> {
  const response = await load(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const plain = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(plain).text();
}
