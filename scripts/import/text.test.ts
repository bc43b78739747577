import { describe, expect, it } from 'vitest';
import { numberAnchor, uniqueAnchor } from './text.ts';

describe('an item anchor of its own within the meeting', () => {
  it('numbers on a second item of one number: "item-3", then "item-3-2", "item-3-3"', () => {
    const used = new Set<string>();
    const anchors = ['3', '3', '4', '3'].map((number) => {
      const anchor = uniqueAnchor(numberAnchor(number), (taken) => used.has(taken));
      used.add(anchor);
      return anchor;
    });
    expect(anchors).toEqual(['item-3', 'item-3-2', 'item-4', 'item-3-3']);
  });

  it('numbers on from a stem of its own where the first anchor stands in for an empty slug ("item-untitled", then "item--2")', () => {
    expect(uniqueAnchor('item-untitled', () => false, 'item-')).toBe('item-untitled');
    expect(uniqueAnchor('item-untitled', (taken) => taken === 'item-untitled', 'item-')).toBe('item--2');
  });
});
