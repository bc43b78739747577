import { describe, expect, it } from 'vitest';
import { movementTime } from './movement-when.ts';

describe('the time of a movement', () => {
  it('reads am and pm in their spellings, and the 24-hour clock with a two-digit hour', () => {
    expect(
      ['at 7.45pm', 'at 7:45 pm', 'at 7.45 p.m.', 'at 19.45', 'at 19:45', 'at 8pm', 'at 12.05pm', 'at 1945 hrs'].map(movementTime),
    ).toEqual(['19:45', '19:45', '19:45', '19:45', '19:45', '20:00', '12:05', '19:45']);
  });

  it('reads none where none is given, or where the hour could be morning or evening, and never an item or a date', () => {
    expect(['', 'at the end of the item', 'after 2 hours', 'at 7.45', 'during item 10.15', 'on 12.03.2025'].map(movementTime)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
