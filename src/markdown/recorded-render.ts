/**
 * A block rendered with a note of every lookup it made in the link index (link-context.ts): what
 * the render cache keeps (render-cache.ts), made on the page's thread or in the render pool's
 * workers (render-pool.ts), the same either way.
 */
import type { LinkContext, LinkReads } from './link-context.ts';
import { digestOf } from '../model/page-reads.ts';

/** One lookup a render made: the table, the key, and a digest of what the table held there. */
export type LinkRead = [table: string, key: string | number, digest: string];

/** A block's HTML and the lookups that made it. */
export interface RecordedBlock {
  html: string;
  reads: LinkRead[];
}

/** Notes each lookup once, in the order made, with a digest of what it gave. */
class Recorder implements LinkReads {
  readonly reads = new Map<string, LinkRead>();
  note(table: string, key: string | number, value: unknown): void {
    const id = `${table}\0${typeof key}\0${key}`;
    if (!this.reads.has(id)) this.reads.set(id, [table, key, digestOf(value)]);
  }
}

/** A rendered block with its line for the render cache's file (`blockLine`), made where it was rendered. */
export interface LinedBlock extends RecordedBlock {
  line: Uint8Array;
}

/**
 * The render cache's line for a block (render-cache.ts reads it back): JSON of its key, HTML and
 * lookups, and a newline. Written here so that the render pool's workers make it, not the page's
 * thread; TextEncoder gives the line a buffer of its own, which a worker can hand over whole.
 */
export function blockLine(key: string, { html, reads }: RecordedBlock): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify([key, html, reads])}\n`);
}

/** Renders a block by `fresh` with `context`, noting its lookups. */
export function renderRecorded(context: LinkContext, fresh: (context: LinkContext) => string): RecordedBlock {
  const recorder = new Recorder();
  const html = fresh({ ...context, reads: recorder });
  return { html, reads: [...recorder.reads.values()] };
}
