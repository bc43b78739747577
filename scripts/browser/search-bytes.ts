/**
 * How many bytes the browser fetches from /pagefind/ for each search on the site's own search
 * page: the first search pays for Pagefind's script, WebAssembly and metadata (it counts from
 * page load); later ones only for the index chunks, filters and result fragments they need.
 * One measurement for the browser tests, `scripts/search-bytes.ts` and the benchmark, which
 * also measures a mix of queries cold and warm (measureQueryMix).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser } from './chromium.ts';
import { serveStatic } from './static-server.ts';

export interface SearchBytes {
  query: string;
  /** Response body bytes from /pagefind/ while this search ran, as our test server sends them. */
  bytes: number;
  /** The same, as a host that gzips text would send them (Pagefind's index is compressed already). */
  wireBytes: number;
  /** Of `bytes`, the result fragments (the shown results' data). */
  fragmentBytes: number;
  requests: number;
  files: string[];
  /** Results found, as the page's status says. */
  results: number;
}

/** Pagefind's index and fragments are compressed already; hosts gzip its JS and JSON. */
export function onTheWire(path: string, body: Buffer): number {
  return /\.(?:js|json|css)$/.test(path) ? gzipSync(body).length : body.length;
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

/** "1,234 results for …" → 1234; "No results" → 0. */
function resultsIn(status: string): number {
  const match = /^([\d,]+) results?\b/.exec(status.trim());
  return match ? Number((match[1] ?? '0').replace(/,/g, '')) : 0;
}

async function weigh(query: string, done: Request[], page: Page): Promise<SearchBytes> {
  let bytes = 0;
  let wireBytes = 0;
  let fragmentBytes = 0;
  for (const request of done) {
    const path = new URL(request.url()).pathname;
    const body = (await (await request.response())?.body().catch(() => null)) ?? Buffer.alloc(0);
    bytes += body.length;
    wireBytes += onTheWire(path, body);
    if (path.includes('/fragment/')) fragmentBytes += body.length;
  }
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  const files = done.map((request) => new URL(request.url()).pathname.replace(/^.*\/pagefind\//, ''));
  return { query, bytes, wireBytes, fragmentBytes, requests: done.length, files, results: resultsIn(status) };
}

/** Opens `searchPageUrl` (the built site's /search/) and runs each query in turn on the page. */
export async function measureSearchBytes(searchPageUrl: string, queries: string[], browser?: Browser): Promise<SearchBytes[]> {
  const own = browser ?? (await launchBrowser());
  try {
    const { context, page, taken } = await freshPage(own, searchPageUrl);
    const measured: SearchBytes[] = [];
    // The first search counts from page load (Pagefind's start-up), the others from their submit.
    for (const query of queries) measured.push(await searchAndWeigh(page, query, taken));
    await context.close();
    return measured;
  } finally {
    if (!browser) await own.close();
  }
}

/** The paths of the results on the page, in order, without the highlight and anchor. */
export function resultPaths(page: Page): Promise<string[]> {
  return page
    .locator('[data-search-results] > li h3 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

export interface MixMeasurement {
  query: string;
  /** A search on a fresh page, nothing cached: Pagefind's start-up and this query. */
  cold: SearchBytes;
  /** The same query on a page that has run one other query (the warm-up) first. */
  warm: SearchBytes;
  /** Result paths on the first page of results, best first (from the cold search). */
  top: string[];
}

/** One fresh page (its own cache) that records what it fetches from /pagefind/. */
async function freshPage(
  browser: Browser,
  searchPageUrl: string,
): Promise<{ context: BrowserContext; page: Page; taken: () => Request[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let finished: Request[] = [];
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname.includes('/pagefind/')) finished.push(request);
  });
  await page.goto(searchPageUrl);
  await page.waitForSelector('[data-search-app][data-ready]');
  return {
    context,
    page,
    taken: () => {
      const done = finished;
      finished = [];
      return done;
    },
  };
}

async function searchAndWeigh(page: Page, query: string, taken: () => Request[]): Promise<SearchBytes> {
  await runSearch(page, query);
  await page.waitForLoadState('networkidle');
  return weigh(query, taken(), page);
}

/**
 * Each query twice, each time in a fresh browser context: cold (page load, then the query) and
 * warm (page load, a warm-up query, then the query; only the query's bytes count). The warm-up
 * is the first query of the list, or the second for the first itself, so every query is
 * measured after exactly one other.
 */
export async function measureQueryMix(searchPageUrl: string, queries: string[], browser: Browser): Promise<MixMeasurement[]> {
  const measured: MixMeasurement[] = [];
  for (const [index, query] of queries.entries()) {
    const cold = await freshPage(browser, searchPageUrl);
    let coldBytes: SearchBytes;
    let top: string[];
    try {
      coldBytes = await searchAndWeigh(cold.page, query, cold.taken);
      top = await resultPaths(cold.page);
    } finally {
      await cold.context.close();
    }
    const warm = await freshPage(browser, searchPageUrl);
    try {
      const warmUp = queries[index === 0 ? 1 : 0] ?? query;
      await searchAndWeigh(warm.page, warmUp, warm.taken);
      measured.push({ query, cold: coldBytes, warm: await searchAndWeigh(warm.page, query, warm.taken), top });
    } finally {
      await warm.context.close();
    }
  }
  return measured;
}

/** Serves a built site and measures its search page; the server is closed whatever happens. */
export async function measureSiteSearch(dist: string, queries: string[], base = '/'): Promise<SearchBytes[]> {
  const server = await serveStatic(dist, base);
  try {
    return await measureSearchBytes(`${server.url}search/`, queries);
  } finally {
    await server.close();
  }
}
