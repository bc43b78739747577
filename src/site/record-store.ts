/**
 * The records as the content loader kept them, handed to the pages of the same process (issue 16,
 * goal 1). Astro's content store holds no record (record-loader.ts says why: whatever is in it is
 * held several times over during a build), so `getCollection` would give none; the loader
 * publishes its entries here when it has loaded a collection, and `loadArchive` reads them.
 *
 * A global, as the Pagefind feed and the render cache are: the content loaders and the pages are
 * modules of two bundles (the content config's and the prerender's), which share only the process.
 */
import type { Entry } from './archive-data.ts';
import { processGlobal } from '../model/process-global.ts';

/** What the archive reads of a collection's store: its entries, in the order they were stored. */
export interface RecordSource {
  values(): Entry<unknown>[];
}

interface Published {
  stores: Map<string, RecordSource>;
  /** Changes at every load, so that pages built after a reload (`astro dev`) see the new records. */
  version: number;
}

const shared = processGlobal<Published>('record-stores');

function published(): Published {
  let state = shared.get();
  if (state === undefined) {
    state = { stores: new Map(), version: 0 };
    shared.set(state);
  }
  return state;
}

/** Makes `source` the entries of `collection` for the pages (called by the loader after each load). */
export function publishRecords(collection: string, source: RecordSource): void {
  const state = published();
  state.stores.set(collection, source);
  state.version += 1;
}

/** The entries of `collection` as its loader stored them, or null when no loader published them here. */
export function publishedRecords(collection: string): Entry<unknown>[] | null {
  return shared.get()?.stores.get(collection)?.values() ?? null;
}

/** A number that changes whenever a collection is loaded again. */
export function recordsVersion(): number {
  return shared.get()?.version ?? 0;
}
