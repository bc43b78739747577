/**
 * The worker thread of merge-in-worker.ts: waits for the index parts, merges them and posts the
 * result, or why it could not (a part in a format the merge does not know, or another error).
 */
import { parentPort } from 'node:worker_threads';
import { FormatError } from '../model/pagefind-format.ts';
import { mergeIndexParts, type IndexPart, type MergeOptions } from '../model/pagefind-merge.ts';

parentPort?.once('message', async ({ root, parts, options }: { root: string; parts: IndexPart[]; options: MergeOptions }) => {
  try {
    parentPort?.postMessage({ ok: true, result: await mergeIndexParts(root, parts, options) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage({ ok: false, format: error instanceof FormatError, message });
  }
});
