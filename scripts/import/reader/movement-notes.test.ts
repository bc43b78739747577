import { describe, expect, it } from 'vitest';
import { noteMovements } from './movement-notes.ts';

describe('movements in a note after a name', () => {
  it('reads "(arrived at …)", "(left at …)", "(returned …)", "(from item …)", "(until item …)", one for each part', () => {
    expect(noteMovements('Carter', 'arrived at 7.05pm', 'Cllr Carter (arrived at 7.05pm)')).toEqual([
      { person: 'Carter', movement: 'arrived', time: '19:05', item: null, text: 'Cllr Carter (arrived at 7.05pm)' },
    ]);
    const parts = (note: string) => noteMovements('Carter', note, note).map(({ movement, time, item }) => [movement, time, item]);
    expect(parts('from item 5')).toEqual([['arrived', null, '5']]);
    expect(parts('until item 8')).toEqual([['left', null, '8']]);
    expect(parts('arrived late')).toEqual([['arrived', null, null]]);
    expect(parts('left 8.30pm, returned 8.45pm')).toEqual([
      ['left', '20:30', null],
      ['returned', '20:45', null],
    ]);
  });

  it('reads no movement from a note that says who or what, or "from" and "until" with no time or item', () => {
    expect(noteMovements('Carter', 'from Ashby Town Council', '')).toEqual([]);
    expect(noteMovements('Carter', 'Chairman', '')).toEqual([]);
    expect(noteMovements('Carter', 'items 4 and 5', '')).toEqual([]);
  });
});
