import { describe, expect, it } from 'vitest';
import { statusTurnedDown } from './tracker-status.ts';

describe('a status beside a response that turned the recommendation down', () => {
  it('is rejected when it says Closed or nothing, and kept when the work was done or goes on all the same', () => {
    expect(statusTurnedDown('completed', 'not-accepted', 'not-stated')).toBe('rejected');
    expect(statusTurnedDown('not-stated', 'not-accepted', 'not-stated')).toBe('rejected');
    expect(statusTurnedDown('completed', 'not-accepted', 'implemented')).toBe('completed');
    expect(statusTurnedDown('in-progress', 'not-accepted', 'in-progress')).toBe('in-progress');
    expect(statusTurnedDown('completed', 'accepted', 'not-stated')).toBe('completed');
  });
});
