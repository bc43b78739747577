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

/** Renders a block by `fresh` with `context`, noting its lookups. */
export function renderRecorded(context: LinkContext, fresh: (context: LinkContext) => string): RecordedBlock {
  const recorder = new Recorder();
  const html = fresh({ ...context, reads: recorder });
  return { html, reads: [...recorder.reads.values()] };
}
