/**
 * How many bytes the browser fetches from /pagefind/ for each search: the first search pays
 * for Pagefind's script, WebAssembly and the filter index; later ones only for the index
 * chunks and result fragments they need. Used by search-bytes.test.ts and the benchmark.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser } from './harness.ts';

export interface SearchBytes {
  query: string;
  /** Response body bytes from /pagefind/ while this search ran. */
  bytes: number;
  requests: number;
  files: string[];
}

/** Fills the search box, submits, and waits until the first page of results is shown. */
export async function runSearch(page: Page, query: string): Promise<void> {
  await page.locator('#search-query').fill(query);
  await page.locator('form[data-search-form] button[type="submit"]').click();
  await page.waitForFunction((q) => {
    const list = document.querySelector('[data-search-results]');
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return new URLSearchParams(location.search).get('q') === q && list?.getAttribute('aria-busy') === 'false' && status !== '';
  }, query);
}

/**
 * Opens `searchPageUrl` (the built site's /search/) and runs each query in turn on the page.
 * The first search counts from page load, so it includes Pagefind's start-up (its script,
 * WebAssembly and filter index, fetched as the page opens).
 */
export async function measureSearchBytes(searchPageUrl: string, queries: string[], browser?: Browser): Promise<SearchBytes[]> {
  const own = browser ?? (await launchBrowser());
  const page = await own.newPage();
  let finished: Request[] = [];
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname.includes('/pagefind/')) finished.push(request);
  });
  try {
    await page.goto(searchPageUrl);
    await page.waitForSelector('[data-search-app][data-ready]');
    const measured: SearchBytes[] = [];
    for (const query of queries) {
      if (measured.length > 0) finished = [];
      await runSearch(page, query);
      const done = [...finished];
      const sizes = await Promise.all(done.map(async (request) => (await request.sizes()).responseBodySize));
      measured.push({
        query,
        bytes: sizes.reduce((sum, size) => sum + size, 0),
        requests: done.length,
        files: done.map((request) => new URL(request.url()).pathname.replace(/^.*\/pagefind\//, '')),
      });
    }
    return measured;
  } finally {
    await page.close();
    if (!browser) await own.close();
  }
}
