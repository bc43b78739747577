/**
 * During `astro build`, gives every rendered HTML page to Pagefind (see pagefind-feed.ts).
 * Outside a build (astro dev, astro preview) there is no feed and it does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { currentFeed } from './pagefind-feed.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = currentFeed();
  if (feed === undefined || response.body === null || !response.headers.get('content-type')?.includes('text/html')) return response;
  // The page's bytes are sent on as they came: encoding its text again cost more than keeping them.
  // The feed decodes them, unless the page cache has given it the page's text already.
  const bytes = new Uint8Array(await response.arrayBuffer());
  feed.add(context.url.pathname, bytes);
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
});
