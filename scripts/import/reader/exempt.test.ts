import { describe, expect, it } from 'vitest';
import { accessMark, titleMark } from './exempt-marks.ts';
import { citedParagraphs } from './exempt-paragraphs.ts';
import { isClosedHeading, isPartHeading, namesOpenPartOnly } from './exempt-headings.ts';
import { readExempt } from './exempt.ts';
import type { ItemSlice } from './items.ts';

const item = (number: string, title: string, ...lines: string[]): ItemSlice => ({ number, title, lines, line: 0 });
const marked = (slices: ItemSlice[]) => readExempt(slices).marks.map((mark) => mark?.text ?? null);
const cited = (slices: ItemSlice[]) => readExempt(slices).marks.map((mark) => mark?.paragraphs ?? null);

describe('closed part headings', () => {
  it('knows the closed part by its heading, not prose that starts alike', () => {
    for (const line of [
      'PART II',
      'Part 2 (exempt)',
      'PART TWO – PRIVATE',
      'Part B - Not open to the public',
      'Private business',
      'Confidential items',
    ])
      expect(isClosedHeading(line)).toBe(true);
    // A part named for a day's session or a group of business closes nothing.
    for (const line of ['PART 2 – THURSDAY 12 MARCH 2026', 'PART B – DECISIONS TAKEN UNDER DELEGATED POWERS', 'Part II - Second session'])
      expect(isClosedHeading(line)).toBe(false);
    for (const line of ['PART B – Schedule 12A items', 'Part 2 – press and public excluded', 'PART II - NOT FOR PUBLICATION'])
      expect(isClosedHeading(line)).toBe(true);
    for (const line of ['Part 2 of the report sets out the costs.', 'Part B', 'Private sector housing grants were discussed, and'])
      expect(isClosedHeading(line)).toBe(line === 'Part B');
  });
});

describe('the open part named alone', () => {
  it('is a heading that says no more than that its items are open', () => {
    for (const text of ['PART I', 'AGENDA PART 1', 'PART ONE – OPEN TO THE PUBLIC', 'Part 1 - Public business'])
      expect(namesOpenPartOnly(text)).toBe(true);
    for (const text of ['PART A – ITEMS FOR DECISION', 'PART 1 – MONDAY 9 MARCH 2026', 'PART II', 'Partnership board'])
      expect(namesOpenPartOnly(text)).toBe(false);
  });
});

describe('part headings', () => {
  it('knows a part of the meeting by its heading, open or closed, not a sentence about one', () => {
    const headings = ['OPEN SESSION', 'OPEN SESSION (resumed)', 'CLOSED SESSION', 'Part 1', 'PART II – EXEMPT', 'Private business'];
    expect(headings.filter((line) => !isPartHeading(line))).toEqual([]);
    const prose = [
      'The Board returned to open session.',
      'Closed sessions were reviewed by the auditor, who reported.',
      'Open Spaces Officer',
    ];
    expect(prose.filter(isPartHeading)).toEqual([]);
  });
});

describe('paragraphs cited', () => {
  it('reads the numbers after "paragraph", never the Part or a report paragraph', () => {
    expect(citedParagraphs('as defined in paragraph 3 of Part 1 of Schedule 12A')).toEqual(['3']);
    expect(citedParagraphs('paragraphs 1, 2 and 5 of Part I of Schedule 7A')).toEqual(['1', '2', '5']);
    expect(citedParagraphs('paragraphs 12 to 15')).toEqual(['12-15']);
    expect(citedParagraphs('as set out at paragraph 4.2 of the report')).toEqual([]);
  });
});

describe('title marks', () => {
  it('takes a mark at the end of a title into the field, keeping the pages', () => {
    expect(titleMark('Sale of the Old Bakery (Exempt)')).toEqual({
      title: 'Sale of the Old Bakery',
      mark: { text: '(Exempt)', paragraphs: [] },
    });
    expect(titleMark('Kiln Lane lease (Not for publication - paragraph 3) (Pages 4 - 9)').title).toBe('Kiln Lane lease (Pages 4 - 9)');
    expect(titleMark('Staffing review – Confidential').mark?.text).toBe('Confidential');
  });

  it('reads the paragraph of a mark that cites its schedule and Act, as English and Northern Irish titles do', () => {
    const ni =
      'Depot vehicle hire (Confidential by reason of paragraph 3 of Part 1 of Schedule 6 of the Local Government Act (Northern Ireland) 2014)';
    expect(titleMark(ni)).toEqual({
      title: 'Depot vehicle hire',
      mark: { text: ni.slice('Depot vehicle hire '.length), paragraphs: ['3'] },
    });
    const english =
      'Mill Street car park (Exempt - paragraphs 1 and 3 of Part 1 of Schedule 12A to the Local Government Act 1972) (Pages 3 - 8)';
    expect(titleMark(english).title).toBe('Mill Street car park (Pages 3 - 8)');
    expect(titleMark(english).mark?.paragraphs).toEqual(['1', '3']);
  });

  it("reads the paragraphs of a Scottish mark citing Schedule 7A, at a title's end or opening the item", () => {
    const scottish =
      'Ferry berth lease (Exempt information, paragraphs 6 and 9, Part 1 of Schedule 7A, Local Government (Scotland) Act 1973)';
    expect(titleMark(scottish)).toEqual({
      title: 'Ferry berth lease',
      mark: { text: scottish.slice('Ferry berth lease '.length), paragraphs: ['6', '9'] },
    });
    const slices = [
      item('11', 'Exclusion of the Public', 'RESOLVED to exclude the public during the following item of business.'),
      item(
        '12',
        'Ferry berth lease',
        '(Exempt information, paragraphs 6 and 9, Part 1 of Schedule 7A, Local Government',
        '(Scotland) Act 1973)',
        'The Committee considered a report.',
      ),
    ];
    expect(readExempt(slices).marks[1]).toEqual({
      text: '(Exempt information, paragraphs 6 and 9, Part 1 of Schedule 7A, Local Government (Scotland) Act 1973)',
      paragraphs: ['6', '9'],
    });
  });

  it('leaves titles whose words only name something private or exempt', () => {
    for (const title of ['Grants for housing (Private Sector)', 'Exempt appendix to the budget', 'Budget (Exempt Appendix)', '(Exempt)'])
      expect(titleMark(title).mark).toBeNull();
  });
});

describe('items held in private', () => {
  it('marks the items after the exclusion resolution, with the paragraph it cites, not the exclusion item', () => {
    const marks = readExempt([
      item('7', 'Play areas', 'Noted.'),
      item(
        '8',
        'Exclusion of the Press and Public',
        'RESOLVED: That the press and public be excluded for the following items',
        'under paragraph 3 of Part 1 of Schedule 12A.',
      ),
      item('9', 'Depot sale', 'Agreed.'),
      item('10', 'Rent arrears', 'Noted.'),
    ]).marks;
    expect(marks.map((mark) => mark?.paragraphs ?? null)).toEqual([null, null, ['3'], ['3']]);
  });

  it('marks only the items a resolution names', () => {
    const slices = [
      item('4', 'Exclusion of the public', 'RESOLVED that the public be excluded for item 6 (paragraph 1).'),
      item('5', 'Flood plan', 'Noted.'),
      item('6', 'Officer grading', 'Agreed.'),
    ];
    expect(marked(slices)).toEqual([null, null, 'RESOLVED that the public be excluded for item 6 (paragraph 1).']);
  });

  it('marks only the items a resolution names by their Roman numerals, "item (ix)" or "items vi and vii"', () => {
    const slices = [
      item('viii', 'Closed session', 'RESOLVED that the public be excluded for item (ix) (commercial terms).'),
      item('ix', 'Depot lease', 'Agreed.'),
      item('x', 'Date of next meeting', '4 June.'),
    ];
    expect(marked(slices)).toEqual([null, 'RESOLVED that the public be excluded for item (ix) (commercial terms).', null]);
    const named = [item('v', 'Exclusion', 'The public were excluded for items vi and vii.'), item('vi', 'Staffing', 'Agreed.')];
    expect(marked([...named, item('vii', 'Land', 'Agreed.'), item('viii', 'Close', 'Ended.')])).toEqual([
      null,
      'The public were excluded for items vi and vii.',
      'The public were excluded for items vi and vii.',
      null,
    ]);
  });

  it('marks items under the closed heading until the open part resumes, and takes the heading out of the item above', () => {
    const read = readExempt([
      item('1', 'Minutes', 'Approved.', '', 'PART II – EXEMPT'),
      item('2', 'Land at Mill Rise', 'Agreed.', '', 'PART I – PUBLIC'),
      item('3', 'Any other business', 'None.'),
    ]);
    expect(read.marks.map((mark) => mark?.text ?? null)).toEqual([null, 'PART II – EXEMPT', null]);
    expect(read.slices[0]?.lines).toEqual(['Approved.', '']);
  });

  it("takes the closed part's heading printed under the exclusion, in the same item, out of that item's text", () => {
    const exclusion = 'RESOLVED: that the public be excluded for the following items (paragraph 3).';
    const read = readExempt([
      item('8/26', 'Exclusion of the public', exclusion, '', 'PART II – EXEMPT ITEMS'),
      item('9/26', 'Hangar lease (Exempt – Paragraph 3)', 'Agreed.'),
      item('10/26', 'Staffing review', 'Noted.'),
    ]);
    expect(read.marks.map((mark) => mark?.text ?? null)).toEqual([null, '(Exempt – Paragraph 3)', exclusion]);
    expect(read.slices[0]?.lines).toEqual([exclusion, '']);
    // Under a resolution with no item below it marked, the heading stays where it was printed.
    const alone = readExempt([item('8/26', 'Exclusion of the public', exclusion, '', 'PART II – EXEMPT ITEMS')]);
    expect(alone.slices[0]?.lines).toEqual([exclusion, '', 'PART II – EXEMPT ITEMS']);
  });

  it("marks Northern Ireland's business taken 'In Committee' until the council comes out of committee", () => {
    const into = "AGREED: that the Council proceed to conduct the following business 'In Committee'.";
    const slices = [
      item('D101/26', 'Notice of motion – Ferry timetable', 'Carried.'),
      item('D102/26', 'In committee', 'Proposed by Alderman Reid', 'Seconded by Councillor Nash and', '', into),
      item('D103/26', 'Harbour dredging contract', 'Agreed.'),
      item('D104/26', 'Staffing matter (In Committee)', 'Agreed.'),
      item('D105/26', 'Proceed out of committee', "AGREED: that the business conducted 'In Committee' be noted."),
      item('D106/26', 'Any other business', 'None.'),
    ];
    expect(marked(slices)).toEqual([null, null, into, '(In Committee)', null, null]);
    expect(readExempt(slices).slices[3]?.title).toEqual('Staffing matter');
  });

  it("marks the items under an 'IN COMMITTEE' title or heading, and opens those after words saying the council resumed in public", () => {
    const slices = [
      item('D201/26', 'IN COMMITTEE', 'Members agreed.'),
      item('D202/26', 'Land at Quarry Brae', 'Agreed.', '', 'The Council resumed in public.'),
      item('D203/26', 'Christmas lights', 'Noted.', '', 'In Committee'),
      item('D204/26', 'Rates arrears', 'Noted.', '', 'The Council came out of committee at 9.10 pm.'),
      item('D205/26', 'Date of next meeting', 'Noted.'),
    ];
    expect(marked(slices)).toEqual([null, 'IN COMMITTEE', null, 'In Committee', null]);
    expect(isClosedHeading('In Committee Room 2')).toBe(false);
  });

  it('opens the items after words saying the press or public were let back in, the item above staying private', () => {
    const exclusion = 'RESOLVED: that the press and public be excluded for the remaining business.';
    for (const back of [
      ['The public were readmitted at 8.05 pm, none being present.'],
      ['The press and public were', 're-admitted to the meeting.'],
      ['Members of the public rejoined the meeting.'],
      ['The public returned to the meeting at 8.40 pm.'],
    ]) {
      const slices = [
        item('T.26/11', 'Exclusion of the press and public', exclusion),
        item('T.26/12', 'Caretaker contract', 'Confidential - see separate minute.', '', ...back),
        item('T.26/13', 'Date of next meeting', 'Tuesday 9 June 2026.'),
      ];
      expect(marked(slices)).toEqual([null, exclusion, null]);
    }
    // A councillor coming back is no return of the public.
    const councillor = [
      item('T.26/11', 'Exclusion of the press and public', exclusion),
      item('T.26/12', 'Caretaker contract', 'Agreed.', '', 'Councillor Pyne returned to the meeting.'),
      item('T.26/13', 'Grounds staffing', 'Agreed.'),
    ];
    expect(marked(councillor)).toEqual([null, exclusion, exclusion]);
  });

  it("marks the items under a closed part's heading printed above the first item", () => {
    const slices = [item('1', 'Land sale', 'Agreed.'), item('2', 'Staffing', 'Agreed.', '', 'PART I'), item('3', 'Parks', 'Noted.')];
    expect(marked(slices)).toEqual([null, null, null]);
    expect(readExempt(slices, 'PART II – EXEMPT BUSINESS').marks.map((mark) => mark?.text ?? null)).toEqual([
      'PART II – EXEMPT BUSINESS',
      'PART II – EXEMPT BUSINESS',
      null,
    ]);
    expect(readExempt(slices, 'PART A – ITEMS FOR DECISION').marks).toEqual([null, null, null]);
  });

  it('takes a part named alone as the closed part only right above the next item', () => {
    const slices = [
      item('6', 'Local plan', 'Part A', 'The policies.', '', 'Part B', 'The site list.'),
      item('7', 'Bus review', 'Noted.', '', 'PART II'),
    ];
    expect(marked([...slices, item('8', 'Land sale', 'Agreed.')])).toEqual([null, null, 'PART II']);
  });

  it('reads an item that states its own exemption and cites a paragraph', () => {
    const slices = [item('5', 'Waste contract', 'Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A.', '', 'Agreed.')];
    expect(readExempt(slices).marks[0]?.paragraphs).toEqual(['3']);
  });

  it("reads a decision record's exempt appendix field anywhere in the item's text, with its paragraph", () => {
    const slices = [
      item(
        '3',
        'Sale of the old depot',
        'Decision: To sell the depot.',
        '',
        'Reasons: Surplus to need.',
        'Exempt appendix: Paragraph 3, Schedule 12A.',
      ),
      item('4', 'Play areas', 'Decision: To refurbish two play areas.', 'Exempt appendices: none.'),
    ];
    expect(readExempt(slices).marks).toEqual([{ text: 'Exempt appendix: Paragraph 3, Schedule 12A.', paragraphs: ['3'] }, null]);
  });

  it('marks nothing on words that only speak of exemption', () => {
    const slices = [
      item(
        '1',
        'Exclusion of Press and Public',
        'The Committee considered whether the press and public should be excluded.',
        'RESOLVED: That the press and public not be excluded from the meeting.',
      ),
      item('2', 'Parking review', 'The report contains no exempt information.', '', 'Is the report exempt? No'),
      item('3', 'Bus shelters', 'Exempt information? Open', '', 'Decision made in exempt session?', 'No'),
      item('4', 'Closing remarks', 'Exempt information: none (paragraph 3 does not apply).'),
    ];
    expect(marked(slices)).toEqual([null, null, null, null]);
  });
});

describe("a forward plan's open or exempt cell", () => {
  it('marks a cell closing the whole item, not one that is open or part exempt', () => {
    expect(accessMark('Private - paragraph 3')).toEqual({ text: 'Private - paragraph 3', paragraphs: ['3'] });
    for (const cell of ['Open', 'Part exempt', 'Part exempt - paragraph 3', 'No']) expect(accessMark(cell)).toBeNull();
  });
});

describe('the one list of words that put business in private', () => {
  it('reads each word wherever the list is read: a heading, a statement, a label, a cell', () => {
    expect(isClosedHeading('Not for publication items')).toBe(true);
    const slices = [
      item('5', 'Waste contract', 'This report is not for publication by virtue of paragraph 3.'),
      item('6', 'Depot lease', 'Decision: To renew the lease.', 'Private appendix: paragraph 1.'),
    ];
    expect(readExempt(slices).marks.map((mark) => mark?.paragraphs)).toEqual([['3'], ['1']]);
    expect(accessMark('Restricted - paragraph 2')?.paragraphs).toEqual(['2']);
  });

  it('leaves an opening sentence that starts with "Private" or "Restricted" in their ordinary sense', () => {
    const slices = [
      item('5', 'Housing review', 'Private sector rents rose, as paragraph 4 of the report shows.'),
      item('6', 'Parking', 'Restricted parking zones are set out in paragraph 2.'),
    ];
    expect(marked(slices)).toEqual([null, null]);
  });
});

describe('a bare "(Paragraph 3)" at a title\'s end', () => {
  const exclusion =
    'RESOLVED that the press and public be excluded for the items below, as they involve exempt information as defined in the paragraphs of Schedule 12A shown against each item.';

  it('is the paragraphs of an item the meeting holds in private, and leaves its title', () => {
    const read = readExempt([
      item('40', 'Exclusion of the Press and Public', exclusion, '', 'PART II – PRIVATE ITEMS'),
      item('41', 'Sale of land at Orchard Rise (Paragraph 3)', 'Agreed.'),
      item('42', 'Senior staffing structure (Paragraphs 1 and 2) (Pages 7 - 9)', 'Agreed.'),
    ]);
    expect(read.slices.map((slice) => slice.title).slice(1)).toEqual([
      'Sale of land at Orchard Rise',
      'Senior staffing structure (Pages 7 - 9)',
    ]);
    expect(read.marks.slice(1).map((mark) => mark?.paragraphs)).toEqual([['3'], ['1', '2']]);
    expect(read.marks[1]?.text).toBe(exclusion);
  });

  it('is left as printed on an open item, where it may point into a report or the constitution', () => {
    const read = readExempt([item('12', 'Fees and charges review (paragraph 4)', 'Noted.')]);
    expect(read.marks).toEqual([null]);
    expect(read.slices[0]?.title).toBe('Fees and charges review (paragraph 4)');
  });
});

describe("an item's own mark with no paragraph, under a resolution that cites them", () => {
  const paragraphs = (slices: ItemSlice[]) => readExempt(slices).marks.map((mark) => mark?.paragraphs ?? null);
  const exclusion = (words: string) =>
    item(
      '5',
      'Exclusion of the Press and Public',
      `RESOLVED that the press and public be excluded ${words} under paragraphs 1 and 4 of Part 1 of Schedule 12A.`,
    );

  it('takes the paragraphs for the one item "the following item" closes, keeping its own mark', () => {
    const marks = readExempt([exclusion('for the following item of business'), item('6', 'Care Home Contract (exempt)', 'Agreed.')]).marks;
    expect(marks[1]).toEqual({ text: '(exempt)', paragraphs: ['1', '4'] });
    const two = [exclusion('for the following item'), item('6', 'Care Home Contract (exempt)'), item('7', 'Staff Restructure (exempt)')];
    expect(paragraphs(two)).toEqual([null, ['1', '4'], []]);
  });

  it('takes them for every item when the resolution closes the following items, or for the items it names', () => {
    const after = [exclusion('for the following items'), item('6', 'Care Home Contract (exempt)'), item('7', 'Staff Restructure (exempt)')];
    expect(paragraphs(after)).toEqual([null, ['1', '4'], ['1', '4']]);
    const byNumber = [exclusion('during item 7'), item('6', 'Library Hours'), item('7', 'Staff Restructure (exempt)')];
    expect(paragraphs(byNumber)).toEqual([null, null, ['1', '4']]);
  });

  it('leaves them off when the resolution does not say which items it closes, and keeps paragraphs an item cites itself', () => {
    const unclear = [exclusion('from the meeting'), item('6', 'Care Home Contract (exempt)')];
    expect(paragraphs(unclear)).toEqual([null, []]);
    const own = [exclusion('for the following item'), item('6', 'Care Home Contract (exempt - paragraph 3)')];
    expect(paragraphs(own)).toEqual([null, ['3']]);
  });
});

describe('a Northern Irish resolution that asks the public to withdraw', () => {
  it('marks the item it names by its reference ("item E047/25"), and only that item', () => {
    const marks = readExempt([
      item('E045/25', 'Deputation - Roads', 'The Chair thanked the representatives.'),
      item(
        'E046/25',
        'Minutes of the last meeting',
        'Members noted the minutes.',
        '',
        'Proposed by Councillor Reid',
        'Seconded by Councillor Lyle and',
        '',
        'Resolved  That Members of the public be asked to withdraw from the meeting whilst Members',
        'consider item E047/25.',
      ),
      item('E047/25', 'Allotments - Tender Report'),
      item('E048/25', 'Duration of Meeting', 'The meeting ended at 8.40 pm.'),
    ]).marks;
    expect(marks.map((mark) => mark !== null)).toEqual([false, false, true, false]);
  });
});

describe('an exclusion under the Public Bodies (Admission to Meetings) Act 1960', () => {
  it('marks the item it names by its minute reference ("item TC/25/210"), printed as done ("were excluded")', () => {
    const marks = marked([
      item('PC/26/31', 'Payments', 'RESOLVED to approve the payments.'),
      item(
        'PC/26/32',
        'Exclusion of press and public',
        'Under the Public Bodies (Admission to Meetings) Act 1960 the press and public were',
        'excluded for item PC/26/33 (contracts). Prop: AB  Sec: CD',
      ),
      item('PC/26/33', 'Grass cutting contract', 'RESOLVED to renew the contract.'),
      item('PC/26/34', 'Date of next meeting', 'Noted.'),
    ]);
    expect(marks.map((mark) => mark !== null)).toEqual([false, false, true, false]);
  });

  it('marks the items after one that excludes them "temporarily", as the Act lets a council', () => {
    const marks = marked([
      item('7', 'Exclusion of the public', 'RESOLVED that the press and public be temporarily excluded for the following item.'),
      item('8', 'Staffing', 'RESOLVED to regrade the post.'),
    ]);
    expect(marks.map((mark) => mark !== null)).toEqual([false, true]);
  });
});

describe('a table of items and paragraphs', () => {
  it('marks the items an exclusion resolution lists in a table, each with its paragraphs', () => {
    const resolution = 'RESOLVED – That the public be excluded for the items below, on the grounds shown against each:';
    const table = ['Item No.     Paragraph No.', '9            3', '10           1 and 3'];
    const paragraphs = cited([
      item('8', 'Exclusion of the public', resolution, '', ...table),
      item('9', 'Garage site disposal', 'RESOLVED: That the sale proceed.'),
      item('10', 'Grievance appeal', 'RESOLVED: That the appeal be upheld.'),
    ]);
    expect(paragraphs).toEqual([null, ['3'], ['1', '3']]);
  });

  it('reads the table printed at the foot of the minutes for the items above it', () => {
    const read = readExempt([
      item('31', 'Play area renewal', 'RESOLVED: That the quote be accepted.'),
      item('32', 'Tenancy arrears', 'RESOLVED: That the write-off be approved.'),
      item(
        '33',
        'Contract award',
        'RESOLVED: That the contract be awarded.',
        '',
        'The meeting closed at 9.05 pm',
        '',
        'The press and public were excluded from the meeting for the following items:',
        'Minute No.\tParagraph(s) of Schedule 12A',
        '32\t1, 2 and 7',
        '33\t3',
      ),
    ]);
    expect(read.marks.map((mark) => mark?.paragraphs ?? null)).toEqual([null, ['1', '2', '7'], ['3']]);
    expect(read.marks[1]?.text).toBe('The press and public were excluded from the meeting for the following items:');
  });

  it('reads no table from numbers under some other heading', () => {
    const read = readExempt([
      item('4', 'Budget', 'Item No.    Cost', '5           300'),
      item('5', 'Street lighting', 'RESOLVED: That it be noted.'),
    ]);
    expect(read.marks).toEqual([null, null]);
  });
});

describe('an item that says it was itself taken in private', () => {
  it('marks the item whose exclusion is "for this item", not the item after it', () => {
    const scottish = marked([
      item('5', 'Occasional licences', 'Noted.'),
      item(
        '6',
        'Review of premises licence - The Harbour Inn',
        'The Board resolved under Section 50(A) of the Local Government (Scotland) Act 1973 to',
        'exclude the press and public for this item, as it involved exempt information under paragraph 14.',
        '',
        'Decision: a written warning was issued.',
      ),
      item('7', 'Date of next meeting', 'Thursday 9 May.'),
    ]);
    expect(scottish.map((mark) => mark !== null)).toEqual([false, true, false]);
    const during = readExempt([
      item(
        '3',
        'Staffing review',
        'RESOLVED that the public be excluded from the meeting during consideration of this item (paragraph 1).',
      ),
      item('4', 'Any other business', 'None.'),
    ]).marks;
    expect(during.map((mark) => mark?.paragraphs ?? null)).toEqual([['1'], null]);
  });

  it('marks only the next item when the resolution excludes the public for the following item', () => {
    const marks = marked([
      item('8', 'Exclusion of the public', 'RESOLVED to exclude the public for the following item of business.'),
      item('9', 'Land at Mill Road', 'Agreed.'),
      item('10', 'Date of next meeting', 'Noted.'),
    ]);
    expect(marks.map((mark) => mark !== null)).toEqual([false, true, false]);
  });

  it('marks an item its minutes say was taken in closed session or considered in private', () => {
    const closed = marked([
      item('5', 'Domestic abuse review', 'This item was taken in closed session. A summary will follow.'),
      item('6', 'AOB', 'None.'),
    ]);
    expect(closed).toEqual(['This item was taken in closed session.', null]);
    const considered = marked([item('2', 'Tender for grounds maintenance', 'The Committee considered this item in private.', 'Agreed.')]);
    expect(considered).toEqual(['The Committee considered this item in private.']);
    const open = marked([
      item('2', 'Allotments', 'This item was not taken in private.'),
      item('3', 'Parking', 'Whether to take it in private was discussed.'),
    ]);
    expect(open).toEqual([null, null]);
  });
});

describe('an exclusion printed at the head of the item it covers', () => {
  it('marks the item whose first paragraph excludes the public "for the following item", its business under it, not the next', () => {
    const scottish = marked([
      item('5', 'Roads maintenance programme', 'DECISION', '', 'The Council approved the programme.'),
      item(
        '6',
        'Disposal of former depot, Kirkbrae',
        'The Council resolved under Section 50A(4) of the Local Government (Scotland) Act 1973 to exclude',
        'the public from the meeting for the following item of business on the grounds that it involved',
        'the likely disclosure of exempt information as defined in paragraph 9 of Part 1 of Schedule 7A.',
        '',
        'There was submitted a report by the Head of Estates on offers received for the depot.',
        '',
        'DECISION',
        'The Council accepted the highest offer.',
      ),
      item('7', 'Date of next meeting', 'Thursday 5 June 2025.'),
    ]);
    expect(scottish.map((mark) => mark !== null)).toEqual([false, true, false]);
    const english = cited([
      item(
        '12',
        'Lease of Unit 4, Harbour Yard',
        'RESOLVED – That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded for the next item on',
        'the grounds that it involves the likely disclosure of exempt information (paragraph 3).',
        '',
        'Members considered the terms offered by the tenant.',
        'RESOLVED – That the lease be granted.',
      ),
      item('13', 'Any other business', 'None.'),
    ]);
    expect(english).toEqual([['3'], null]);
  });

  it("still marks the next item when the exclusion is all its item holds, or is printed at the item's foot", () => {
    const alone = marked([
      item('8', 'Urgent items', 'RESOLVED to exclude the public for the following item of business.'),
      item('9', 'Land at Mill Road', 'Agreed.'),
    ]);
    expect(alone.map((mark) => mark !== null)).toEqual([false, true]);
    const foot = marked([
      item('4', 'Budget monitoring', 'Noted.', '', 'RESOLVED that the public be excluded for the following item of business.'),
      item('5', 'Staffing', 'Agreed.'),
    ]);
    expect(foot.map((mark) => mark !== null)).toEqual([false, true]);
  });
});

describe("Northern Ireland's council moving 'In Committee'", () => {
  it('marks the items after "AGREED – that the Council move \'In Committee\'" until it moves out of committee', () => {
    const moved = 'AGREED - that the Council move "In Committee" to consider the following item.';
    const marks = marked([
      item(
        'C.207/24',
        'Minutes of the Environment Committee',
        'AGREED - that the minutes be adopted.',
        '',
        'Proposed by Councillor Agnew',
        '',
        moved,
      ),
      item(
        'C.208/24',
        'Tender for gritting vehicles',
        'AGREED - to award the contract.',
        '',
        'AGREED - that the Council move out of Committee.',
      ),
      item('C.209/24', 'Any other business', 'None.'),
    ]);
    expect(marks).toEqual([null, moved, null]);
  });

  it('reads the heading printed in quotes, and a council that "went into committee" until it "resumed in open session"', () => {
    const quoted = marked([
      item('C.11/25', 'Correspondence', 'Noted.', '', '"IN COMMITTEE"'),
      item('C.12/25', 'Legal advice on boundary dispute', 'Noted.'),
    ]);
    expect(quoted).toEqual([null, '"IN COMMITTEE"']);
    const went = marked([
      item('14', 'Notice of motion', 'Carried.', '', 'The Council moved In Committee for the remaining business.'),
      item('15', 'Staffing structure', 'Agreed.', '', 'The Council resumed in open session.'),
      item('16', "Chairman's business", 'None.'),
    ]);
    expect(went.map((mark) => mark !== null)).toEqual([false, true, false]);
  });
});

describe('a private session that opens inside an item, its business under it', () => {
  it('marks that item with the sentence, never the items after it', () => {
    const hearing = 'After the questions the Board went into private session to agree its view.';
    const panel = marked([
      item('PB/26/04', 'Budget update', 'Noted.'),
      item(
        'PB/26/05',
        'Confirmation hearing - Chief Fire Officer',
        'The Board heard the proposed appointee answer questions from members.',
        '',
        hearing,
        '',
        'RESOLVED that the Board supports the appointment.',
      ),
      item('PB/26/06', 'Complaints', 'None received.'),
      item('PB/26/07', 'Work programme', 'Noted.'),
    ]);
    expect(panel).toEqual([null, hearing, null, null]);
    const english = cited([
      item(
        '9',
        'Housing company business plan',
        'The Cabinet Member introduced the plan.',
        '',
        'RESOLVED that the press and public be excluded from the meeting as the discussion would disclose',
        'exempt information under paragraph 3.',
        '',
        'Members asked about the loan terms. RESOLVED that the plan be approved.',
      ),
      item('10', 'Date of next meeting', '4 June.'),
    ]);
    expect(english).toEqual([['3'], null]);
  });

  it('still marks the items after a session that opens at the foot of an item or names them', () => {
    const foot = marked([
      item('6', 'Any other business', 'None.', '', 'The Committee then moved into closed session.'),
      item('7', 'Staffing matter', 'Agreed.'),
    ]);
    expect(foot.map((mark) => mark !== null)).toEqual([false, true]);
    const closing = marked([
      item('6', 'Urgent business', 'None.', '', 'The Committee went into private session.', '', 'The meeting closed at 9.10 pm.'),
      item('7', 'Land at Quarry Lane', 'Agreed.'),
    ]);
    expect(closing.map((mark) => mark !== null)).toEqual([false, true]);
    const following = marked([
      item('3', 'Reports', 'Noted.', '', 'The Panel went into private session for the following items.', '', 'Councillor Reid left.'),
      item('4', 'Tender', 'Agreed.'),
      item('5', 'Lease', 'Agreed.'),
    ]);
    expect(following.map((mark) => mark !== null)).toEqual([false, true, true]);
  });
});

describe('a private session said to have remained in private', () => {
  it('marks the items it names, or the next item, as well as the item it opened in', () => {
    const opened = 'The Sub-Committee went into private session to reach its decision.';
    const named = marked([
      item(
        '4',
        'Hackney carriage driver - review',
        'The driver spoke.',
        '',
        opened,
        '',
        'RESOLVED that the licence be suspended.',
        '',
        'The meeting remained in private session for items 6 and 7.',
      ),
      item('5', 'Fees review', 'Noted.'),
      item('6', 'Staffing matter', 'Agreed.'),
      item('7', 'Lease of unit 3', 'Agreed.'),
      item('8', 'Date of next meeting', '9 May.'),
    ]);
    expect(named).toEqual([
      opened,
      null,
      'The meeting remained in private session for items 6 and 7.',
      'The meeting remained in private session for items 6 and 7.',
      null,
    ]);
    // One paragraph holding both sentences: the opening closes its own item, the items named are the remaining sentence's.
    const together = marked([
      item(
        '2',
        'Premises licence - The Wharf',
        'Residents spoke.',
        '',
        `${opened} The Committee remained in private for the next item.`,
        '',
        'RESOLVED that the licence be granted.',
      ),
      item('3', 'Legal advice', 'Noted.'),
      item('4', 'Any other business', 'None.'),
    ]);
    expect(together.map((mark) => mark !== null)).toEqual([true, true, false]);
    // The item after, private under that sentence, can say the same of the one after it.
    const chained = marked([
      item('10', 'Tenancy appeal', 'The appellant spoke.', '', 'The Panel moved into closed session to deliberate.', '', 'Appeal upheld.'),
      item('11', 'Second appeal', 'Appeal dismissed.', '', 'The Panel remained in closed session.'),
      item('12', 'Third appeal', 'Withdrawn.'),
      item('13', 'Close', 'Noted.'),
    ]);
    // Item 10's session ends with it: nothing said it remained. Item 11 says it did, so item 12 is private, and 13 open again.
    expect(chained.map((mark) => mark !== null)).toEqual([true, false, true, false]);
    // A session opened at an item's foot closes the items after it, and as many as the sentence says when one follows.
    const foot = marked([
      item('5', 'Questions', 'None.', '', 'The Committee went into private session.', '', 'It remained in private for the next item.'),
      item('6', 'Debt write-off', 'Agreed.'),
      item('7', 'Date of next meeting', '2 July.'),
    ]);
    expect(foot.map((mark) => mark !== null)).toEqual([false, true, false]);
  });

  it('leaves a closed part as it was when its items say they remained in private', () => {
    const part = marked([
      item('9', 'Exclusion of the public', 'RESOLVED that the public be excluded for the remaining items of business.'),
      item('10', 'Land sale', 'Agreed. The Committee remained in private session.'),
      item('11', 'Contract', 'Agreed.'),
      item('12', 'Lease', 'Agreed.'),
    ]);
    expect(part.map((mark) => mark !== null)).toEqual([false, true, true, true]);
  });
});

describe('a mark at the end of a title in other words', () => {
  it('reads "exempt information, paragraph N", "exempt – paragraph N" and "Not for publication – para 3"', () => {
    const marks = [
      'Purchase of land at Heath End (exempt information, paragraph 3)',
      'Enforcement – Yard at Brook Street (exempt – paragraph 6)',
      'Depot lease (Not for publication – para 3)',
      'Staff restructure (Confidential - paras 1 and 2)',
    ].map((title) => titleMark(title));
    expect(marks.map((found) => found.title)).toEqual([
      'Purchase of land at Heath End',
      'Enforcement – Yard at Brook Street',
      'Depot lease',
      'Staff restructure',
    ]);
    expect(marks.map((found) => found.mark?.paragraphs)).toEqual([['3'], ['6'], ['3'], ['1', '2']]);
    expect(citedParagraphs('the report at para 4.2')).toEqual([]);
    expect(titleMark('Town centre (para 3 of the plan)').mark).toBeNull();
  });
});

describe("a resolution at an item's foot that takes the items after it in private", () => {
  it('heads the next item, with the heading and the movers printed over it, as no business of the item it ends', () => {
    const moved = 'AGREED - that the Council move "In Committee" to consider the following item.';
    const ni = readExempt([
      item(
        'C.41/26',
        'Report of the Leisure Committee',
        'AGREED - that the minutes be adopted.',
        '',
        '"IN COMMITTEE"',
        '',
        'Proposed by Councillor Neill',
        'Seconded by Alderman Kerr and',
        '',
        moved,
      ),
      item(
        'C.42/26',
        'Tender for leisure centre roof',
        'AGREED - to award the contract.',
        '',
        'AGREED - that the Council move out of Committee.',
      ),
    ]);
    expect(ni.slices.map((slice) => slice.lines.filter((line) => line !== ''))).toEqual([
      ['AGREED - that the minutes be adopted.'],
      [
        '"IN COMMITTEE"',
        'Proposed by Councillor Neill',
        'Seconded by Alderman Kerr and',
        moved,
        'AGREED - to award the contract.',
        'AGREED - that the Council move out of Committee.',
      ],
    ]);
    expect(ni.marks.map((mark) => mark?.text ?? null)).toEqual([null, moved]);
    const english = readExempt([
      item(
        '4',
        'Budget monitoring',
        'Noted.',
        '',
        'RESOLVED that the public be excluded for the remaining items of business (paragraph 3).',
      ),
      item('5', 'Staffing', 'Agreed.'),
      item('6', 'Land sale', 'Agreed.'),
    ]);
    expect(english.slices[0]?.lines).toEqual(['Noted.']);
    expect(english.slices[1]?.lines[0]).toMatch(/^RESOLVED that the public be excluded/);
    expect(english.marks.map((mark) => mark?.paragraphs ?? null)).toEqual([null, ['3'], ['3']]);
  });

  it('stays in an exclusion item, an item it is all of, one it names items in, or one with text under it', () => {
    const stays = (slices: ItemSlice[]) => readExempt(slices).slices.map((slice) => slice.lines.length);
    const excluded = 'RESOLVED that the public be excluded for the following item.';
    expect(stays([item('7', 'Exclusion of the press and public', 'Noted.', '', excluded), item('8', 'Lease', 'Agreed.')])).toEqual([3, 1]);
    expect(stays([item('7', 'Urgent items', excluded), item('8', 'Lease', 'Agreed.')])).toEqual([1, 1]);
    expect(
      stays([item('7', 'Reports', 'Noted.', '', 'RESOLVED that the public be excluded for item 9.'), item('8', 'AOB', 'None.')]),
    ).toEqual([3, 1]);
    expect(
      stays([item('7', 'Reports', 'Noted.', '', excluded, '', 'Councillor Law left the meeting.'), item('8', 'Lease', 'Agreed.')]),
    ).toEqual([5, 1]);
  });
});
