/**
 * The part of Pagefind's browser API (pagefind.js, loaded at run time from the built site)
 * the search page uses. Pagefind ships no types for it, so these mirror its documentation.
 */

export type FilterCounts = Record<string, Record<string, number>>;

/** `{ council: { any: ['A', 'B'] } }`: a record matches any listed value. */
export type PagefindFilters = Record<string, { any: string[] }>;

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
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
}

/** Loads the index's pagefind.js from the built site (it is not part of the bundle). */
export async function loadPagefind(base: string): Promise<Pagefind> {
  const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // Result URLs get the base path; we add highlight parameters ourselves (search-page.ts).
  await pagefind.options({ baseUrl: base, excerptLength: 30 });
  await pagefind.init();
  return pagefind;
}
