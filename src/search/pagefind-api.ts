/**
 * The part of Pagefind's browser API (pagefind.js, loaded at run time from the built site)
 * the search page uses. Pagefind ships no types for it, so these mirror its documentation.
 */
import { underBase } from '../model/base-path.ts';
import { SCOPES_FOLDER } from '../model/search-scopes.ts';

export type FilterCounts = Record<string, Record<string, number>>;

/**
 * `{ council: { any: ['A', 'B'] } }`: a record matches any listed value. `{ none: [] }` leaves
 * no record out, but makes Pagefind load that filter and count its values.
 */
export type PagefindFilters = Record<string, { any: string[] } | { none: [] }>;

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text: string; location: number };
  locations: number[];
  weighted_locations?: { weight: number; location: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Where the searched words occur in the record's text (word positions, stop words counted). */
  words: number[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Per filter value: how many results would remain with that value added to the filters. */
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
}

/** What every index is searched with (see loadPagefind). A type, not an interface: `options()` takes it as a record. */
export type PagefindOptions = {
  baseUrl: string;
  excerptLength: number;
  ranking: typeof RANKING;
};

/** An index of its own beside the module's: `createInstance`, for a council's index. */
export interface PagefindInstance extends Pagefind {
  destroy(): Promise<void>;
}

/** pagefind.js: its functions use the module's own index, and `createInstance` makes others. */
export interface PagefindModule extends Pagefind {
  createInstance(options: PagefindOptions & { basePath: string }): PagefindInstance;
}

/**
 * How Pagefind ranks. Record pages differ in length by two orders of magnitude (a recommendation
 * of 100 words, a meeting of 3,000, a report of 14,000); Pagefind's default page length factor
 * (0.75) let any short page that mentions a word outrank the long record about it. At 0.5 the
 * known-item searches (tests/e2e/search-known-item.test.ts) find the record a reader wants.
 */
export const RANKING = { pageLength: 0.5 };

/**
 * Adds the other parts of a large archive's index (`parts.json`, written by the build: see
 * src/integrations/pagefind-feed.ts) to a Pagefind instance whose bundle is at `bundle`.
 * Each part ranks as the main index does.
 */
export async function mergeParts(pagefind: Pagefind, bundle: string, baseUrl: string, load: typeof fetch = fetch): Promise<number> {
  const response = await load(`${bundle}parts.json`);
  const parts = response.ok ? ((await response.json()) as string[]) : [];
  for (const part of parts) await pagefind.mergeIndex(`${bundle}${part}`, { baseUrl, ranking: RANKING });
  return parts.length;
}

/** Where the index's files are below the site's base path. */
export function bundleOf(base: string): string {
  return underBase(base, 'pagefind/');
}

/** The index's pagefind.js from the built site (it is not part of the bundle); the browser imports it once. */
async function importPagefind(base: string): Promise<PagefindModule> {
  return (await import(/* @vite-ignore */ `${bundleOf(base)}pagefind.js`)) as PagefindModule;
}

/** Result URLs get the base path; we add highlight parameters ourselves (search-page.ts). */
function searchOptions(base: string): PagefindOptions {
  return { baseUrl: base, excerptLength: 30, ranking: RANKING };
}

/** The whole archive's index. */
export async function loadPagefind(base: string): Promise<Pagefind> {
  const bundle = bundleOf(base);
  const pagefind = await importPagefind(base);
  // Pagefind searches in its web worker (pagefind-worker.js, 12 KB compressed, on every first
  // search): on the page's thread a search of a 10,000-meeting index held it for 0.3-1 s,
  // and the page would not answer typing meanwhile (BENCHMARKS.md, issue 16).
  await pagefind.options(searchOptions(base));
  await mergeParts(pagefind, bundle, base);
  await pagefind.init();
  // init() only starts loading the index; an empty search waits until it has loaded (and
  // downloads nothing), so that SearchIndexes loads one index at a time.
  await pagefind.search('');
  return pagefind;
}

/**
 * A council's own index (src/model/search-scopes.ts), in the folder `folder` below the
 * councils' indexes. It fails when the index is not there (a council the build wrote none
 * for), once Pagefind has tried to load it.
 */
export async function loadCouncilIndex(base: string, folder: string): Promise<Pagefind> {
  const { createInstance } = await importPagefind(base);
  const basePath = `${bundleOf(base)}${SCOPES_FOLDER}/${folder}/`;
  const pagefind = createInstance({ ...searchOptions(base), basePath });
  try {
    await pagefind.init();
    // init() only starts Pagefind's worker, which loads the index (its entry, page table and
    // WebAssembly) meanwhile and says if it could not at its first use; filters() waits for
    // that. The index has no filters, so it downloads nothing more.
    await pagefind.filters();
  } catch (error) {
    await pagefind.destroy();
    throw error;
  }
  return pagefind;
}
