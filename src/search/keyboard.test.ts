import { describe, expect, it } from 'vitest';
import { arrowTarget } from './keyboard.ts';

describe('arrowTarget', () => {
  it('goes from the search box to the first result', () => {
    expect(arrowTarget('ArrowDown', -1, 5)).toBe(0);
  });

  it('moves down and up between results, stopping at the last', () => {
    expect(arrowTarget('ArrowDown', 1, 5)).toBe(2);
    expect(arrowTarget('ArrowDown', 4, 5)).toBe(4);
    expect(arrowTarget('ArrowUp', 3, 5)).toBe(2);
  });

  it('returns to the search box from the first result', () => {
    expect(arrowTarget('ArrowUp', 0, 5)).toBe(-1);
  });

  it('ignores other keys and empty results', () => {
    expect(arrowTarget('Enter', 1, 5)).toBeNull();
    expect(arrowTarget('ArrowDown', -1, 0)).toBeNull();
  });
});
