import { describe, expect, it } from 'vitest';
import { sliceItems } from './items.ts';
import { readExempt } from './exempt.ts';

describe("a decision list's key to the asterisk after an item's number", () => {
  const list = (key: string) => [
    key,
    '',
    'Item 3  Library opening hours',
    'Decision: To keep the hours as they are.',
    '',
    'Item 4*  Flood grant',
    'Decision: To accept the grant.',
  ];

  it('puts the key first in the text of each item marked with the asterisk, and nowhere else', () => {
    const { items } = sliceItems(list('Call-in ends on 9 May. Items marked * are urgent and may not be called in.'));
    expect(items.map((item) => [item.number, item.lines.filter((line) => line.trim() !== '')])).toEqual([
      ['3', ['Decision: To keep the hours as they are.']],
      ['4', ['Items marked * are urgent and may not be called in.', 'Decision: To accept the grant.']],
    ]);
  });

  it('adds nothing when the record has no key', () => {
    const { items } = sliceItems(list('Call-in ends on 9 May.'));
    expect(items[1]?.lines.filter((line) => line.trim() !== '')).toEqual(['Decision: To accept the grant.']);
  });
});

describe("the closed part's heading over the item that excludes the public", () => {
  it('leaves the text of the item above when the exclusion item below closes the items after it', () => {
    const agenda = [
      '5. Forward Work Programme',
      '',
      'Part 2 - Items likely to be considered in private',
      '',
      '6. Exclusion of the Press and Public',
      '   To consider passing a resolution to exclude the press and public for the following item',
      '   under paragraph 14 of Part 4 of Schedule 12A.',
      '',
      '7. Depot Lease - Extension Options',
    ];
    const { slices, marks } = readExempt(sliceItems(agenda).items);
    expect(slices[0]?.lines.join(' ')).not.toContain('Part 2');
    expect(marks[1]).toBeNull();
    expect(marks[2]?.paragraphs).toEqual(['14']);
  });
});

describe('a minute number named in the text of the minute before it', () => {
  const numbered = (lines: string[]) => sliceItems(lines).items.map((item) => [item.number, item.title]);
  const around = (text: string[]) => [
    '26/84 Apologies',
    'None.',
    '',
    '26/85 Playing field lease',
    ...text,
    'RESOLVED: That the lease be signed.',
    '',
    '26/86 Finance report',
    'The payments were approved.',
    '',
    '26/87 Close',
    'The meeting closed at 8.30 pm',
  ];
  const expected = [
    ['26/84', 'Apologies'],
    ['26/85', 'Playing field lease'],
    ['26/86', 'Finance report'],
    ['26/87', 'Close'],
  ];

  it('starts no item at "see minute 26/86 below", however the sentence wraps', () => {
    expect(numbered(around(['The rent is dealt with under the finance report,', 'see minute 26/86 below.']))).toEqual(expected);
    expect(numbered(around(['The rent was left to the item on the accounts at minute', '26/86 below.']))).toEqual(expected);
    expect(numbered(around(['The rent is dealt with under', '26/86 Finance report below.']))).toEqual(expected);
  });
});
