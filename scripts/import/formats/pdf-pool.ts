/**
 * A small pool of worker threads that run pdfToText, so a folder of PDFs is read on more than one core while the
 * main thread parses the texts already read. Jobs wait in a queue for a free worker; answers come back by job id.
 * A FormatError in a worker comes back as a FormatError; anything else as an Error with the worker's message.
 */
import { Worker } from 'node:worker_threads';
import { FormatError } from './format-error.ts';
import type { PdfText } from './pdf-text.ts';

export interface PoolJob {
  id: number;
  file: string;
  bytes: Uint8Array;
}

export type PoolAnswer =
  { id: number; text: PdfText } | { id: number; formatError: { problem: string; fix: string } } | { id: number; crash: string };

export interface PdfPool {
  toText(bytes: Uint8Array, file: string): Promise<PdfText>;
  close(): Promise<void>;
}

interface Pending {
  job: PoolJob;
  resolve: (text: PdfText) => void;
  reject: (error: Error) => void;
}

/** Starts `size` workers; call close() when done, or the process stays alive. */
export function pdfPool(size: number): PdfPool {
  const queue: Pending[] = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, Pending>();
  let nextId = 0;
  let closed = false;

  function dispatch(): void {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const pending = queue.shift()!;
      running.set(worker, pending);
      // A copy is sent (not transferred), so the caller's bytes stay usable.
      worker.postMessage(pending.job);
    }
  }

  function start(): void {
    const worker = new Worker(new URL('./pdf-worker.ts', import.meta.url));
    worker.on('message', (answer: PoolAnswer) => {
      const pending = running.get(worker);
      running.delete(worker);
      idle.push(worker);
      if (pending) {
        const { file } = pending.job;
        if ('text' in answer) pending.resolve(answer.text);
        else if ('formatError' in answer) pending.reject(new FormatError(file, answer.formatError.problem, answer.formatError.fix));
        else pending.reject(new Error(answer.crash));
      }
      dispatch();
    });
    worker.on('error', (error) => {
      // The worker died (out of memory, a bug): fail its job, replace it.
      const pending = running.get(worker);
      running.delete(worker);
      if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
      pending?.reject(error);
      if (!closed) start();
      dispatch();
    });
    idle.push(worker);
  }

  for (let i = 0; i < size; i++) start();

  return {
    toText(bytes, file) {
      return new Promise<PdfText>((resolve, reject) => {
        queue.push({ job: { id: nextId++, file, bytes }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      const workers = [...idle, ...running.keys()];
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
