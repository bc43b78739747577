/**
 * Merges the index's parts (src/model/pagefind-merge.ts) in a worker thread. After the last page
 * is rendered, the build's own thread writes the feeds, calendars and data files
 * (subscribe-files.ts) while the index is merged: in the same thread the two took turns, while the
 * machine's other core, Pagefind's until then, stood idle.
 */
import { Worker } from 'node:worker_threads';
import { FormatError } from '../model/pagefind-format.ts';
import type { IndexPart } from '../model/pagefind-merge.ts';

type Answer =
  { ok: true; result: { pages: number; sortValues: Record<string, string>[] } } | { ok: false; format: boolean; message: string };

/** As mergeIndexParts(root, parts), off the calling thread; a part it cannot read throws FormatError, as there. */
export function mergeInWorker(root: string, parts: readonly IndexPart[]): Promise<{ pages: number; sortValues: Record<string, string>[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./merge-worker.ts', import.meta.url), { workerData: { root, parts } });
    let answered = false;
    worker.once('message', (answer: Answer) => {
      answered = true;
      if (answer.ok) resolve(answer.result);
      else reject(answer.format ? new FormatError(answer.message) : new Error(`merging the index parts failed: ${answer.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`merging the index parts stopped with exit code ${code} before it answered`));
    });
  });
}
