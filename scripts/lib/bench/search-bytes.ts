/**
 * Bytes a browser fetches from /pagefind/ for a first search and for a later one, in
 * Debian's Chromium: Pagefind's JS API is loaded on a built page, each query runs and
 * the first ten results' data are loaded, as a results page would.
 * (Our own measurement: tests/e2e/search-bytes.ts from the search engineer was not there yet.)
 */
import { gzipSync } from 'node:zlib';
import { launchBrowser, serveStatic } from '../../../tests/e2e/harness.ts';

export interface SearchBytes {
  /** KB fetched from /pagefind/ for each query, in order (first includes loading Pagefind), as a host that gzips text would send them. */
  perQueryKB: number[];
  /** The same, as our test server sends them (no HTTP compression). */
  perQueryRawKB: number[];
  /** Of perQueryKB, the result fragments (the first ten results' data). */
  perQueryFragmentKB: number[];
  /** Results Pagefind found for each query. */
  results: number[];
}

interface PagefindApi {
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
}

/** Pagefind's index and fragments are compressed already; hosts gzip its JS and JSON. */
export function onTheWire(path: string, body: Buffer): number {
  return /\.(?:js|json|css)$/.test(path) ? gzipSync(body).length : body.length;
}

export async function measureSearch(dist: string, queries: string[], base = '/'): Promise<SearchBytes> {
  const server = await serveStatic(dist, base);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let rawBytes = 0;
    let fragmentBytes = 0;
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.includes('/pagefind/')) return;
      void request.response().then(async (response) => {
        const body = response ? await response.body() : Buffer.alloc(0);
        rawBytes += body.length;
        bytes += onTheWire(path, body);
        if (path.includes('/fragment/')) fragmentBytes += body.length;
      });
    });
    await page.goto(server.url);
    const perQueryKB: number[] = [];
    const perQueryRawKB: number[] = [];
    const perQueryFragmentKB: number[] = [];
    const results: number[] = [];
    for (const query of queries) {
      bytes = 0;
      rawBytes = 0;
      fragmentBytes = 0;
      const found = await page.evaluate(
        async ([url, text]) => {
          const scope = globalThis as unknown as { benchPagefind?: PagefindApi };
          if (!scope.benchPagefind) {
            scope.benchPagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
            // As the search page does: the other parts of an index built in parts (parts.json).
            const bundle = url.replace(/pagefind\.js$/, '');
            const response = await fetch(`${bundle}parts.json`);
            const parts = response.ok ? ((await response.json()) as string[]) : [];
            for (const part of parts) await scope.benchPagefind.mergeIndex(`${bundle}${part}`);
            await scope.benchPagefind.init();
          }
          const search = await scope.benchPagefind.search(text);
          await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
          return search.results.length;
        },
        [`${server.url}pagefind/pagefind.js`, query] as const,
      );
      await page.waitForLoadState('networkidle');
      await new Promise((resolve) => setTimeout(resolve, 200));
      perQueryKB.push(bytes / 1024);
      perQueryRawKB.push(rawBytes / 1024);
      perQueryFragmentKB.push(fragmentBytes / 1024);
      results.push(found);
    }
    return { perQueryKB, perQueryRawKB, perQueryFragmentKB, results };
  } finally {
    await browser.close();
    await server.close();
  }
}
