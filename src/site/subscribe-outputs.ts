/**
 * Whether the build writes the feeds, calendars and bulk data files, and how.
 *
 * The feeds, the calendars and the bulk data tables are written straight into the output folder by
 * one step of the build (src/integrations/subscribe-files.ts), after the pages and while Pagefind
 * writes its index, when the build's own thread would otherwise wait: each group of tables reads its
 * record files once for all its tables in both formats and streams them to disk, and ten thousand
 * meeting calendars do not each pay for a route of their own. Their endpoints stay for the dev
 * server, and for a build without that step; they list no paths while it writes the files.
 * (datapackage.json stays an endpoint: one small file. meetings.json, which lists every meeting, is
 * written with the data tables.)
 */
import { processGlobal } from '../model/process-global.ts';

export function buildsSubscribeOutputs(): boolean {
  return process.env['SUBSCRIBE_OUTPUTS'] !== 'off';
}

/** A file the build writes beside the pages: where it goes below the output folder, and its content. */
export interface BuiltFile {
  /** E.g. `feeds/committees/<council>/<committee>.xml`: the file's address without the base path, decoded as Astro names its files. */
  path: string;
  /** The response its endpoint gives. */
  response: () => Promise<Response>;
  /**
   * What `response` uses besides what it reads of the archive (which is noted as it reads): the
   * record or summary it was made for. A file kept by the previous build is written again when these
   * and its reads are the same (src/site/page-cache.ts), as a page is with its props.
   */
  inputs: unknown;
}

/** Where the file at `address` (from `files`, under the base path `/`) goes below the output folder. */
export function outputPath(address: string): string {
  return decodeURIComponent(address.replace(/^\//, ''));
}

/** What the writing step did: the files written, relative to the folder, and how long it took (s), in all and for each kind. */
export interface BulkResult {
  files: string[];
  seconds: number;
  parts: { feeds: number; calendars: number; data: number };
}

/** The build's writing step, as the integration and the step's route share it. */
export interface BulkWrite {
  /** The output folder the files go to. */
  folder: string;
  /** The writing, once the route has started it. */
  writing: Promise<BulkResult> | null;
}

/**
 * The integration and the step meet through a process global: the step is a route, bundled into the
 * build's own chunks, so a module-level value would be another copy.
 */
const shared = processGlobal<BulkWrite>('bulk-write');

/** The build's writing step, while a build with it runs; undefined otherwise (the dev server). */
export function bulkWrite(): BulkWrite | undefined {
  return shared.get();
}

export function startBulkWrite(folder: string): BulkWrite {
  const state: BulkWrite = { folder, writing: null };
  shared.set(state);
  return state;
}

export function endBulkWrite(): void {
  shared.set(undefined);
}
