/** The worker thread of output-listing.ts: lists the output folder it is given and posts the listing, or why it could not. */
import { parentPort, workerData } from 'node:worker_threads';
import { listOutput } from './output-listing.ts';

const { dir, alone } = workerData as { dir: string; alone: string[] };
try {
  parentPort?.postMessage({ ok: true, listing: listOutput(dir, alone) });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
