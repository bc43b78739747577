import { describe, expect, it } from 'vitest';
import { readSideBySide } from './side-columns.ts';
import { columns } from './test-columns.ts';
import { importedMeeting } from './test-import.ts';

/** A made-up parish's minutes in our own words, its business in two columns; the header across the page above them. */
const PARISH_HEADER = [
  'ASHCOMBE MAGNA PARISH COUNCIL',
  'Minutes of the meeting of the Parish Council held on Tuesday 10 March 2026 at 7.00pm in the Reading Room',
  '',
  'Present: Cllrs R Pellow (Chair), D Hext, S Vosper, L Trethewey',
  'In attendance: Mr G Nance (Clerk), 2 members of the public',
  '',
];

const PARISH: [string, string][] = [
  ['26/20 Apologies', '26/25 Footpaths'],
  ['Apologies were received from Cllr M', 'The Clerk said that the stile on the'],
  ['Jago (holiday) and were accepted.', 'path to Higher Barton was broken and'],
  ['', 'the County Council had been told of it.'],
  ['26/21 Declarations of interest', 'RESOLVED to write to the landowner about'],
  ['Cllr Hext declared an interest in item', 'the gate at the top of the lane.'],
  ['26/26 as the owner of the next field.', ''],
  ['', '26/26 Planning'],
  ['26/22 Minutes', 'PA26/0031 - Barn at Tregonning, change of'],
  ['RESOLVED that the minutes of the meeting', 'use to a holiday let. RESOLVED: to support'],
  ['held on 10 February 2026 be approved and', 'the application.'],
  ['signed by the Chair as a correct record.', ''],
  ['', '26/27 Finance'],
  ['26/23 Open session', 'RESOLVED that the payments listed, totalling'],
  ['A resident asked about the speed of traffic', '£862.40, be approved.'],
  ['through the village. The Chair said it would', ''],
  ['be raised with the police.', '26/28 Date of next meeting'],
  ['', 'Tuesday 14 April 2026 at 7.00pm.'],
  ['26/24 Play area', ''],
  ['The annual inspection report was received.', ''],
  ['RESOLVED to replace the swing seats at a', ''],
  ['cost of £210.', ''],
  ['', 'The meeting closed at 8.20pm.'],
];

const parishText = (): string => `${PARISH_HEADER.join('\n')}\n${columns(50, PARISH)}\n`;

/** A made-up town council's committee minutes, worded otherwise: two pages, each with a gutter of its own. */
const TOWN_PAGE_ONE: [string, string][] = [
  ['38. APOLOGIES FOR ABSENCE', '41. NEW HOUSING AT FOXLEY FIELDS'],
  ['Councillor E Marwood sent her apologies.', 'Members considered the revised plans for'],
  ['', '120 homes. Concern was raised about the'],
  ['39. DECLARATIONS OF INTEREST', 'loss of the hedgerow along the lane and'],
  ['Councillor Lindqvist declared a personal', 'the extra traffic at the school gates.'],
  ['interest in item 41 as a member of the', 'It was RESOLVED to object to the plans.'],
  ['Foxley Residents Association.', ''],
  ['', '42. TREE WORKS'],
  ['40. MINUTES', 'No objection was raised to the felling of'],
  ['The minutes of the meeting held on 6 January', 'a diseased ash tree in Mill Walk.'],
  ['2026 were confirmed as a true record.', ''],
];

const TOWN_PAGE_TWO: [string, string][] = [
  ['43. BUS SHELTERS', '45. CORRESPONDENCE'],
  ['The committee agreed that the shelter on', 'A letter from the Civic Society about the'],
  ['the Green should be cleaned before Easter.', 'war memorial was read and noted.'],
  ['', ''],
  ['44. ALLOTMENTS', '46. DATE OF NEXT MEETING'],
  ['It was RESOLVED that the rent for each plot', 'The next meeting will be held on 3 March'],
  ['be held at £30 for the coming year and that', '2026 at 7.30pm in the Council Chamber.'],
  ['the tenants be told of it by letter.', ''],
];

const townText = (): string =>
  [
    'KELLINGWORTH TOWN COUNCIL',
    'MINUTES OF THE PLANNING AND ENVIRONMENT COMMITTEE HELD ON 3 FEBRUARY 2026 AT 7.30PM AT THE TOWN HALL',
    '',
    'PRESENT: Councillors T Ormsby (Chairman), H Quarrie, B Lindqvist and F Doubtfire.',
    '',
    columns(54, TOWN_PAGE_ONE),
    '\f' + columns(47, TOWN_PAGE_TWO),
    '',
  ].join('\n');

/** The lines of a text with blank lines taken out, to compare reading order. */
const filled = (text: string): string[] =>
  text
    .split(/\n|\f/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

describe('readSideBySide', () => {
  it('reads a page printed in two columns of English as its left column, then its right, with a warning', () => {
    const read = readSideBySide(parishText());
    expect(filled(read.text)).toEqual([
      ...PARISH_HEADER.filter((line) => line !== ''),
      ...PARISH.map(([left]) => left).filter((left) => left !== ''),
      ...PARISH.map(([, right]) => right).filter((right) => right !== ''),
    ]);
    expect(read.warning).toMatch(/two columns side by side \(lines 7–29\): they are read as the left column, then the right/);
    // A column's paragraphs stay apart, and the right column starts a paragraph of its own.
    expect(read.text).toContain('cost of £210.\n\n26/25 Footpaths\n');
    expect(read.text).toContain('signed by the Chair as a correct record.\n\n26/23 Open session');
  });

  it('reads each page of a record worded otherwise by its own gutter', () => {
    const read = readSideBySide(townText());
    const [first, second] = read.text.split('\f');
    expect(filled(first!).slice(3)).toEqual([
      ...TOWN_PAGE_ONE.map(([left]) => left).filter((left) => left !== ''),
      ...TOWN_PAGE_ONE.map(([, right]) => right).filter((right) => right !== ''),
    ]);
    expect(filled(second!)).toEqual([
      ...TOWN_PAGE_TWO.map(([left]) => left).filter((left) => left !== ''),
      ...TOWN_PAGE_TWO.map(([, right]) => right).filter((right) => right !== ''),
    ]);
    expect(read.warning).toMatch(/\(lines 6–16, 17–24\)/);
  });

  it('reads the columns above and below a heading across both in turn', () => {
    const text = [
      columns(46, PARISH.slice(0, 7)),
      '                 ITEMS TAKEN IN PRIVATE SESSION FOLLOW ON THE NEXT PAGE OF THESE MINUTES',
      columns(46, PARISH.slice(8, 12)),
    ].join('\n');
    const lines = filled(readSideBySide(text).text);
    expect(lines.indexOf('26/25 Footpaths')).toBeGreaterThan(lines.indexOf('26/21 Declarations of interest'));
    expect(lines.indexOf('ITEMS TAKEN IN PRIVATE SESSION FOLLOW ON THE NEXT PAGE OF THESE MINUTES')).toBe(12);
    expect(lines.slice(13)).toEqual([
      '26/22 Minutes',
      'RESOLVED that the minutes of the meeting',
      'held on 10 February 2026 be approved and',
      'signed by the Chair as a correct record.',
      'PA26/0031 - Barn at Tregonning, change of',
      'use to a holiday let. RESOLVED: to support',
      'the application.',
    ]);
  });

  it('leaves alone payments, rosters, tables, leaders and page furniture laid out with gaps', () => {
    const payments = columns(48, [
      ['Payments approved:', ''],
      ['Kernow Grounds Ltd, grass cutting for March', '£120.00'],
      ['South West Water, the cemetery standpipe', '£18.42'],
      ['Mr G Nance, salary for the month of March', '£640.00'],
      ['HMRC, the tax and insurance of the clerk', '£160.00'],
      ['Ashcombe Village Hall, hire of the room', '£25.00'],
      ['Office supplies from the stationery shop', '£12.99'],
    ]);
    const roster = columns(34, [
      ['Councillor Ann Birch (Chair)', 'Councillor Tom Ash'],
      ['Councillor Jo Elm', 'Councillor Sam Oak (Vice-Chair)'],
      ['Councillor Priya Rowan', 'Councillor Lee Hazel'],
      ['Councillor Dee Alder', 'Councillor Max Holly'],
      ['Councillor Kit Willow', 'Councillor Ros Larch'],
      ['Councillor Ben Yew', 'Councillor Fay Cedar'],
    ]);
    const table = columns(40, [
      ['Action', 'Progress'],
      ['Clerk to write to the County Council', 'Letter sent on 4 March     Done'],
      ['Quote for the repair of the bench', 'Two quotes to be sought     Open'],
      ['Report on the state of the footpaths', 'Walk of the paths in May     Open'],
      ['Grant to the youth club for the trip', 'Paid in full in February     Done'],
      ['New notice board for the green', 'Awaiting the order of it     Open'],
      ['Defibrillator pads to be replaced', 'The pads were bought     Done'],
    ]);
    const leaders = [
      'Cllr A Bell (Chair) ........................   Ashvale District Council',
      'Cllr C Dunn ................................   Brockton Borough Council',
      'Cllr E Frost ...............................   Ashvale District Council',
      'Cllr G Hale ................................   Kestonshire County Council',
      'Mrs I Jones ................................   Natural England (observer)',
    ].join('\n');
    const furniture = [
      'Finance Committee                                                    12 March 2026',
      'The committee received the accounts for the quarter to the end of December and noted them.',
      'The Clerk reported that the internal auditor would visit in May to review the year.',
      'RESOLVED that the budget for the coming year be recommended to the Council as set out.',
      '                                                                            Page 4 of 9',
    ].join('\n');
    for (const text of [payments, roster, table, leaders, furniture]) expect(readSideBySide(text)).toEqual({ text, warning: null });
  });

  it('warns, naming the lines, where two columns are suspected but not certain, and reads them as they stand', () => {
    const text = `Notes of the meeting\n${columns(40, [
      ['The Clerk was asked to', 'The hall will be shut in'],
      ['write to the owner.', 'August for the repairs.'],
      ['The bench is to be', 'The next meeting is on'],
      ['mended by the spring.', 'the first of the month.'],
    ])}`;
    const read = readSideBySide(text);
    expect(read.text).toBe(text);
    expect(read.warning).toMatch(/may be printed in two columns side by side \(lines 2–5: .*read as they stand/);
  });
});

describe('a text in two columns of English, imported', () => {
  it('gives every item of both columns, each title and resolution whole', async () => {
    const meeting = await importedMeeting('minutes.txt', parishText());
    const items = meeting.data.items ?? [];
    expect(items.map((item) => item.title)).toEqual([
      'Apologies',
      'Declarations of interest',
      'Minutes',
      'Open session',
      'Play area',
      'Footpaths',
      'Planning',
      'Finance',
      'Date of next meeting',
    ]);
    expect(items.flatMap((item) => item.resolutions ?? [])).toEqual([
      'that the minutes of the meeting held on 10 February 2026 be approved and signed by the Chair as a correct record.',
      'to replace the swing seats at a cost of £210.',
      'to write to the landowner about the gate at the top of the lane.',
      // The reader names a planning application's reference before its decision.
      'PA26/0031: to support the application.',
      'that the payments listed, totalling £862.40, be approved.',
    ]);
    expect(meeting.data.warnings?.some((warning) => warning.includes('two columns side by side'))).toBe(true);
  });

  it('gives the items of a record worded otherwise, across its pages', async () => {
    const meeting = await importedMeeting('town.txt', townText());
    expect((meeting.data.items ?? []).map((item) => item.number)).toEqual(['38', '39', '40', '41', '42', '43', '44', '45', '46']);
    expect((meeting.data.items ?? []).find((item) => item.number === '44')?.resolutions).toEqual([
      'that the rent for each plot be held at £30 for the coming year and that the tenants be told of it by letter.',
    ]);
  });
});
