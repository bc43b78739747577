import { describe, expect, it } from 'vitest';
import { heldInPrivate } from './display-words.ts';

describe('heldInPrivate', () => {
  it('says the item was held in private, with the paragraphs the record cites', () => {
    expect(heldInPrivate(['3'], false)).toBe('Held in private (exempt information, paragraph 3)');
    expect(heldInPrivate(['1', '2', '5'], false)).toBe('Held in private (exempt information, paragraphs 1, 2 and 5)');
    expect(heldInPrivate([], true)).toBe('To be held in private');
  });
});
