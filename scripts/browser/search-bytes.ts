/**
 * How many bytes the browser fetches from /pagefind/ for each search on the site's own search
 * page, and how long until its results show: the first search pays for Pagefind's script,
 * WebAssembly and metadata (it counts from page load); later ones only for the index chunks,
 * filters and result fragments they need.
 * One measurement for the browser tests, `scripts/search-bytes.ts` and the benchmark, which
 * also measures a mix of queries cold and warm (measureQueryMix), across all councils and
 * within one council as a council page's search form opens it (measureCouncilMix).
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
  /**
   * Seconds until the page showed the first page of results: from submitting the query, or, for a
   * search the page's address asks for, from opening the page (its load and Pagefind's start-up in it).
   */
  seconds: number;
}

/** Pagefind's index and fragments are compressed already; hosts gzip its JS and JSON. */
export function onTheWire(path: string, body: Buffer): number {
  return /\.(?:js|json|css)$/.test(path) ? gzipSync(body).length : body.length;
}

/** Fills the search box, submits, and waits until the first page of results is shown. */
export async function runSearch(page: Page, query: string): Promise<void> {
  await page.locator('#search-query').fill(query);
  await page.locator('form[data-search-form] button[type="submit"]').click();
  await waitForResults(page, query);
}

/**
 * How long a search may take to show its results. Pagefind's time grows with the results across
 * all councils: a query of four common words took 4 s at 10,000 meetings on a 2-core machine, and
 * over 30 s (Playwright's default) at 100,000 (BENCHMARKS.md, round 19). A page that never shows
 * its results still ends the run.
 */
const RESULTS_WAIT_MS = 300_000;

/** Waits until the page shows the first page of results for `query`: its address, list and status say so. */
async function waitForResults(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const list = document.querySelector('[data-search-results]');
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return new URLSearchParams(location.search).get('q') === q && list?.getAttribute('aria-busy') === 'false' && status !== '';
    },
    query,
    { timeout: RESULTS_WAIT_MS },
  );
}

/**
 * The search page's address for `query` within one council, as a council page's "Search this
 * council’s records" form (src/components/ScopedSearch.astro) submits it: `?q=…&council=…`.
 */
export function councilSearchUrl(searchPageUrl: string, query: string, council: string): string {
  const url = new URL(searchPageUrl);
  url.search = new URLSearchParams({ q: query, council }).toString();
  return url.href;
}

/** "1,234 results for …" → 1234; "No results" → 0. */
function resultsIn(status: string): number {
  const match = /^([\d,]+) results?\b/.exec(status.trim());
  return match ? Number((match[1] ?? '0').replace(/,/g, '')) : 0;
}

async function weigh(query: string, done: Request[], page: Page, seconds: number): Promise<SearchBytes> {
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
  return { query, bytes, wireBytes, fragmentBytes, requests: done.length, files, results: resultsIn(status), seconds };
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
): Promise<{ context: BrowserContext; page: Page; taken: () => Request[]; started: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const started = performance.now();
  let finished: Request[] = [];
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname.includes('/pagefind/')) finished.push(request);
  });
  await page.goto(searchPageUrl);
  await page.waitForSelector('[data-search-app][data-ready]');
  return {
    context,
    page,
    started,
    taken: () => {
      const done = finished;
      finished = [];
      return done;
    },
  };
}

async function searchAndWeigh(page: Page, query: string, taken: () => Request[]): Promise<SearchBytes> {
  const started = performance.now();
  await runSearch(page, query);
  const seconds = (performance.now() - started) / 1000;
  await page.waitForLoadState('networkidle');
  return weigh(query, taken(), page, seconds);
}

type FreshPage = Awaited<ReturnType<typeof freshPage>>;

/** A fresh page showing its results, `seconds` after it was opened. */
type OpenedPage = FreshPage & { seconds: number };

/**
 * How a reader reaches a query's results on a fresh page: `cold` opens a page and shows the
 * query's results (every byte since page load counts); `warm` opens a page and shows the
 * warm-up's results, after which the query is searched on it and only its bytes count.
 */
interface Arrival<Q> {
  cold: (query: Q) => Promise<OpenedPage>;
  warm: (warmUp: Q, query: Q) => Promise<OpenedPage>;
  /** Throws if the page shows the query's results other than as measured (e.g. without its council). */
  check?: (page: Page, query: Q) => Promise<void>;
}

/** The page once `shown` says its results are on it and the network is idle; its context is closed if that fails. */
async function opened(fresh: FreshPage, shown: (page: Page) => Promise<void>): Promise<OpenedPage> {
  try {
    await shown(fresh.page);
    const seconds = (performance.now() - fresh.started) / 1000;
    await fresh.page.waitForLoadState('networkidle');
    return { ...fresh, seconds };
  } catch (error) {
    await fresh.context.close();
    throw error;
  }
}

/** Each query cold and warm, each in a fresh context; the warm-up is the first query (the second, for the first). */
async function measureMix<Q extends { text: string }>(queries: Q[], arrive: Arrival<Q>): Promise<MixMeasurement[]> {
  const measured: MixMeasurement[] = [];
  for (const [index, query] of queries.entries()) {
    const cold = await arrive.cold(query);
    let coldBytes: SearchBytes;
    let top: string[];
    try {
      coldBytes = await weigh(query.text, cold.taken(), cold.page, cold.seconds);
      top = await resultPaths(cold.page);
      await arrive.check?.(cold.page, query);
    } finally {
      await cold.context.close();
    }
    const warm = await arrive.warm(queries[index === 0 ? 1 : 0] ?? query, query);
    try {
      // The warm-up's bytes, start-up included, are not the query's.
      warm.taken();
      const warmBytes = await searchAndWeigh(warm.page, query.text, warm.taken);
      await arrive.check?.(warm.page, query);
      measured.push({ query: query.text, cold: coldBytes, warm: warmBytes, top });
    } finally {
      await warm.context.close();
    }
  }
  return measured;
}

/**
 * Each query twice, each time in a fresh browser context: cold (page load, then the query) and
 * warm (page load, a warm-up query, then the query; only the query's bytes count). The warm-up
 * is the first query of the list, or the second for the first itself, so every query is
 * measured after exactly one other.
 */
export function measureQueryMix(searchPageUrl: string, queries: string[], browser: Browser): Promise<MixMeasurement[]> {
  const searched = async ({ text }: { text: string }) => opened(await freshPage(browser, searchPageUrl), (page) => runSearch(page, text));
  return measureMix(
    queries.map((text) => ({ text })),
    { cold: searched, warm: searched },
  );
}

/** A query and the council (its name, as the council filter holds it) it is searched within. */
export interface CouncilQuery {
  text: string;
  council: string;
}

/**
 * The same within a council, the way a reader arrives from a council page's search form: cold
 * opens the address of the query within its council and waits for the results; warm opens the
 * address of the warm-up within the same council (the query's, not the warm-up's own), then
 * fills the search box with the query and submits it, the council still chosen in the page's
 * filters, and counts that search alone.
 */
export function measureCouncilMix(searchPageUrl: string, queries: CouncilQuery[], browser: Browser): Promise<MixMeasurement[]> {
  const within = async (text: string, council: string) =>
    opened(await freshPage(browser, councilSearchUrl(searchPageUrl, text, council)), (page) => waitForResults(page, text));
  return measureMix(queries, {
    cold: (query) => within(query.text, query.council),
    warm: (warmUp, query) => within(warmUp.text, query.council),
    // A page that dropped the council on a submitted search would be measured across all councils.
    check: async (page, query) => {
      const chosen = new URL(page.url()).searchParams.getAll('council');
      if (chosen.length !== 1 || chosen[0] !== query.council) {
        throw new Error(`"${query.text}" within ${query.council}: the search page's address chooses ${JSON.stringify(chosen)}`);
      }
    },
  });
}

export interface FilterMeasurement {
  query: string;
  council: string;
  /** Opening "Filter results" after the query's results showed across all councils: until its counts show. */
  open: SearchBytes;
  /** Then ticking the council there: until the query's results within it, counted again, show. */
  choose: SearchBytes;
  /** Opening "Filter results" on a fresh page that searched the query within the council (its own index): until its counts show. */
  within: SearchBytes;
}

/** Waits until the results and the counts of "Filter results" are shown for the address's search, which chooses `council`. */
async function waitForCounts(page: Page, council: string | null): Promise<void> {
  await page.waitForFunction(
    (chosen) => {
      const params = new URLSearchParams(location.search);
      const busy = document.querySelector('[data-search-results]')?.getAttribute('aria-busy');
      const counted = document.querySelector('[data-search-filter-panel][open] [data-search-filters]:not([hidden])') !== null;
      return (chosen === null || params.getAll('council').includes(chosen)) && busy === 'false' && counted;
    },
    council,
    { timeout: RESULTS_WAIT_MS },
  );
}

/**
 * What a reader pays to filter a search by council: a fresh page searches the query across all
 * councils; then "Filter results" is opened (the filters counted) and the query's council ticked
 * (the results filtered and counted again). Then a fresh page searches the query within the
 * council, as from a council page, and "Filter results" is opened there. Each step counts from
 * its click to its counts shown, and its bytes alone.
 */
export async function measureFilters(searchPageUrl: string, query: CouncilQuery, browser: Browser): Promise<FilterMeasurement> {
  const box = `input[name="council"][value="${query.council.replace(/["\\]/g, '\\$&')}"]`;
  const across = await opened(await freshPage(browser, searchPageUrl), (page) => runSearch(page, query.text));
  const [open, choose] = await stepsOn(across, query.text, [
    { click: (page) => page.locator(OPEN_FILTERS).click(), council: null },
    { click: (page) => page.locator(box).check(), council: query.council },
  ]);
  const url = councilSearchUrl(searchPageUrl, query.text, query.council);
  const within = await opened(await freshPage(browser, url), (page) => waitForResults(page, query.text));
  const [counted] = await stepsOn(within, query.text, [{ click: (page) => page.locator(OPEN_FILTERS).click(), council: query.council }]);
  if (!open || !choose || !counted) throw new Error('measureFilters: a step was not measured');
  return { query: query.text, council: query.council, open, choose, within: counted };
}

const OPEN_FILTERS = '[data-search-filter-panel] summary';

interface FilterStep {
  click: (page: Page) => Promise<void>;
  /** The council the address chooses once the step is done, or null for any. */
  council: string | null;
}

/** Takes the steps in turn on an opened page, each weighed from its click to its counts shown; the page is closed after. */
async function stepsOn(fresh: OpenedPage, text: string, steps: FilterStep[]): Promise<SearchBytes[]> {
  try {
    const { page, taken } = fresh;
    taken();
    const weighed: SearchBytes[] = [];
    for (const { click, council } of steps) {
      const started = performance.now();
      await click(page);
      await waitForCounts(page, council);
      const seconds = (performance.now() - started) / 1000;
      await page.waitForLoadState('networkidle');
      weighed.push(await weigh(text, taken(), page, seconds));
    }
    return weighed;
  } finally {
    await fresh.context.close();
  }
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
