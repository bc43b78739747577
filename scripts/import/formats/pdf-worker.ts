/**
 * A worker thread of the PDF pool (pdf-pool.ts): turns the PDFs it is sent into text with pdfToText and answers
 * with the text, or with the FormatError's words, or with the message of anything else that went wrong.
 */
import { parentPort } from 'node:worker_threads';
import { FormatError } from './format-error.ts';
import { pdfToText } from './pdf-text.ts';
import type { PoolAnswer, PoolJob } from './pdf-pool.ts';

parentPort?.on('message', (job: PoolJob) => {
  pdfToText(job.bytes, job.file).then(
    (text) => parentPort?.postMessage({ id: job.id, text } satisfies PoolAnswer),
    (error: unknown) => {
      const answer: PoolAnswer =
        error instanceof FormatError
          ? { id: job.id, formatError: { problem: error.problem, fix: error.fix } }
          : { id: job.id, crash: error instanceof Error ? error.message : String(error) };
      parentPort?.postMessage(answer);
    },
  );
});
