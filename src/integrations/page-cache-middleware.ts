/**
 * During a build with the page cache open (page-cache.ts), sends a page the previous build rendered
 * when it would render the same (src/site/page-cache.ts), and otherwise renders it noting what it
 * reads (src/model/page-reads.ts) and keeps its output for the next build. Either way the page is
 * written to the output folder and given to the Pagefind feed here (kept-pages.ts), with the
 * searchDigest the cache keeps with it, so a kept page's HTML is not hashed again. A rendered page that
 * is not HTML, or not at an address ending in `/`, is left to Astro and to the Pagefind middleware,
 * inside which this one runs. Outside a build there is no cache and it does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { currentPageCache } from '../site/page-cache.ts';
import { sendKept, sendRendered } from './kept-pages.ts';
import { currentFeed } from './pagefind-feed.ts';
import { archiveReadCheck } from '../site/archive.ts';
import { digestOfProps, PageReads, readingPage } from '../model/page-reads.ts';
import { currentRenderCache } from '../markdown/render-cache.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const cache = currentPageCache();
  if (cache === undefined) return next();
  const path = context.url.pathname;
  const props = digestOfProps(context.props);
  // A page the prerenderer checked already (kept-pages.ts) is rendered.
  const kept = cache.takeChecked(path) ? null : cache.reuse('page', path, props, await archiveReadCheck());
  if (kept !== null) {
    if (cache.output === null) {
      currentRenderCache()?.keep(kept.blocks);
      return new Response(new Uint8Array(kept.body.read()), { headers: { 'content-type': kept.contentType } });
    }
    // Written here, at once, or left as the last build wrote it (src/site/output-folder.ts): Astro
    // writes each page through several awaited calls, four pages at a time, which made sending twenty
    // thousand kept pages most of a rebuild.
    sendKept(cache.output, path, kept);
    return new Response(null);
  }
  const reads = new PageReads();
  // The body is read inside: Astro renders a page as its body is read, and every read must be noted.
  const { response, body } = await readingPage(reads, async () => {
    const response = await next();
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  });
  const contentType = response.headers.get('content-type');
  // Only a whole page is kept: not an error, a redirect, or an empty response (a route that starts work).
  if (response.status === 200 && body.length > 0 && contentType !== null) {
    const search = cache.keep('page', path, props, reads, contentType, body);
    // The feed is given what the cache read of the page, with the text the cache decoded.
    if (search !== null) currentFeed()?.name(path, search);
    if (search !== null && cache.output !== null && path.endsWith('/')) {
      sendRendered(cache.output, path, body);
      return new Response(null);
    }
    // Else the Pagefind middleware, outside this one, gives it to the feed, and Astro writes it.
  }
  // An empty body stays none: Astro writes no file for a response without one (the bulk files' route).
  const sent = body.length === 0 ? null : new Uint8Array(body);
  return new Response(sent, { status: response.status, statusText: response.statusText, headers: response.headers });
});
