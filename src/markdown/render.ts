/**
 * Record Markdown to safe HTML (processor.ts), through the build's render cache (render-cache.ts)
 * when one is open, and off the page's thread when the build started a render pool (render-pool.ts).
 */
import { readLinkTable, type LinkContext } from './link-context.ts';
import { markdownProcessor, renderFresh } from './processor.ts';
import { currentRenderCache, type BlockRenderer } from './render-cache.ts';
import { currentRenderPool } from './render-pool.ts';

export { markdownProcessor };

/**
 * Safe HTML for a block of record Markdown; empty text gives an empty string. During a build the
 * previous build's HTML is reused when it is still right (render-cache.ts).
 */
export function renderMarkdown(markdown: string, context: LinkContext): string {
  if (markdown.trim() === '') return '';
  const cache = currentRenderCache();
  if (cache === undefined) return renderFresh(markdown, context);
  return cache.render(markdown, context, rendererOf(markdown));
}

/** How the render cache renders `markdown` afresh and checks a lookup again, with this bundle's plugins. */
function rendererOf(markdown: string): BlockRenderer {
  return { fresh: (recorded) => renderFresh(markdown, recorded), read: readLinkTable };
}

/**
 * As renderMarkdown, but a block the cache does not hold is rendered by the build's render pool
 * when it has one, so the page's thread renders other pages meanwhile: the same HTML, and the
 * same lookups noted.
 */
export async function renderMarkdownAsync(markdown: string, context: LinkContext): Promise<string> {
  const cache = currentRenderCache();
  const pool = currentRenderPool();
  if (markdown.trim() === '' || cache === undefined || pool === undefined) return renderMarkdown(markdown, context);
  return cache.renderVia(markdown, context, rendererOf(markdown), (links, key) => pool.render(markdown, links, key));
}
