import { describe, expect, it } from 'vitest';
import { STEPS_PER_TURN, turnEvery } from './event-loop.ts';

describe('turnEvery', () => {
  it('lets work waiting on the event loop run at the last step of every STEPS_PER_TURN, and not between', async () => {
    const ran: number[] = [];
    let step = 0;
    const waiting = () =>
      setImmediate(() => {
        ran.push(step);
        if (ran.length < 3) waiting();
      });
    waiting();
    for (; step < STEPS_PER_TURN * 2 + 5; step++) await turnEvery(step);
    expect(ran).toEqual([STEPS_PER_TURN - 1, STEPS_PER_TURN * 2 - 1]);
  });
});
