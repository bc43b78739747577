/**
 * The thread of pagefind-compressor.ts: compresses each chunk as the merge would
 * (compressFileSync), writes it, and links it into the chunk cache when asked.
 */
import { linkSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { compressFileSync } from './pagefind-format.ts';
import type { CompressDone, CompressJob } from './pagefind-compressor.ts';

parentPort?.on('message', ({ id, file, body, keepAs }: CompressJob) => {
  let error: string | null = null;
  try {
    writeFileSync(file, compressFileSync(body));
    if (keepAs !== null) {
      try {
        linkSync(file, keepAs);
      } catch {
        // Kept already, or a link cannot be made: the next merge compresses it again.
      }
    }
  } catch (failure) {
    error = failure instanceof Error ? failure.message : String(failure);
  }
  parentPort?.postMessage({ id, error } satisfies CompressDone);
});
