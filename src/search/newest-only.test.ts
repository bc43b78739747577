import { afterEach, describe, expect, it, vi } from 'vitest';
import { NewestOnly, SKIPPED } from './newest-only.ts';

/** A task that finishes when told to, and the order the tasks started in. */
function tasks() {
  const started: string[] = [];
  const finish = new Map<string, (value: string) => void>();
  const fail = new Map<string, (error: Error) => void>();
  const task = (name: string) => () =>
    new Promise<string>((resolve, reject) => {
      started.push(name);
      finish.set(name, resolve);
      fail.set(name, reject);
    });
  return { started, finish, fail, task };
}

describe('NewestOnly', () => {
  it('runs a task at once when nothing runs', async () => {
    const searches = new NewestOnly();
    const { started, finish, task } = tasks();
    const first = searches.run(task('a'));
    await Promise.resolve();
    expect(started).toEqual(['a']);
    finish.get('a')?.('done a');
    expect(await first).toBe('done a');
    const second = searches.run(task('b'));
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    finish.get('b')?.('done b');
    expect(await second).toBe('done b');
  });

  it('runs, of the tasks asked for while one runs, only the newest, once the running one has finished', async () => {
    const searches = new NewestOnly();
    const { started, finish, task } = tasks();
    const a = searches.run(task('a'));
    const b = searches.run(task('b'));
    const c = searches.run(task('c'));
    const d = searches.run(task('d'));
    await Promise.resolve();
    expect(started).toEqual(['a']);
    // Skipped as soon as a newer one is asked for, not when the running one finishes.
    expect(await b).toBe(SKIPPED);
    expect(await c).toBe(SKIPPED);
    finish.get('a')?.('done a');
    expect(await a).toBe('done a');
    await Promise.resolve();
    expect(started).toEqual(['a', 'd']);
    finish.get('d')?.('done d');
    expect(await d).toBe('done d');
  });

  it('goes on after a task fails, and gives the failure to whoever asked for it', async () => {
    const searches = new NewestOnly();
    const { started, finish, fail, task } = tasks();
    const a = searches.run(task('a'));
    const b = searches.run(task('b'));
    await Promise.resolve();
    fail.get('a')?.(new Error('offline'));
    await expect(a).rejects.toThrow('offline');
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    fail.get('b')?.(new Error('still offline'));
    await expect(b).rejects.toThrow('still offline');
    const c = searches.run(task('c'));
    await Promise.resolve();
    finish.get('c')?.('done c');
    expect(await c).toBe('done c');
    expect(started).toEqual(['a', 'b', 'c']);
  });

  describe('a task that runs too long', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('holds up the newest for at most the longest wait, which then waits for the one it outran alone', async () => {
      vi.useFakeTimers();
      const searches = new NewestOnly(1000);
      const { started, finish, task } = tasks();
      const stalled = searches.run(task('stalled'));
      const b = searches.run(task('b'));
      await vi.advanceTimersByTimeAsync(999);
      expect(started).toEqual(['stalled']);
      await vi.advanceTimersByTimeAsync(1);
      expect(started).toEqual(['stalled', 'b']);
      // Later tasks wait for b, the newest started, not for the stalled one.
      const c = searches.run(task('c'));
      finish.get('b')?.('done b');
      expect(await b).toBe('done b');
      await vi.advanceTimersByTimeAsync(0);
      expect(started).toEqual(['stalled', 'b', 'c']);
      finish.get('c')?.('done c');
      expect(await c).toBe('done c');
      // The stalled one finishing at last starts nothing, and what comes next starts at once.
      finish.get('stalled')?.('done stalled');
      expect(await stalled).toBe('done stalled');
      const d = searches.run(task('d'));
      await vi.advanceTimersByTimeAsync(0);
      expect(started).toEqual(['stalled', 'b', 'c', 'd']);
      finish.get('d')?.('done d');
      expect(await d).toBe('done d');
    });

    it('does not start a task skipped before its wait ran out', async () => {
      vi.useFakeTimers();
      const searches = new NewestOnly(1000);
      const { started, task } = tasks();
      void searches.run(task('stalled'));
      const b = searches.run(task('b'));
      await vi.advanceTimersByTimeAsync(600);
      void searches.run(task('c'));
      expect(await b).toBe(SKIPPED);
      await vi.advanceTimersByTimeAsync(600);
      expect(started).toEqual(['stalled']);
      await vi.advanceTimersByTimeAsync(400);
      expect(started).toEqual(['stalled', 'c']);
    });
  });
});
