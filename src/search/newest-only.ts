/**
 * The search page's searches, run one at a time, and of those asked for while one runs only the
 * newest. Pagefind runs every search in one worker, in the order asked, and cannot stop one: at
 * 100,000 meetings a search of a common word across all councils takes seconds (BENCHMARKS.md,
 * round 23), and the page searches as the reader types, so a reader typing a few words would wait
 * for a search at every pause before the last one's. Now the last one waits only for the search
 * running when it was typed, and the searches typed in between are never run.
 */

/** What a task asked for returns when a newer one took its place before it started. */
export const SKIPPED = Symbol('skipped');

interface Waiting {
  task: () => Promise<unknown>;
  settle: (outcome: unknown) => void;
}

export class NewestOnly {
  private running = false;
  private waiting: Waiting | null = null;

  /**
   * Runs `task` now if nothing runs, else once the running task has finished, unless another is
   * asked for before then: this one then returns SKIPPED without running. Its outcome otherwise,
   * a failure included.
   */
  run<T>(task: () => Promise<T>): Promise<T | typeof SKIPPED> {
    if (!this.running) return this.start(task);
    this.waiting?.settle(SKIPPED);
    return new Promise((resolve) => {
      this.waiting = { task, settle: resolve as (outcome: unknown) => void };
    });
  }

  private start<T>(task: () => Promise<T>): Promise<T> {
    this.running = true;
    return Promise.resolve()
      .then(task)
      .finally(() => this.next());
  }

  private next(): void {
    this.running = false;
    const waiting = this.waiting;
    this.waiting = null;
    // Settled with the started task's promise, so its outcome (or failure) is the waiter's.
    if (waiting !== null) waiting.settle(this.start(waiting.task));
  }
}
