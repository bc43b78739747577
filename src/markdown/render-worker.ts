/**
 * A render pool's worker thread (src/integrations/render-workers.ts): holds the build's link lists
 * (sent once, and again only if the build's pages use other lists) and renders the blocks it is
 * sent, answering each with its HTML, lookups and render cache line (handed over, not copied), or
 * why it could not.
 */
import { parentPort } from 'node:worker_threads';
import type { LinkContext } from './link-context.ts';
import { renderFresh } from './processor.ts';
import { blockLine, renderRecorded, type LinedBlock } from './recorded-render.ts';

/** What the worker is sent: the link lists, or a block to render under the render cache's `key`. */
export type RenderMessage =
  { links: Omit<LinkContext, 'here' | 'reads'> } | { id: number; key: string; markdown: string; here: LinkContext['here'] };

/** The worker's answer to a block. */
export type RenderAnswer = { id: number; block: LinedBlock } | { id: number; error: string };

let links: Omit<LinkContext, 'here' | 'reads'> | null = null;

parentPort?.on('message', (message: RenderMessage) => {
  if ('links' in message) {
    links = message.links;
    return;
  }
  const { id, key, markdown, here } = message;
  let block: LinedBlock;
  try {
    if (links === null) throw new Error('no link lists were sent before the first block');
    const context: LinkContext = { ...links, here };
    const recorded = renderRecorded(context, (reading) => renderFresh(markdown, reading));
    block = { ...recorded, line: blockLine(key, recorded) };
  } catch (error) {
    answer({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    return;
  }
  answer({ id, block }, [block.line.buffer as ArrayBuffer]);
});

function answer(message: RenderAnswer, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}
