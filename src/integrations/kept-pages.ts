/**
 * Pages the last build rendered, sent without Astro rendering them (issue 16, goal 3). Each page route
 * gives its pages' props digests as Astro's `cacheKey` (keyedByProps in src/model/page-reads.ts),
 * which Astro hands the prerenderer with each path. So the prerenderer can ask the page cache
 * (src/site/page-cache.ts) whether a page would render the same before Astro renders it, and send the
 * kept page at once: Astro's work per page (its middleware chain, the page's props looked up again)
 * was about a second of the 20,000 kept pages of a rebuild at 10,000 meetings. A page found changed
 * is rendered as usual, and its middleware (page-cache-middleware.ts) does not check it again; a
 * page without a key (a route without parameters, an endpoint) is checked there as before.
 */
import type { AstroIntegration } from 'astro';
import { pageKey } from '../model/shard.ts';
import { loadedReadCheck } from '../site/traced-archive.ts';
import { currentPageCache, outputFileOf, type BuildOutput, type KeptPage, type ReadsNow } from '../site/page-cache.ts';
import { currentRenderCache } from '../markdown/render-cache.ts';
import { currentFeed } from './pagefind-feed.ts';
import { turnEvery } from '../model/event-loop.ts';

type SetPrerenderer = Parameters<NonNullable<AstroIntegration['hooks']['astro:build:start']>>[0]['setPrerenderer'];
type Prerenderer = Extract<Parameters<SetPrerenderer>[0], { render: unknown }>;

/**
 * Sends a kept page: its record text blocks stay in the render cache, its file is written to the
 * output folder (or left there as the last build wrote it: src/site/output-folder.ts), and the
 * Pagefind feed is given its bytes, searchDigest and SearchFacts. Astro writes no file for the empty
 * response the caller returns, and counts the page as built all the same.
 */
export function sendKept(output: BuildOutput, path: string, kept: KeptPage): void {
  currentRenderCache()?.keep(kept.blocks);
  output.folder.write(outputFileOf(path, output.base), kept.body);
  // Decoded by the feed only if Pagefind indexes it: most kept pages are in parts the last build kept too.
  if (kept.search !== null) currentFeed()?.add(path, { bytes: kept.body, facts: kept.search.facts }, kept.search.digest);
}

/**
 * Sends an HTML page this build rendered and the page cache kept: written to the output folder and
 * given to the Pagefind feed, as a kept page is. Astro's own write of a page, an awaited `mkdir`,
 * `open`, `write` and `close`, each a hop to libuv's threads and back, cost the build's thread more,
 * and more the larger its heap (BENCHMARKS.md, round 13). The caller has given the feed the page's
 * name (`name`), and returns an empty response: Astro writes no file for it.
 */
export function sendRendered(output: BuildOutput, path: string, body: Buffer): void {
  output.folder.put(outputFileOf(path, output.base), body);
  currentFeed()?.add(path, body);
}

/**
 * `inner`, with each page that has a props key checked against the page cache before it renders;
 * `readCheck` gives the archive's check of the last build's reads once the pages have loaded it.
 */
export function keptPagesPrerenderer(
  inner: Prerenderer,
  base: string,
  readCheck: () => Promise<ReadsNow> | undefined = loadedReadCheck,
): Prerenderer {
  const keys = new Map<string, string>();
  let sent = 0;
  const getStaticPaths: Prerenderer['getStaticPaths'] = async () => {
    const paths = await inner.getStaticPaths();
    keys.clear();
    // A path given twice is built from its first route, as Astro does.
    for (const { pathname, cacheKey } of paths) {
      const key = pageKey(pathname, base);
      if (cacheKey !== undefined && !keys.has(key)) keys.set(key, cacheKey);
    }
    return paths;
  };
  const render: Prerenderer['render'] = async (request, options) => {
    const cache = currentPageCache();
    const output = cache?.output ?? null;
    const check = readCheck();
    const path = new URL(request.url).pathname;
    const props = keys.get(pageKey(path, base));
    if (cache === undefined || output === null || check === undefined || props === undefined) return inner.render(request, options);
    const kept = cache.reuse('page', path, props, await check);
    if (kept === null) {
      cache.noteChecked(path);
      return inner.render(request, options);
    }
    sendKept(output, path, kept);
    // Kept pages are sent without I/O: without a turn of the event loop now and then, Pagefind's
    // answers to the pages of a part indexed again waited until the last page was sent.
    await turnEvery(sent++);
    return new Response(null);
  };
  const wrapped = Object.create(inner) as Prerenderer;
  return Object.assign(wrapped, { name: `${inner.name}+kept-pages`, getStaticPaths, render });
}
