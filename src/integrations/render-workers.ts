/**
 * The render pool of a build (src/markdown/render-pool.ts): worker threads running
 * src/markdown/render-worker.ts, one fewer than the machine's cores (at least one, at most
 * MAX_WORKERS), given blocks in turn. A worker is sent the page's link lists before its first block
 * and whenever a page's lists are other arrays than those it was sent last.
 *
 * A worker holds the process open only while it owes an answer: a build that fails ends.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LinkContext } from '../markdown/link-context.ts';
import type { LinedBlock } from '../markdown/recorded-render.ts';
import type { RenderPool } from '../markdown/render-pool.ts';
import type { RenderAnswer, RenderMessage } from '../markdown/render-worker.ts';

/** More workers than this brought nothing: the page's thread is then the slower side. */
const MAX_WORKERS = 3;

/** The lists of a context a worker links against. */
const LISTS = ['meetings', 'reports', 'recommendations', 'people'] as const;

/** How many workers a build on this machine starts: none on one core. */
export function renderWorkerCount(cores = availableParallelism()): number {
  return Math.max(0, Math.min(MAX_WORKERS, cores - 1));
}

interface Waiting {
  resolve: (block: LinedBlock) => void;
  reject: (error: Error) => void;
}

/**
 * A worker's heap has the build's limit, as the build's own thread does: V8 gives
 * `--max-old-space-size` (the heap the build chose, src/model/build-memory.ts) to every heap of the
 * process, over a worker's own `resourceLimits`. A bound of a quarter of the build's, set that way,
 * had no effect; made to hold, it changed nothing at 10,000 meetings, where a worker's heap stays
 * under 200 MB (BENCHMARKS.md, round 28).
 */
class RenderWorker {
  readonly thread = new Worker(new URL('../markdown/render-worker.ts', import.meta.url));
  /** The lists it was sent last. */
  lists: readonly unknown[] = [];
  owed = 0;
}

export class RenderWorkers implements RenderPool {
  private readonly workers: RenderWorker[];
  private readonly waiting = new Map<number, Waiting>();
  private lastId = 0;
  private turn = 0;
  private failure: Error | null = null;

  constructor(count: number) {
    this.workers = Array.from({ length: count }, () => this.start());
  }

  private start(): RenderWorker {
    const worker = new RenderWorker();
    worker.thread.unref();
    worker.thread.on('message', (answer: RenderAnswer) => this.answer(worker, answer));
    worker.thread.on('error', (error) => this.fail(error));
    worker.thread.on('exit', (code) => this.fail(new Error(`a record text worker stopped with exit code ${code}`)));
    return worker;
  }

  render(markdown: string, context: LinkContext, key: string): Promise<LinedBlock> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const worker = this.workers[this.turn++ % this.workers.length] as RenderWorker;
    const lists = LISTS.map((list) => context[list]);
    if (lists.some((list, at) => list !== worker.lists[at])) {
      worker.lists = lists;
      const { meetings, reports, recommendations, people } = context;
      worker.thread.postMessage({ links: { meetings, reports, recommendations, people } } satisfies RenderMessage);
    }
    const id = ++this.lastId;
    if (worker.owed++ === 0) worker.thread.ref();
    const answer = new Promise<LinedBlock>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    worker.thread.postMessage({ id, key, markdown, here: context.here } satisfies RenderMessage);
    return answer;
  }

  private answer(worker: RenderWorker, answer: RenderAnswer): void {
    if (--worker.owed === 0) worker.thread.unref();
    const waiting = this.waiting.get(answer.id);
    this.waiting.delete(answer.id);
    if ('block' in answer) waiting?.resolve(answer.block);
    else waiting?.reject(new Error(`rendering record text failed in a worker: ${answer.error}`));
  }

  /** A worker that failed or stopped: every block it owed, and any asked for after, fail with its error. */
  private fail(error: Error): void {
    if (this.failure !== null) return;
    this.failure = error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }

  /** Stops the workers; resolves once they have. */
  async close(): Promise<void> {
    this.fail(new Error('the record text workers were closed'));
    await Promise.all(this.workers.map((worker) => worker.thread.terminate()));
  }
}
