import { describe, expect, it } from 'vitest';
import { readExempt } from './exempt.ts';
import type { ItemSlice } from './items.ts';

const item = (number: string, title: string, ...lines: string[]): ItemSlice => ({ number, title, lines, line: 0 });
const marked = (slices: ItemSlice[]) => readExempt(slices).marks.map((mark) => mark?.text ?? null);

describe('an item whose text opens by saying it was taken in private, with no subject', () => {
  it('marks "Item taken in private" and "Taken in private session", whatever stands on the line above', () => {
    expect(
      marked([
        item('4', 'Serious case review', 'Lead: Chair', 'Item taken in private. Notes kept apart from these minutes.'),
        item('5', 'Funding', 'The grant was agreed.'),
      ]),
    ).toEqual(['Item taken in private.', null]);
    expect(marked([item('9', 'Staffing', 'Taken in private session; a confidential note is held by the Clerk.')])).toEqual([
      'Taken in private session; a confidential note is held by the Clerk.',
    ]);
  });

  it('marks "Discussed in closed session" and "Considered in closed session"', () => {
    expect(marked([item('4', 'Case review', 'Discussed in closed session; confidential minute held by the manager.')])).toEqual([
      'Discussed in closed session; confidential minute held by the manager.',
    ]);
    expect(marked([item('7', 'Land disposal', 'Considered in closed session. Agreed as recommended.')])).toEqual([
      'Considered in closed session.',
    ]);
  });

  it('marks nothing where the words only speak of taking an item in private, or run on from a line above', () => {
    expect(
      marked([
        item('2', 'Parking', 'Members asked whether the tender could be', 'considered in private at the next meeting.'),
        item('3', 'Bins', 'It was agreed that the item not be taken in private.'),
        item('4', 'Grants', 'Taken in turn, the bids were all agreed.'),
      ]),
    ).toEqual([null, null, null]);
  });
});
