/**
 * A render pool's worker thread (src/integrations/render-workers.ts): holds the build's link lists
 * (sent once, and again only if the build's pages use other lists) and renders the blocks it is
 * sent, answering each with its HTML and lookups, or why it could not.
 */
import { parentPort } from 'node:worker_threads';
import type { LinkContext } from './link-context.ts';
import { renderFresh } from './processor.ts';
import { renderRecorded } from './recorded-render.ts';

/** What the worker is sent: the link lists, or a block to render. */
export type RenderMessage = { links: Omit<LinkContext, 'here' | 'reads'> } | { id: number; markdown: string; here: LinkContext['here'] };

let links: Omit<LinkContext, 'here' | 'reads'> | null = null;

parentPort?.on('message', (message: RenderMessage) => {
  if ('links' in message) {
    links = message.links;
    return;
  }
  const { id, markdown, here } = message;
  try {
    if (links === null) throw new Error('no link lists were sent before the first block');
    const context: LinkContext = { ...links, here };
    parentPort?.postMessage({ id, block: renderRecorded(context, (recorded) => renderFresh(markdown, recorded)) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
