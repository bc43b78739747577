/**
 * The part of Pagefind's browser API (pagefind.js, loaded at run time from the built site)
 * the search page uses. Pagefind ships no types for it, so these mirror its documentation.
 */
import { underBase } from '../model/base-path.ts';

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

/** Loads the index's pagefind.js from the built site (it is not part of the bundle). */
export async function loadPagefind(base: string): Promise<Pagefind> {
  const bundle = underBase(base, 'pagefind/');
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  // Result URLs get the base path; we add highlight parameters ourselves (search-page.ts).
  // Pagefind searches in its web worker (pagefind-worker.js, 12 KB compressed, on every first
  // search): on the page's thread a search of a 10,000-meeting index held it for 0.3-1 s,
  // and the page would not answer typing meanwhile (BENCHMARKS.md, issue 16).
  await pagefind.options({ baseUrl: base, excerptLength: 30, ranking: RANKING });
  await mergeParts(pagefind, bundle, base);
  await pagefind.init();
  return pagefind;
}
