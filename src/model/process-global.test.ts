import { describe, expect, it } from 'vitest';
import { processGlobal } from './process-global.ts';

describe('processGlobal', () => {
  it('gives every copy of a module the same value for a name, and another name its own', () => {
    // Two calls stand for the same module loaded twice (the integrations' copy and the pages').
    const first = processGlobal<{ n: number }>('test-shared');
    const second = processGlobal<{ n: number }>('test-shared');
    const other = processGlobal<{ n: number }>('test-other');
    const value = { n: 1 };
    first.set(value);
    expect(second.get()).toBe(value);
    expect(other.get()).toBeUndefined();
    second.set(undefined);
    expect(first.get()).toBeUndefined();
  });
});
