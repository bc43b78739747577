/**
 * The files of an output folder with their sizes, and its folders that hold nothing, listed in a
 * worker thread while the build does other work (issue 16, goal 3). A rebuild keeps the output
 * folder in place (output-folder.ts), and asked the file system, one call at a time on the build's
 * thread, for the size of every kept page's file, then for every folder's entries at the end: some
 * fifty thousand calls at 10,000 meetings, each dear on these machines. The listing is started before
 * the content is synced (src/integrations/page-cache.ts), on the core the sync leaves idle.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** What an output folder held when it was listed; paths below the folder, with `/`. */
export interface OutputListing {
  /** Every file but those in the top folders left alone. */
  files: string[];
  /** Each file's size in bytes, in the order of `files`; -1 when it could not be read (a broken link). */
  sizes: number[];
  /** Folders with nothing in them. */
  empty: string[];
}

/** Lists `dir` (as OutputListing says), leaving out the top folders named in `alone`. */
export function listOutput(dir: string, alone: readonly string[]): OutputListing {
  const listing: OutputListing = { files: [], sizes: [], empty: [] };
  const walk = (folder: string): void => {
    const entries = readdirSync(join(dir, folder), { withFileTypes: true });
    if (entries.length === 0 && folder !== '') listing.empty.push(folder);
    for (const entry of entries) {
      if (folder === '' && alone.includes(entry.name)) continue;
      const file = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(file);
      else {
        listing.files.push(file);
        listing.sizes.push(sizeOf(join(dir, file)) ?? -1);
      }
    }
  };
  walk('');
  return listing;
}

/** The size of the file at `path` (a link followed), or null when it cannot be read. */
export function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

/** A listing of an output folder made in a worker thread (output-listing-worker.ts). */
export class ListingWorker {
  private readonly worker: Worker;
  /** The listing; rejects if the folder cannot be listed (it does not exist) or the worker is closed first. */
  readonly listing: Promise<OutputListing>;

  constructor(dir: string, alone: readonly string[]) {
    this.worker = new Worker(new URL('./output-listing-worker.ts', import.meta.url), { workerData: { dir, alone } });
    // It does not keep the build's process alive: a build that fails before using it.
    this.worker.unref();
    this.listing = new Promise((resolve, reject) => {
      this.worker.once('message', (answer: { ok: true; listing: OutputListing } | { ok: false; message: string }) =>
        answer.ok ? resolve(answer.listing) : reject(new Error(`listing the output folder failed: ${answer.message}`)),
      );
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => reject(new Error(`listing the output folder stopped with exit code ${code}`)));
    });
    // Whoever uses the listing hears of a failure; one closed unused is none.
    this.listing.catch(() => undefined);
  }

  /** Stops the worker (a listing not needed: the folder is emptied). */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
