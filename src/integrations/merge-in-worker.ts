/**
 * Merges the index's parts (src/model/pagefind-merge.ts) in a worker thread. After the last page
 * is rendered, the build's own thread writes the feeds, calendars and data files
 * (subscribe-files.ts) while the index is merged: in the same thread the two took turns, while the
 * machine's other core, Pagefind's until then, stood idle.
 *
 * The worker is started before its parts are ready (`MergeWorker`), when the feed closes its first
 * part (pagefind-feed.ts), so that its modules load while pages render, not after them.
 */
import { Worker } from 'node:worker_threads';
import { FormatError } from '../model/pagefind-format.ts';
import type { IndexPart, mergeIndexParts, MergeOptions } from '../model/pagefind-merge.ts';

type Merged = Awaited<ReturnType<typeof mergeIndexParts>>;

type Answer = { ok: true; result: Merged } | { ok: false; format: boolean; message: string };

/** A merge's worker thread, started and waiting for its parts; given them once (`merge`), or closed unused. */
export class MergeWorker {
  private readonly worker: Worker;
  private readonly answer: Promise<Merged>;

  constructor() {
    this.worker = new Worker(new URL('./merge-worker.ts', import.meta.url));
    // Waiting, it does not keep the build's process alive: a build that fails before its merge ends.
    this.worker.unref();
    this.answer = new Promise((resolve, reject) => {
      let answered = false;
      this.worker.once('message', (answer: Answer) => {
        answered = true;
        if (answer.ok) resolve(answer.result);
        else reject(answer.format ? new FormatError(answer.message) : new Error(`merging the index parts failed: ${answer.message}`));
      });
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => {
        if (!answered) reject(new Error(`merging the index parts stopped with exit code ${code} before it answered`));
      });
    });
    // Reported by `merge`; a worker closed unused is not a failure.
    this.answer.catch(() => undefined);
  }

  /** As mergeIndexParts(root, parts, options), off the calling thread; a part it cannot read throws FormatError, as there. */
  merge(root: string, parts: readonly IndexPart[], options: MergeOptions = {}): Promise<Merged> {
    this.worker.ref();
    this.worker.postMessage({ root, parts, options });
    return this.answer;
  }

  /** Stops a worker that was given no parts; resolves once it has. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
