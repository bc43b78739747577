import { describe, expect, it } from 'vitest';
import { heldInPrivate, itemHeading } from './display-words.ts';

describe('heldInPrivate', () => {
  it('says the item was held in private, with the paragraphs the record cites', () => {
    expect(heldInPrivate(['3'], false)).toBe('Held in private (exempt information, paragraph 3)');
    expect(heldInPrivate(['1', '2', '5'], false)).toBe('Held in private (exempt information, paragraphs 1, 2 and 5)');
    expect(heldInPrivate([], true)).toBe('To be held in private');
  });
});

describe('itemHeading', () => {
  it('puts a stop after a bare number and none after a number printed with its own', () => {
    expect(itemHeading({ number: '4', title: 'Budget' })).toBe('4. Budget');
    expect(itemHeading({ number: '4.', title: 'Budget' })).toBe('4. Budget');
    expect(itemHeading({ number: '(a)', title: 'Grants' })).toBe('(a) Grants');
    expect(itemHeading({ number: '129/25', title: 'Planning' })).toBe('129/25. Planning');
  });

  it('is the title alone when the item has no number', () => {
    expect(itemHeading({ number: null, title: 'Any other business' })).toBe('Any other business');
  });
});
