import { describe, expect, it } from 'vitest';
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
});
