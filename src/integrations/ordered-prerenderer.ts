/**
 * Astro's prerenderer, wrapped so the Pagefind feed knows the order pages start rendering in
 * (Astro's own list of paths, started in order) and can hand them to Pagefind in that order,
 * whatever order they finish in (see pagefind-feed.ts), and so that rendering waits while Pagefind is
 * too far behind. Rendering itself is Astro's.
 */
import type { AstroIntegration } from 'astro';
import { currentFeed } from './pagefind-feed.ts';

type SetPrerenderer = Parameters<NonNullable<AstroIntegration['hooks']['astro:build:start']>>[0]['setPrerenderer'];
type Prerenderer = Extract<Parameters<SetPrerenderer>[0], { render: unknown }>;

/** `inner`, with each render's place reserved in the open feed before it starts and settled when it ends. */
export function orderedPrerenderer(inner: Prerenderer): Prerenderer {
  const render: Prerenderer['render'] = async (request, options) => {
    const feed = currentFeed();
    const pathname = new URL(request.url).pathname;
    feed?.reserve(pathname);
    try {
      return await inner.render(request, options);
    } finally {
      // The middleware has added the page (or not: not HTML) by the time the render is over.
      feed?.settle(pathname);
      // No further than Pagefind allows (pagefind-backlog.ts: UNANSWERED): the render ends once it has caught up.
      await feed?.ready();
    }
  };
  // Everything else (setup, paths, images, teardown) is the inner prerenderer's own.
  const wrapped = Object.create(inner) as Prerenderer;
  return Object.assign(wrapped, { name: `${inner.name}+pagefind-order`, render });
}
