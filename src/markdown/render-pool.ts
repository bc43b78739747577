/**
 * Where a build renders the record text blocks its render cache does not hold: threads beside the
 * page's (src/integrations/render-workers.ts starts them). Rendering record Markdown is about a
 * quarter of the page thread's time in a build from nothing, and the machine's other cores stand
 * partly idle while it renders; a page waiting for its text lets Astro render the other pages in
 * flight (`build.concurrency`). Pages meet the pool through a process global, as they meet the cache.
 */
import type { LinkContext } from './link-context.ts';
import type { LinedBlock } from './recorded-render.ts';
import { processGlobal } from '../model/process-global.ts';

/**
 * Renders a block with its lookups noted, as renderRecorded with processor.ts's renderFresh would,
 * and its render cache line under `key` (blockLine).
 */
export interface RenderPool {
  render(markdown: string, context: LinkContext, key: string): Promise<LinedBlock>;
}

const shared = processGlobal<RenderPool>('render-pool');

/** Makes `pool` the one renderMarkdownAsync uses; undefined: blocks render on the page's thread. */
export function useRenderPool(pool: RenderPool | undefined): void {
  shared.set(pool);
}

export function currentRenderPool(): RenderPool | undefined {
  return shared.get();
}
