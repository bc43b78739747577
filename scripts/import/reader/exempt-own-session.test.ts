/** An item whose own text says the meeting stayed in private for it: see exempt-own-session.ts. */
import { describe, expect, it } from 'vitest';
import { ownSessionWarnings } from './exempt-own-session.ts';
import { readExempt } from './exempt.ts';
import type { ItemSlice } from './items.ts';

const item = (number: string, title: string, ...lines: string[]): ItemSlice => ({ number, title, lines, line: 0 });
const marked = (slices: ItemSlice[]) => readExempt(slices).marks.map((mark) => mark?.text ?? null);

describe('a sentence saying the meeting stayed in private for the item it is printed in', () => {
  it('marks that item, and the next is open again', () => {
    const remained = 'The Committee remained in closed session for this item.';
    expect(
      marked([
        item('7', 'Leisure centre contract', remained, '', 'RESOLVED that the contract be extended by a year.'),
        item('8', 'Date of next meeting', '14 July.'),
      ]),
    ).toEqual([remained, null]);
  });

  it('marks it in other words, wherever in the item the sentence stands', () => {
    const continued = 'The Sub-Committee continued in private session during consideration of this matter.';
    expect(
      marked([
        item('3', 'Allotment rents', 'Agreed.'),
        item('4', 'Complaint against a member', 'The investigator presented her findings.', '', continued, '', 'No further action.'),
        item('5', 'Any other business', 'None.'),
      ]),
    ).toEqual([null, continued, null]);
  });

  it('leaves the items after it private while the session that opened earlier still runs', () => {
    const marks = marked([
      item('9', 'Exclusion of the public', 'RESOLVED that the public be excluded for the remaining items of business.'),
      item('10', 'Land sale', 'The Committee remained in private session for this item. Agreed.'),
      item('11', 'Staffing', 'Agreed.'),
    ]);
    expect(marks.map((mark) => mark !== null)).toEqual([false, true, true]);
  });
});

describe('the reason of an item taken in private by its own sentence', () => {
  it('is not stated: the mark cites no paragraph, and a warning says so', () => {
    const slices = [item('7', 'Leisure centre contract', 'The Committee remained in closed session for this item.', '', 'Agreed.')];
    const [mark] = readExempt(slices).marks;
    expect(mark?.paragraphs).toEqual([]);
    expect(ownSessionWarnings([{ number: '7', title: 'Leisure centre contract', exempt: mark ?? undefined }])).toEqual([
      'Item 7 was taken in private ("The Committee remained in closed session for this item."), but the record cites no paragraph of exempt information: no reason recorded',
    ]);
  });

  it('is stated when the sentence cites its paragraph, and an item marked otherwise is no such item', () => {
    const cited = { text: 'The Panel remained in private session for this item (paragraph 1 of Schedule 12A).', paragraphs: ['1'] };
    const titled = { text: '(Exempt)', paragraphs: [] };
    expect(
      ownSessionWarnings([
        { number: '4', title: 'Staffing', exempt: cited },
        { number: '5', title: 'Lease', exempt: titled },
      ]),
    ).toEqual([]);
  });
});
