/**
 * The worker thread of merge-in-worker.ts: merges the index parts it is given and posts the
 * result, or why it could not (a part in a format the merge does not know, or another error).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FormatError } from '../model/pagefind-format.ts';
import { mergeIndexParts, type IndexPart } from '../model/pagefind-merge.ts';

const { root, parts } = workerData as { root: string; parts: IndexPart[] };
try {
  parentPort?.postMessage({ ok: true, result: await mergeIndexParts(root, parts) });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  parentPort?.postMessage({ ok: false, format: error instanceof FormatError, message });
}
