import { describe, expect, it } from 'vitest';
import { sliceItems } from './items.ts';
import { readExempt } from './exempt.ts';
import { withoutPartHeadings } from './headings-between-items.ts';
import { parseSource } from '../import-sources.ts';

describe('a heading over a group of items', () => {
  it('leaves "REPORTS FOR DECISION" out of the text of the item above it, and keeps an item\'s own "For decision"', () => {
    const { items } = sliceItems([
      '1. Apologies',
      'None were given.',
      '',
      'MATTERS FOR NOTING',
      '',
      '2. Bus shelter repairs',
      'Work is done.',
      'For decision',
      '3. Tree survey',
      'The survey is late.',
    ]);
    expect(items.map((item) => item.lines.filter((line) => line.trim() !== ''))).toEqual([
      ['None were given.'],
      ['Work is done.', 'For decision'],
      ['The survey is late.'],
    ]);
  });
});

describe("the closed part's headings at the end of the item above it", () => {
  const record = [
    '14. Exclusion of the Public',
    'RESOLVED that the public be excluded for the item below, paragraph 3 of Schedule 12A applying.',
    '',
    'PART 2 – PRIVATE BUSINESS',
    '',
    'EXEMPT',
    '',
    '15. Depot Lease',
    'RESOLVED that the lease be renewed.',
  ];

  it('leave the text of the item above, once the items under them are marked, and the marks stay as they were', () => {
    const { slices, marks } = readExempt(sliceItems(record).items);
    const before = structuredClone(marks);
    withoutPartHeadings(slices, marks);
    expect(slices[0]?.lines.filter((line) => line.trim() !== '')).toEqual([
      'RESOLVED that the public be excluded for the item below, paragraph 3 of Schedule 12A applying.',
    ]);
    expect(marks).toEqual(before);
    expect(marks[1]?.paragraphs).toEqual(['3']);
  });

  it('stay where they are when no item below is marked, or when run on to the text above with no blank line', () => {
    const open = sliceItems(['3. Parks', 'Noted.', '', 'CONFIDENTIAL', '4. Grit bins', 'Noted.']).items;
    withoutPartHeadings(open, [null, null]);
    expect(open[0]?.lines).toContain('CONFIDENTIAL');
    const glued = sliceItems(['3. Parks', 'The report was marked', 'CONFIDENTIAL', '', '4. Lease', 'Agreed.']).items;
    withoutPartHeadings(glued, [null, { text: 'Exempt', paragraphs: [] }]);
    expect(glued[0]?.lines).toContain('CONFIDENTIAL');
  });

  it('take the note in brackets under them, which says why the public were excluded, into the mark of the items below', () => {
    const executive = [
      'EX.7 CAR PARK CHARGES',
      'Decision: That the charges be approved.',
      '',
      'PART II – ITEMS CONSIDERED IN PRIVATE',
      '',
      '(Press and public excluded by resolution under Schedule 12A, paragraph 3)',
      '',
      'EX.8 DEPOT SALE',
      'Decision: That the highest bid be accepted.',
    ];
    const { slices, marks } = readExempt(sliceItems(executive).items);
    withoutPartHeadings(slices, marks);
    expect(slices[0]?.lines.filter((line) => line.trim() !== '')).toEqual(['Decision: That the charges be approved.']);
    expect(marks[1]).toEqual({
      text: 'PART II – ITEMS CONSIDERED IN PRIVATE (Press and public excluded by resolution under Schedule 12A, paragraph 3)',
      paragraphs: ['3'],
    });
    const board = [
      '4. Grounds maintenance',
      'Noted.',
      '',
      'PART B – NOT FOR PUBLICATION',
      '(Exempt information: paragraphs 1 and 4)',
      '',
      '5. Staffing',
      'Agreed.',
    ];
    const read = readExempt(sliceItems(board).items);
    withoutPartHeadings(read.slices, read.marks);
    expect(read.slices[0]?.lines.filter((line) => line.trim() !== '')).toEqual(['Noted.']);
    expect(read.marks[1]?.paragraphs).toEqual(['1', '4']);
  });
});

describe('a part heading between items, over the items below it', () => {
  /** The headings the meeting's record keeps between its items, and its warnings that name a heading. */
  function read(lines: string[]) {
    const meeting = parseSource(lines.join('\n'), 'minutes.txt', {}).find((record) => record.collection === 'meetings');
    return {
      headings: meeting?.collection === 'meetings' ? meeting.headingsBetweenItems : undefined,
      warned: (meeting?.data.warnings ?? []).filter((warning) => warning.startsWith('the heading')),
    };
  }

  it('is kept on the record with the number of the first item it heads, above the first item or between two, and still warned of', () => {
    const { headings, warned } = read([
      'MARLCOMBE TOWN COUNCIL',
      'PLANNING AND ESTATES COMMITTEE',
      'Minutes of the meeting held on Tuesday 4 March 2025 at 7.30 pm in the Guildhall, Marlcombe',
      'Present: Councillor A Brinsley (Chair), Councillors T Okafor and W Penhale.',
      '',
      'PART 1 - DELEGATED MATTERS',
      '',
      '21. Apologies',
      'There were none.',
      '',
      '22. Bench at the quay',
      'RESOLVED that the bench be replaced.',
      '',
      'Part 2 – Matters for decision by the Council',
      '',
      '23. Allotment rents',
      'RECOMMENDED that the rents rise by 4% from October.',
      '',
      'The meeting closed at 8.50 pm.',
    ]);
    expect(headings).toEqual([
      { heading: 'PART 1 - DELEGATED MATTERS', item: '21' },
      { heading: 'Part 2 – Matters for decision by the Council', item: '23' },
    ]);
    expect(warned).toEqual([
      'the heading "PART 1 - DELEGATED MATTERS" over item 21 heads the items below it (a session or group of business), which no field holds',
      'the heading "Part 2 – Matters for decision by the Council" over item 23 heads the items below it (a session or group of business), which no field holds',
    ]);
  });

  it('is none where no heading stands between the items', () => {
    const { headings, warned } = read([
      'SELBY FEN PARISH COUNCIL',
      'Minutes of the meeting of the Parish Council held on Monday 9 June 2025 at 7 pm in the Village Hall',
      'Present: Councillors R Dunmow (Chair) and K Ashdown.',
      '',
      '1. Apologies',
      'None.',
      '',
      '2. Footpath signs',
      'RESOLVED that two signs be bought.',
    ]);
    expect(headings).toBeUndefined();
    expect(warned).toEqual([]);
  });
});
