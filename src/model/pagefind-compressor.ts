/**
 * Compresses and writes small word chunks on a thread of their own (pagefind-compressor-worker.ts).
 * The councils' indexes (pagefind-scopes.ts) are thousands of chunks of a few KB, and most of the
 * whole index's are tens of KB: compressed on libuv's threads, each cost the merge's thread more
 * than compressing it (a zlib stream's set-up and round trip); compressed and created on the
 * merge's thread, they doubled its time, while the machine's other core waited. Here they take
 * that core, and the merge's thread goes on (BENCHMARKS.md, rounds 18 and 32).
 */
import { Worker } from 'node:worker_threads';

/** Chunks sent and not yet written before `write` waits for the oldest: at most IN_FLIGHT × COMPRESS_HERE_BELOW bytes. */
const IN_FLIGHT = 64;

/** What the worker is asked: compress `body` into `file`, then link it at `keepAs` (a chunk cache's), if given. */
export interface CompressJob {
  id: number;
  file: string;
  body: Uint8Array;
  keepAs: string | null;
}

export interface CompressDone {
  id: number;
  error: string | null;
}

export class ChunkCompressor {
  private readonly worker: Worker;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private readonly pending: Promise<void>[] = [];
  private failed: Error | null = null;

  constructor() {
    this.worker = new Worker(new URL('./pagefind-compressor-worker.ts', import.meta.url));
    this.worker.on('message', ({ id, error }: CompressDone) => {
      const job = this.waiting.get(id);
      this.waiting.delete(id);
      if (error === null) job?.resolve();
      else job?.reject(new Error(error));
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the chunk compressor stopped with exit code ${code}`)));
  }

  private fail(error: Error): void {
    this.failed ??= error;
    for (const job of this.waiting.values()) job.reject(error);
    this.waiting.clear();
  }

  /**
   * Sends a chunk to be written (`body` is not to be used after); waits only when IN_FLIGHT are
   * under way (a failure shows in `all`).
   */
  async write(file: string, body: Uint8Array, keepAs: string | null): Promise<void> {
    if (this.failed !== null) throw this.failed;
    const id = this.next++;
    const done = new Promise<void>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    done.catch(() => undefined);
    this.pending.push(done);
    // A body that owns its memory moves to the thread instead of being copied (a pooled one is copied).
    const owned = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength && body.buffer instanceof ArrayBuffer;
    this.worker.postMessage({ id, file, body, keepAs } satisfies CompressJob, owned ? [body.buffer as ArrayBuffer] : []);
    if (this.pending.length >= IN_FLIGHT) await this.pending.shift();
  }

  /** Waits for every chunk sent; the first failure is thrown. */
  async all(): Promise<void> {
    await Promise.all(this.pending.splice(0));
  }

  /** Stops the thread (after `all`, or on failure). */
  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}
