/**
 * The search page's searches, run one at a time, and of those asked for while one runs only the
 * newest. Pagefind runs every search in one worker, in the order asked, and cannot stop one: at
 * 100,000 meetings a search of a common word across all councils takes seconds (BENCHMARKS.md,
 * round 23), and the page searches as the reader types, so a reader typing a few words would wait
 * for a search at every pause before the last one's. Now the last one waits only for the search
 * running when it was typed, and the searches typed in between are never run.
 *
 * A search that waits longer than `maxWaitMs` starts anyway, as every search did before: one
 * stalled on the network (a download the browser has not yet given up on) must not hold up
 * every later search.
 */

/** What a task asked for returns when a newer one took its place before it started. */
export const SKIPPED = Symbol('skipped');

interface Waiting {
  task: () => Promise<unknown>;
  settle: (outcome: unknown) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class NewestOnly {
  private readonly maxWaitMs: number;
  /** The newest task started, while it runs (0: none runs). */
  private running = 0;
  private started = 0;
  private waiting: Waiting | null = null;

  constructor(maxWaitMs = 10_000) {
    this.maxWaitMs = maxWaitMs;
  }

  /**
   * Runs `task` now if nothing runs, else once the newest task started has finished (or after
   * `maxWaitMs`), unless another is asked for before then: this one then returns SKIPPED without
   * running. Its outcome otherwise, a failure included.
   */
  run<T>(task: () => Promise<T>): Promise<T | typeof SKIPPED> {
    if (this.running === 0) return this.start(task);
    if (this.waiting !== null) {
      clearTimeout(this.waiting.timer);
      this.waiting.settle(SKIPPED);
    }
    return new Promise((resolve) => {
      const waiting: Waiting = {
        task,
        settle: resolve as (outcome: unknown) => void,
        timer: setTimeout(() => this.startWaiting(waiting), this.maxWaitMs),
      };
      this.waiting = waiting;
    });
  }

  private start<T>(task: () => Promise<T>): Promise<T> {
    const mine = ++this.started;
    this.running = mine;
    return Promise.resolve()
      .then(task)
      .finally(() => {
        // A task outrun by one started after waiting too long leaves the waiting to that one.
        if (this.running !== mine) return;
        this.running = 0;
        if (this.waiting !== null) this.startWaiting(this.waiting);
      });
  }

  private startWaiting(waiting: Waiting): void {
    if (this.waiting !== waiting) return;
    clearTimeout(waiting.timer);
    this.waiting = null;
    // Settled with the started task's promise, so its outcome (or failure) is the waiter's.
    waiting.settle(this.start(waiting.task));
  }
}
