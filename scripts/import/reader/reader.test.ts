import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';
import { readHeader } from './header.ts';
import { readItemText } from './item-text.ts';
import { readMeeting } from './meeting.ts';
import { sliceItems } from './items.ts';
import { splitTitle } from './item-title.ts';
import { candidateAt } from './numbering.ts';
import { chooseScheme } from './numbering-scheme.ts';
import { findVotes } from './votes.ts';

const numbers = (text: string) => chooseScheme(text.split('\n')).map((candidate) => candidate.number);

describe('numbering scheme', () => {
  it('reads a running number of five digits, and a Northern Irish reference closed by ":-"', () => {
    expect(chooseScheme(['14365 ANNOUNCEMENTS', 'None.', '14366 POLICE MATTERS', 'Noted.']).map((c) => c.number)).toEqual([
      '14365',
      '14366',
    ]);
    expect(chooseScheme(['11457/04/25 APOLOGIES', 'None.', '11458/04/25 MINUTES', 'Agreed.']).map((c) => c.number)).toEqual([
      '11457/04/25',
      '11458/04/25',
    ]);
    expect(chooseScheme(['M/140/2023:-', 'CONDOLENCE', 'M/141/2023:-', 'REPORTS']).map((c) => [c.number, c.title])).toEqual([
      ['M/140/2023', null],
      ['M/141/2023', null],
    ]);
  });
  it('takes a planning item whose title opens with the site\'s house number ("7. 14-18 CALDER ROAD"), and no other figure', () => {
    expect(candidateAt('7. 14-18 MARSH ROAD, WESTBRIDGE WB2 4QT (Ref: 25/0101/FUL)', 0)?.title).toMatch(/^14-18 MARSH ROAD/);
    expect(candidateAt('12. 3a Bellhouse Close, Upper Tolley', 0)?.number).toBe('12');
    expect(candidateAt("4. 62 ST ANNE'S TERRACE", 0)?.number).toBe('4');
    expect(candidateAt('2. 15 responses were received by the deadline.', 0)).toBeNull();
    expect(candidateAt('3. 2025 budget consultation', 0)).toBeNull();
    const lines = [
      '6. MINUTES',
      'RESOLVED:',
      'That the minutes be agreed.',
      '7. 9 KILN LANE',
      'Granted.',
      '8. LAND AT MILL WAY',
      'Refused.',
    ];
    expect(chooseScheme(lines).map((candidate) => candidate.number)).toEqual(['6', '7', '8']);
  });
  it('takes no lower-case list entry for an item title ("2. officers report back")', () => {
    const lines = [
      '1. Budget monitoring',
      '',
      'The committee considered the report.',
      'RESOLVED that:',
      '1. the report be noted; and',
      '2. officers report back in June.',
    ];
    expect(chooseScheme(lines).map((candidate) => candidate.number)).toEqual([]);
    expect(candidateAt('2. officers report back in June.', 0)).toBeNull();
    expect(candidateAt('2. Officers report', 0)?.title).toBe('Officers report');
  });

  it("passes over an agenda's contents list whose entries are printed again below, with their text", () => {
    const lines = [
      '1. Introductions',
      '2. Minutes',
      '3. Licence Hearing',
      '',
      '1. INTRODUCTIONS',
      '2. MINUTES',
      'To confirm the minutes.',
      '3. LICENCE HEARING',
      'To determine the application.',
    ];
    expect(chooseScheme(lines).map((candidate) => [candidate.number, candidate.line])).toEqual([
      ['1', 4],
      ['2', 5],
      ['3', 7],
    ]);
    // One number printed twice with the same first word is no contents list.
    expect(numbers('1. Apologies\nNone.\n2. Minutes\nAgreed.\n3. Minutes of the Panel\nNoted.\n4. Budget\nNoted.')).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
  });

  it('reads "Item 1 - Welcome" with a dash after the number, never a bare "6 - Work Plan 345.83 KB"', () => {
    expect(candidateAt('Item 1 - Welcome and introductions', 0)).toMatchObject({ number: '1', title: 'Welcome and introductions' });
    expect(candidateAt('Minute 12 – Budget', 0)).toMatchObject({ number: '12', title: 'Budget' });
    expect(candidateAt('6 - Work Plan 2016/17 345.83 KB', 0)).toBeNull();
  });

  it('takes the run that rises by one, not the first number seen', () => {
    const text = [
      '1',
      '',
      'Welcome',
      '',
      'Text here.',
      '',
      '2',
      '',
      'Statements',
      '01 A Person',
      '02 B Person',
      '03 C Person',
      '',
      '3',
      '',
      'Close',
      '',
      'Ended.',
    ].join('\n');
    expect(numbers(text)).toEqual(['1', '2', '3']);
  });
  it('reads minute numbers with the year and keeps a misprint as printed', () => {
    expect(numbers('21.05.1 Apologies\nNone\n21.05.2 Minutes\nSigned\n1.05.3 Finance\nPaid\n21.05.4 Close\nEnd')).toEqual([
      '21.05.1',
      '21.05.2',
      '1.05.3',
      '21.05.4',
    ]);
  });
  it('reads minute numbers with the year first ("23/001", "2023/1", "23/01") and keeps "35/11" as minute 35 of 2011', () => {
    expect(numbers('23/001 Apologies\nNone.\n23/002 Minutes\nAgreed.\n23/003 Planning\nNo objection.')).toEqual([
      '23/001',
      '23/002',
      '23/003',
    ]);
    expect(numbers('2023/1 Apologies\nNone.\n2023/2 Minutes\nAgreed.')).toEqual(['2023/1', '2023/2']);
    expect(numbers('23/01 Apologies\nNone.\n23/02 Minutes\nAgreed.\n23/03 Planning\nNoted.')).toEqual(['23/01', '23/02', '23/03']);
    expect(numbers('35/11 Apologies\nNone.\n36/11 Minutes\nAgreed.\n37/11 Planning\nNoted.')).toEqual(['35/11', '36/11', '37/11']);
  });
  it('reads minute numbers after a committee\'s code ("PL.45", "CAB45", "P/23/45"), never a word for a code', () => {
    expect(numbers('PL.45 APOLOGIES\nNone.\nPL.46 MINUTES\nApproved.\nPL.47 PLANNING\nGranted.')).toEqual(['PL.45', 'PL.46', 'PL.47']);
    expect(numbers('CAB45 Apologies\nNone.\nCAB46 Minutes\nApproved.')).toEqual(['CAB45', 'CAB46']);
    expect(numbers('P/23/45 Apologies\nNone.\nP/23/46 Minutes\nApproved.')).toEqual(['P/23/45', 'P/23/46']);
    expect(numbers('At 7 The meeting opened.\nAt 8 The meeting closed.')).toEqual([]);
    expect(numbers('PART 1 Public items\nText.\nPART 2 Exempt items\nText.')).toEqual([]);
  });
  it('reads "*4. Title": the asterisk that marks a recommendation to the Council is no part of the number', () => {
    expect(numbers('1. Apologies\nNone.\n2. Minutes\nAgreed.\n*3. Play Parks\nRecommended.\n4. Waste\nNoted.')).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
  });
  it('reads "SPR/101/2022:": a committee\'s code, the number and the year in full', () => {
    expect(numbers('SPR/101/2022: APOLOGIES\nNone.\nSPR/102/2022: MINUTES\nAgreed.\nSPR/103/2022: RATES\nNoted.')).toEqual([
      'SPR/101/2022',
      'SPR/102/2022',
      'SPR/103/2022',
    ]);
  });
  it('reads a parish\'s "Cou/285/18-19": a code in capital and lower case before a slash, the number, the council year', () => {
    expect(numbers('Cou/285/18-19 Present\nCllr A.\nCou/286/18-19 Apologies\nNone.\nCou/287/18-19 Minutes\nAgreed.')).toEqual([
      'Cou/285/18-19',
      'Cou/286/18-19',
      'Cou/287/18-19',
    ]);
    // Lower case before a space or a full stop is a word, not a code.
    expect(numbers('Room 5 Opening\nText.\nRoom 6 Closing\nText.')).toEqual([]);
    expect(numbers('Part/1 Public\nText.\nPart/2 Exempt\nText.')).toEqual([]);
  });
  it('reads items numbered "1) Title", and keeps a packed "1) 2) 3)" list inside an item out of the numbering', () => {
    expect(numbers('1) Apologies\nNone.\n2) Minutes\nApproved.\n3) Planning\nNo objection.')).toEqual(['1', '2', '3']);
    const nested =
      '1. Apologies\nNone.\n2. Finance\nPayments:\n1) Hall hire\n2) Clerk\n3) Audit\nAll approved.\n3. Planning\nNo objection.\n4. Close\nClosed.';
    expect(numbers(nested)).toEqual(['1', '2', '3', '4']);
  });
  it('reads a number with no space before its title ("1.Welcome")', () => {
    expect(numbers('1.Welcome and apologies\nAll were welcomed.\n2.Declarations\nNone.\n3. Minutes\nAgreed.')).toEqual(['1', '2', '3']);
    expect(numbers('Start at 12.30pm\n1. Apologies\nNone.\n2. Minutes\nAgreed.')).toEqual(['1', '2']);
  });
  it('carries the numbering on past a gap, as an agenda prints only its public items, and no further', () => {
    const agenda =
      '1. Apologies\n2. Minutes\n3. Questions\n4. Interests\n7. Introduction\n9. Review\n10. Code\nReports for information\n13. Update';
    expect(numbers(agenda)).toEqual(['1', '2', '3', '4', '7', '9', '10', '13']);
    // A gap wider than three numbers left out, or a list that starts again within the last item, is no item.
    expect(numbers('1. Apologies\nNone.\n2. Minutes\nAgreed.\n3. Planning\nNoted.\n9. Other business\nNone.')).toEqual(['1', '2', '3']);
    expect(numbers('4. Apologies\nNone.\n5. Budget\nRESOLVED:\n1. That the budget be noted.\n2. That the plan be agreed.')).toEqual([
      '4',
      '5',
    ]);
  });

  it("takes a minute's reference before the agenda's number (\"C048/23   1.   APOLOGIES\") for the item's number", () => {
    expect(numbers('C048/23      1.   APOLOGIES.\nNone.\nC049/23      2.   PLANNING\nNo objection.')).toEqual(['C048/23', 'C049/23']);
  });

  it('takes zero-padded numbers ("01", "02") for the items only when the record has no other numbering', () => {
    expect(numbers('01 Apologies\n02 Interests\nNone declared.\n03 Minutes\nTo agree the minutes.')).toEqual(['01', '02', '03']);
    expect(numbers('1. Apologies\nNone.\n2. Public forum\n01 A Person\n02 B Person\n03 C Person\n3. Close\nEnded.')).toEqual([
      '1',
      '2',
      '3',
    ]);
  });

  it('does not take decimal paragraphs or lettered points for items', () => {
    expect(numbers('4. Budget\n4.1 The report\n4.2 Members asked\n(a) one\n5. Close\ntext\n6. Next meeting\ntext')).toEqual([
      '4',
      '5',
      '6',
    ]);
  });
});

describe('splitTitle', () => {
  it('parts a title in capitals from its text after a full stop or a dash, and a title from its decision run on', () => {
    expect(splitTitle('APOLOGIES FOR ABSENCE. There were none.')).toEqual({ title: 'APOLOGIES FOR ABSENCE', rest: 'There were none.' });
    expect(splitTitle('APOLOGIES – None given')).toEqual({ title: 'APOLOGIES', rest: 'None given' });
    expect(splitTitle('Appointment of Chairman RESOLVED that Cllr Hale be Chairman.')).toEqual({
      title: 'Appointment of Chairman',
      rest: 'RESOLVED that Cllr Hale be Chairman.',
    });
    expect(splitTitle('Confirmation of the Minutes – RESOLVED that they be signed.').title).toBe('Confirmation of the Minutes');
  });
  it('keeps a colon inside brackets in the title: "CONDOLENCE (REF: M/66)"', () => {
    expect(splitTitle('CONDOLENCE (REF: M/66;SC/41 )')).toEqual({ title: 'CONDOLENCE (REF: M/66;SC/41 )', rest: '' });
  });
  it('keeps a title whole when what follows its colon carries it on: in lower case, or in title case naming no one', () => {
    expect(splitTitle('Workforce: health and care careers pathway')).toEqual({
      title: 'Workforce: health and care careers pathway',
      rest: '',
    });
    expect(splitTitle('Budget 2026/27: Council Tax Base and Fees').rest).toBe('');
    // Text after the colon: a status word, a sentence, a name, a list of people, or a lead into the lines below.
    expect(splitTitle('Police report: none received').title).toBe('Police report');
    expect(splitTitle('Parking: the Committee noted the survey.').title).toBe('Parking');
    expect(splitTitle('Apologies: Malcolm Laird').title).toBe('Apologies');
    expect(splitTitle('Apologies: Councillor Ash and Councillor Birch').title).toBe('Apologies');
    expect(splitTitle('Declarations of Interest: Hallam Road Allotment Society').title).toBe('Declarations of Interest');
    expect(splitTitle('Reports from outside bodies: Upper Ferry Heritage Trust –').title).toBe('Reports from outside bodies');
    expect(splitTitle('Reports from Sub-Committees: Finance').title).toBe('Reports from Sub-Committees');
  });
  it('keeps the subject after the colon of a heading that says what kind of business the item is, and parts a person or a status', () => {
    expect(splitTitle('Petition: 20mph limit on Ashcombe High Street')).toEqual({
      title: 'Petition: 20mph limit on Ashcombe High Street',
      rest: '',
    });
    expect(splitTitle('Notice of Motion: Keep the library van running').rest).toBe('');
    expect(splitTitle('Deputation: Mr Colin Perrot').title).toBe('Deputation');
    expect(splitTitle('Petition: none received').title).toBe('Petition');
    expect(splitTitle('Petition: The Clerk read the petition aloud.').title).toBe('Petition');
  });
  it('keeps a title whole when what follows the dash is its second half, or the decision has its lead-in', () => {
    expect(splitTitle('CRSTS - Southern Gateway and Friary').title).toBe('CRSTS - Southern Gateway and Friary');
    expect(splitTitle('ANNUAL GOVERNANCE REPORT 2008/09 – PENSION FUND').rest).toBe('');
    expect(splitTitle('The Committee RESOLVED that the report be noted.').rest).toBe('');
    expect(splitTitle('It was RESOLVED that the report be noted.').rest).toBe('');
  });
});

describe("splitTitle: the agenda's item number", () => {
  it('takes the agenda\'s number printed after the title ("[Item 4]", "(Agenda Item 2a)") off it where it is the item\'s own, and keeps a date after its colon', () => {
    expect(splitTitle('HIGHWAYS MAINTENANCE PROGRAMME [Item 4]', '4')).toEqual({ title: 'HIGHWAYS MAINTENANCE PROGRAMME', rest: '' });
    expect(splitTitle('Questions from the Public (Agenda Item 2a)', '2a').title).toBe('Questions from the Public');
    expect(splitTitle('MINUTES OF THE LAST MEETING: 4 FEBRUARY 2025 [Item 2]', '2').title).toBe(
      'MINUTES OF THE LAST MEETING: 4 FEBRUARY 2025',
    );
    // A number inside the title, not after it, stays: "Update on Item 7 of the Plan".
    expect(splitTitle('Update on Item 7 of the Plan', '3').title).toBe('Update on Item 7 of the Plan');
  });

  it("keeps the agenda's number where it is not the item's own (minute 2 was agenda item 3), or the item has none", () => {
    expect(splitTitle('MINUTES OF THE LAST MEETING: 4 FEBRUARY 2025 (Agenda item 3)', '2')).toEqual({
      title: 'MINUTES OF THE LAST MEETING: 4 FEBRUARY 2025 (Agenda item 3)',
      rest: '',
    });
    expect(splitTitle('Apologies: Cllr Rook (Item 1)')).toEqual({ title: 'Apologies', rest: 'Cllr Rook (Item 1)' });
  });
});

describe('items under a heading closed by a stop', () => {
  it('takes "Heading – Subject." over "1 There was submitted a report …" as the title, and no sentence for one', () => {
    const lines = [
      'Parks strategy – Progress report.',
      '',
      '1 There was submitted a report by the Director of Communities on the first year of the parks strategy, advising',
      '(1) that four play areas had been renewed.',
      'After consideration, the committee noted the report.',
      '',
      'Members thanked the parks staff.',
      '',
      '2 With reference to the minutes of 3rd June 2025, there was submitted a report on allotment rents.',
      'The committee agreed the rents.',
      '',
      'Allotment rents – Review.',
      '',
      '3 There was submitted a report on the review of allotment rents.',
    ];
    expect(sliceItems(lines).items.map((item) => item.title)).toEqual([
      'Parks strategy – Progress report',
      // A numbered minute with no heading over it keeps its own line for its title.
      'With reference to the minutes of 3rd June 2025, there was submitted a report on allotment rents',
      'Allotment rents – Review',
    ]);
  });
  it('takes such a heading over "4 There had been circulated …", the same opening decisions.ts reads', () => {
    const lines = [
      'Harbour dues – Annual review.',
      '',
      '4 There had been circulated Report No 6/26 by the Harbour Master on the dues for 2026/27, advising',
      'that the dues would rise by three per cent.',
      'The Committee APPROVED the dues.',
      '',
      'Pier lighting – Update.',
      '',
      '5 There had been circulated Report No 7/26 by the Harbour Master on the pier lighting, advising',
      'that the new lamps had been fitted.',
      'The Committee NOTED the report.',
    ];
    expect(sliceItems(lines).items.map((item) => [item.number, item.title])).toEqual([
      ['4', 'Harbour dues – Annual review'],
      ['5', 'Pier lighting – Update'],
    ]);
  });
  it('reads "Report by Head of Governance" under the body\'s name as no part of it', () => {
    const header = readHeader([
      'Kelvinmuir City Council',
      '',
      'Neighbourhoods City Policy Committee',
      '',
      'Report by Head of Governance',
      '',
      'Minutes of meeting held in the City Chambers on Tuesday, 4th March 2025 at 10am.',
    ]);
    expect(header.committee).toBe('Neighbourhoods City Policy Committee');
  });
});

describe('items', () => {
  it('puts a displaced number back before its title', () => {
    const lines = [
      '1',
      '',
      'First item',
      '',
      'It was APPROVED;',
      '1.',
      '',
      'Approved the plan.',
      '',
      '2',
      '',
      '2.',
      '',
      'Authorised the spend.',
      '',
      'Second item',
      '',
      'Noted.',
    ];
    const { items } = sliceItems(lines);
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'First item'],
      ['2', 'Second item'],
    ]);
    expect(items[0]?.lines.join(' ')).toContain('Authorised the spend.');
  });
  it('splits a title from text on its line', () => {
    const { items } = sliceItems(['3301. Police Report: None received.', '3302. Apologies: Cllr Grey.']);
    expect(items.map((item) => item.title)).toEqual(['Police Report', 'Apologies']);
  });
  it('keeps a heading in capitals with its subject in capitals after a colon as one title', () => {
    const { items } = sliceItems([
      '46. NOTICE OF MOTION: TOWN CENTRE PARKING',
      'Councillor Cross moved the motion.',
      '47. APOLOGIES: NONE',
      '48. PETITION: Ms Lamb presented it.',
    ]);
    expect(items.map((item) => item.title)).toEqual(['NOTICE OF MOTION: TOWN CENTRE PARKING', 'APOLOGIES', 'PETITION']);
  });
  it("takes the capitals heading over a numbered paragraph of prose as its item's title, when most are printed so", () => {
    const lines = [
      'APOLOGIES',
      '',
      '2. Apologies were submitted on behalf of Councillor Quinn.',
      '',
      'MINUTES',
      '',
      '3. The minutes of the last meeting were confirmed and signed by the Chair.',
      '',
      'HOUSING STRATEGY',
      'The Cabinet Member presented the report.',
      '4. RESOLVED:-',
      '(i) That the strategy be approved.',
    ];
    const { start, items } = sliceItems(lines);
    expect(start).toBe(0);
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['2', 'APOLOGIES'],
      ['3', 'MINUTES'],
      ['4', 'HOUSING STRATEGY'],
    ]);
    expect(items[2]?.lines.join('\n')).toBe('The Cabinet Member presented the report.\nRESOLVED:-\n(i) That the strategy be approved.');
    // Items whose numbers carry their titles keep them, headings or not.
    const titled = sliceItems(['PART A', '1. Apologies', 'None.', '2. Minutes', 'Agreed.']).items;
    expect(titled.map((item) => item.title)).toEqual(['Apologies', 'Minutes']);
  });
  it('takes "1.0 TITLE" over "1.1 …" paragraphs as the items, the paragraphs inside them', () => {
    const lines = ['1.0 APOLOGIES', '1.1 Apologies were received.', '2.0 MINUTES', '2.1 Agreed.', '2.2 Signed.', '3.0 WASTE', '3.1 Noted.'];
    const { items } = sliceItems(lines);
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['1.0', 'APOLOGIES'],
      ['2.0', 'MINUTES'],
      ['3.0', 'WASTE'],
    ]);
    expect(items[1]?.lines.join(' ').trim()).toBe('2.1 Agreed. 2.2 Signed.');
  });
  it('takes "N Title" over its "N.1", "N.2" paragraphs of prose as the item, the paragraphs its text', () => {
    const lines = [
      '1   Apologies for Absence (Item 1)',
      '1.1   Apologies for absence were received from Ruth Allard AM.',
      '1.2   The Chair welcomed a group of students to the gallery.',
      '2   Declarations of Interests (Item 2)',
      '2.1   Resolved:',
      '      That the list of offices held by Members be noted.',
      '3   Cycle Hire Review (Item 4)',
      '3.1   The Committee received the report of the Head of Secretariat, with these guests:',
      '      • Amos Vell, Head of Cycling, Harbour Transport; and',
      '      • Nell Crane, Riders Forum.',
      '3.2   Resolved:',
      '      That the report be noted.',
      '4   Close of Meeting',
      '4.1   The meeting ended at 11.40 am.',
    ];
    const { items } = sliceItems(lines);
    expect(items.map((item) => [item.number, item.title])).toEqual([
      // The agenda's number after each title ("(Item 2)") is no part of it where it is the item's own.
      ['1', 'Apologies for Absence'],
      ['2', 'Declarations of Interests'],
      ['3', 'Cycle Hire Review (Item 4)'],
      ['4', 'Close of Meeting'],
    ]);
    expect(items[2]?.lines.join(' ')).toContain('3.2   Resolved:');
    // "1.1 Apologies" under "1 Preliminary Matters": decimals that are titles are the items, under headings of sections.
    const sections = [
      '1 Preliminary Matters',
      '1.1 Apologies',
      'None.',
      '1.2 Minutes',
      'Agreed.',
      '2 Reports',
      '2.1 Budget Update',
      'Noted.',
    ];
    expect(sliceItems(sections).items.map((item) => item.number)).toEqual(['1.1', '1.2', '2.1']);
  });
  it('takes "N. HEADING" over paragraphs "N.1" wrapped over lines as the item, the paragraphs its text', () => {
    // Northern Irish proceedings: each heading in capitals, its paragraphs numbered under it, a sentence wrapped at the line's end.
    const lines = [
      '1.    MINUTES',
      '',
      '1.1   It was',
      '',
      '      PROPOSED by Councillor A Boyle',
      '      Seconded by Councillor C Dunne, and',
      '',
      '      RESOLVED: that the Minutes of the meeting held on 3 June be taken as read.',
      '',
      '2.    MATTERS ARISING',
      '',
      '2.1   The Town Clerk reported that an answer had come from the roads',
      '      department about the footway on Orchard Lane.',
      '',
      '2.2   Councillor E Farrell asked that the department be invited to attend',
      '      the next meeting.',
      '',
      '2.2.1 It was agreed that they be invited.',
      '',
      '3.    PLAY AREAS',
      '',
      '3.1   The Parks Officer presented a report on the condition of the',
      '      play areas at Kilbride and Mossvale.',
      '',
      '3.2   It was agreed that the report be noted.',
    ];
    const { items } = sliceItems(lines);
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'MINUTES'],
      ['2', 'MATTERS ARISING'],
      ['3', 'PLAY AREAS'],
    ]);
    expect(items[1]?.lines.join(' ')).toContain('2.2.1 It was agreed that they be invited.');
    expect(items[1]?.lines.join(' ')).not.toContain('PLAY AREAS');
  });

  it('keeps an action column\'s initials out of the minutes: "Action: IB" after the paragraph they stood beside', () => {
    const margin = [
      '                                                                      ACTION',
      '1.   HOUSING REPAIRS',
      '',
      '     Members asked for the repair times by estate.                    TW',
      '',
      '     RESOLVED – That the Cabinet be asked to keep the minimum        IB / KD',
      '     repair standard.',
      '',
      '2.   WORK PROGRAMME',
      '',
      '     NOTED.',
    ];
    const { start, items } = sliceItems(margin);
    expect(start).toBe(0);
    expect(items[0]?.lines.map((line) => line.trim()).filter(Boolean)).toEqual([
      'Members asked for the repair times by estate.',
      'Action: TW',
      'RESOLVED – That the Cabinet be asked to keep the minimum',
      'repair standard.',
      'Action: IB / KD',
    ]);
    // A table's rows, cells parted by tabs, headed "Item / Minute / Action": names too, and on the title's row.
    const table = ['Item\tMinute\tAction', 'AB/1\tLibrary Hours\tRhian Gough', 'The Board agreed the new hours.\tAll', 'AB/2\tClose\t'];
    const read = sliceItems(table).items;
    expect(read.map((item) => item.title)).toEqual(['Library Hours', 'Close']);
    expect(read[0]?.lines.filter(Boolean)).toEqual(['The Board agreed the new hours.', 'Action: All', 'Action: Rhian Gough']);
    // Cell by cell ("Item", "Subject", "Action" each on a line): initials alone on a line are the row's action.
    const cells = ['Item', 'Subject', 'Action', '', '7', 'Market Review', 'JD', 'The Panel noted the review.', '8', 'Close', 'Ended.'];
    expect(sliceItems(cells).items[0]?.lines.filter(Boolean)).toEqual(['The Panel noted the review.', 'Action: JD']);
    // No heading "Action": initials at a line's end are the text's ("the Board of the NHS").
    expect(sliceItems(['1. Health', 'Members met the NHS', '2. Close', 'Ended.']).items[0]?.lines).toEqual(['', 'Members met the NHS']);
  });

  it('takes names in an "ACTION BY" column set right out of the text, a name wrapped onto the next line joined', () => {
    const margin = [
      '                                                                  ACTION BY',
      '12',
      'DEPOT LEASE',
      '',
      'RESOLVED that the lease be renewed for five years.             Priya Ohanlon',
      '',
      'RESOLVED that the rent be reviewed in',
      'March 2027.                                                    Tomasz Reed /',
      '                                                               all partners',
      '',
      '13',
      'CLOSE',
    ];
    expect(
      sliceItems(margin)
        .items[0]?.lines.map((line) => line.trim())
        .filter(Boolean),
    ).toEqual([
      'RESOLVED that the lease be renewed for five years.',
      'Action: Priya Ohanlon',
      'RESOLVED that the rent be reviewed in',
      'March 2027.',
      'Action: Tomasz Reed / all partners',
    ]);
  });

  it('leaves the dash after a title out of it, not a hyphen in it', () => {
    const lines = [
      '12        APOLOGIES FOR ABSENCE -',
      '',
      'None.',
      '',
      '13        POST-',
      '',
      '14        COVID-19 RECOVERY –',
      '',
      'Noted.',
    ];
    expect(sliceItems(lines).items.map((item) => item.title)).toEqual(['APOLOGIES FOR ABSENCE', 'POST-', 'COVID-19 RECOVERY']);
  });

  it('reads a record of one numbered item under its attendance, and no lone number under prose or as a sentence', () => {
    const head = [
      'Minutes of the meeting of the Licensing Sub-Committee held on Monday 3 March 2025 at 10.00 am',
      '',
      'Present: Councillors A Ash, B Elm and C Fir',
      '',
    ];
    const body = ['The Sub-Committee heard from the applicant and the police.', '', 'RESOLVED that the licence be granted.'];
    const items = (lines: string[]) =>
      (readMeeting(lines, {}, lines.join('\n')).items ?? []).map((item) => [item.number, item.title, item.resolutions ?? []]);
    expect(items([...head, '7. Premises licence: The Old Mill, Low Street', '', ...body])).toEqual([
      ['7', 'Premises licence', ['that the licence be granted.']],
    ]);
    expect(items([...head, 'The Chair opened the hearing.', '7. Premises licence: The Old Mill', ...body])).toEqual([]);
    expect(items([...head, '1. The Sub-Committee heard from the applicant.', ...body])).toEqual([]);
  });

  it('reads "R1 That …" under a decision lead-in as the points of the one item\'s resolution, never items R1 and R2', () => {
    const items = (lines: string[]) =>
      (readMeeting(lines, {}, lines.join('\n')).items ?? []).map((item) => [item.number, item.title, item.resolutions?.length ?? 0]);
    const head = [
      'Minutes of the meeting of the Town Council held on Thursday 6 March 2025 at 6.30 pm',
      '',
      'Present: Councillors P Hume, J Oldroyd',
      '',
    ];
    const resolved = [
      '1. CEMETERY EXTENSION',
      '',
      'The Clerk introduced the report on the extension.',
      '',
      'RESOLVED:',
      'R1 That the council accepts the quotation from Fellside Landscapes.',
      'R2 That the Clerk applies for the consent needed.',
    ];
    // Each labelled point a resolution of the item, as a lettered list under "RESOLVED:" is read.
    expect(items([...head, ...resolved])).toEqual([['1', 'CEMETERY EXTENSION', 2]]);
    const recommended = [
      '4. Review of Allotment Rents',
      '',
      'The panel agreed to recommend to Cabinet:',
      'Rec 1 That rents rise by no more than inflation.',
      'Rec 2 That a hardship fund be kept for tenants on low incomes.',
    ];
    expect(items([...head, ...recommended]).map(([number, title]) => [number, title])).toEqual([['4', 'Review of Allotment Rents']]);
  });
});

describe('items with no numbers', () => {
  const titles = (lines: string[]) => sliceItems(lines).items.map((item) => item.title);
  it("never takes a table's rows (cells parted by tabs) for headings, in capitals or not", () => {
    expect(titles(['Member name\tStatus', 'Councillor Ada Lyle\tPresent', 'Councillor Ben Marsh\tApologies'])).toEqual([]);
    expect(titles(['NAME\tSTATUS', 'COUNCILLOR ADA LYLE\tPRESENT', 'COUNCILLOR BEN MARSH\tAPOLOGIES'])).toEqual([]);
  });
  it('takes the lines that are no sentences for headings on a page flattened with no blank lines, under "Agenda Items"', () => {
    const page = [
      'Fire Service Headquarters, Oakfield',
      'Agenda Items',
      'Apologies for Absence',
      'To receive any apologies for absence.',
      'Declarations of Interest (if any)',
      'No interests were declared.',
      'Budget Strategy 2016/17',
      'RESOLVED that the strategy be approved.',
    ];
    expect(titles(page)).toEqual(['Apologies for Absence', 'Declarations of Interest (if any)', 'Budget Strategy 2016/17']);
  });
  it("reads headings between paragraphs, with the attendance list's lines that carry on, and no opening line for a heading", () => {
    const minutes = [
      'MEETING OF THE LICENSING COMMITTEE',
      '',
      'Members present: Councillor Ryan (Chairperson);',
      'Aldermen Dorr and Hale; and',
      'Councillors Bell and Long.',
      '',
      'Apologies',
      '',
      'Apologies were reported on behalf of Councillor Grant.',
      '',
      'City Deal',
      '',
      'The Committee agreed the recommendations.',
    ];
    const sliced = sliceItems(minutes);
    expect(sliced.items.map((item) => item.title)).toEqual(['Apologies', 'City Deal']);
    expect(sliced.start).toBe(6);
  });

  it('reads one-line paragraphs between paragraphs of prose wrapped over lines as the headings', () => {
    const wrapped = [
      'Apologies',
      '',
      'Apologies were reported on behalf of Councillors Grant and',
      'McKay.',
      '',
      'Street Trading Licence',
      '',
      'The Manager reminded the Committee of the application and the',
      'objections received.',
      '',
      'The Committee agreed to grant the licence.',
    ];
    expect(titles(wrapped)).toEqual(['Apologies', 'Street Trading Licence']);
    // A paragraph that ends in no sentence: no headings at all, rather than wrong ones.
    expect(titles([...wrapped, '', 'The Committee noted the update', 'given by officers'])).toEqual([]);
  });

  it('takes a quotation that ends a sentence inside its closing mark (a motion, a brackets) for a sentence end', () => {
    const minutes = [
      'Notice of Motion – Village Libraries',
      '',
      'The Committee considered the following motion, referred by the Council:',
      '',
      '“This Council will keep every village library open on Saturdays.”',
      '',
      'The Committee agreed to adopt the motion.',
      '',
      'Grants to Sports Clubs',
      '',
      'The Committee approved the grants (as set out in the appendix.)',
      '',
      "'Members welcomed the scheme.'",
    ];
    expect(titles(minutes)).toEqual(['Notice of Motion – Village Libraries', 'Grants to Sports Clubs']);
  });

  it('takes no headings from prose wrapped over lines', () => {
    const wrapped = [
      'The Committee considered the report of the',
      'Director and asked for',
      'Further work.',
      'Members noted the update',
      'and thanked officers.',
    ];
    expect(titles(wrapped)).toEqual([]);
  });
});

describe('item text', () => {
  const read = (title: string) => readItemText({ number: '4', title, lines: [], line: 0 }, false, new Set(), null, null).item;
  it('takes a "Page No" column\'s rising range off the title as its pages, and no range that is part of the title', () => {
    expect(read('Housing Revenue Account Budget Monitoring 13 - 28')).toMatchObject({
      title: 'Housing Revenue Account Budget Monitoring',
      pages: '13-28',
    });
    expect(read('Highways Programme (Pages 9 - 30)')).toMatchObject({ title: 'Highways Programme', pages: '9-30' });
    expect(read('Phase 2 - 3 of the Town Centre Scheme')).toMatchObject({ title: 'Phase 2 - 3 of the Town Centre Scheme' });
    expect(read('Play Area for Ages 5 - 11').title).toBe('Play Area for Ages 5 - 11');
    expect(read('Budget 2022 - 23').title).toBe('Budget 2022 - 23');
  });

  const minutesOf = (lines: string[]) => readItemText({ number: '4', title: 'Budget', lines, line: 0 }, true, new Set(), null, null).item;
  it("keeps the agenda's line over the minutes apart from them, and takes no decision from it", () => {
    expect(minutesOf(['To consider whether the budget be approved.', 'RESOLVED that the budget be deferred.'])).toMatchObject({
      agendaText: 'To consider whether the budget be approved.',
      minutes: 'RESOLVED that the budget be deferred.',
      resolutions: ['that the budget be deferred.'],
    });
    // A line alone is the minutes, whatever it says.
    expect(minutesOf(['To approve the accounts for payment.'])).toMatchObject({ agendaText: null, resolutions: [] });
  });

  it("lists a saved page's links as documents, with their sizes, out of the title and the text", () => {
    const item = readItemText(
      {
        number: '7',
        title: 'Work Plan report PDF 118 KB',
        lines: ['To consider the plan.', 'Additional documents:', 'Appendix 1 PDF 61 KB', '6 - Work Plan 2016/17 345.83 KB'],
        line: 0,
      },
      false,
      new Set(),
      null,
      null,
    ).item;
    expect(item.title).toBe('Work Plan report');
    expect(item.agendaText).toBe('To consider the plan.');
    expect(item.documents).toEqual([
      { name: 'Work Plan report', kind: 'report', size: '118 KB', url: null, report: null },
      { name: 'Appendix 1', kind: 'additional', size: '61 KB', url: null, report: null },
      { name: '6 - Work Plan 2016/17', kind: 'additional', size: '345.83 KB', url: null, report: null },
    ]);
  });
});

describe('header', () => {
  it('reads the body of "Minutes of the Proceedings of the X Committee held …"', () => {
    const header = readHeader([
      'Minutes of the Proceedings of the Leisure and Amenities Committee held in the Council Chamber on Tuesday 8 April 2025 at 7.00 pm',
    ]);
    expect(header).toMatchObject({ committee: 'Leisure and Amenities Committee', date: '2025-04-08' });
  });
  it("reads a scrutiny inquiry's note of an evidence session by the panel's name, not the inquiry's or the note's", () => {
    const header = readHeader([
      'HOLLOWAY DISTRICT COUNCIL',
      'Housing Scrutiny Panel',
      'Inquiry into Damp in Rented Homes',
      'Notes of Evidence Session 3',
      'Date: Monday 10 March 2025',
    ]);
    expect(header).toMatchObject({ council: 'Holloway District Council', committee: 'Housing Scrutiny Panel', date: '2025-03-10' });
  });
  it("takes a council's English name where the Welsh name over it makes a pair, and the Welsh name where it stands alone", () => {
    expect(readHeader(['Cyngor Bwrdeistref Sirol Glanrhyd', 'Glanrhyd County Borough Council', '', 'Cabinet', '2 June 2025']).council).toBe(
      'Glanrhyd County Borough Council',
    );
    expect(readHeader(['CYNGOR SIR MORWEN', '', 'Cofnodion y cyfarfod a gynhaliwyd ar 9 Mai 2025']).council).toBe('Cyngor Sir Morwen');
  });
  it('dates the meeting by its own date, not the later meeting that is to confirm its minutes or the next one', () => {
    const confirm = readHeader([
      'MINUTES of the meeting of the COMMUNITIES SELECT COMMITTEE held at 2.00 pm on 3 June 2025 at Fernley Hall.',
      'These minutes are subject to confirmation by the Committee at its meeting on Thursday, 18 September 2025.',
    ]);
    expect(confirm).toMatchObject({ committee: 'Communities Select Committee', date: '2025-06-03' });
    const approval = readHeader(['Harbour Board', '4 March 2025', 'Draft minutes, to be approved at the meeting on Monday 2 June 2025']);
    expect(approval.date).toBe('2025-03-04');
    expect(readHeader(['Harbour Board', '4 March 2025', 'Date of next meeting: Tuesday 10 June 2025']).date).toBe('2025-03-04');
  });
  it('reads a record of decisions: the body above its opening sentence, or named in it', () => {
    const above = readHeader([
      'Northby Borough Council',
      'Cabinet',
      'Record of decisions taken at the meeting held on Tuesday 14 January 2025 at 6.30 pm',
    ]);
    expect(above).toMatchObject({ council: 'Northby Borough Council', committee: 'Cabinet', date: '2025-01-14', startTime: '18:30' });
    const named = readHeader(['Northby Borough Council', 'Schedule of decisions made by the Executive at its meeting on 3 March 2025']);
    expect(named).toMatchObject({ committee: 'Executive', date: '2025-03-03' });
  });
  it('reads the body of a ModernGov page heading: "Attendance for X on …", "Meeting of X, <weekday> …"', () => {
    const heading = (line: string) => readHeader(['Attendance details', '', line]);
    expect(heading('Attendance for Corporate Scrutiny Panel on Wednesday, 9th October, 2024, 7.00 pm')).toMatchObject({
      committee: 'Corporate Scrutiny Panel',
      date: '2024-10-09',
    });
    expect(heading('Meeting of Corporate Scrutiny Panel, Wednesday, 9th October, 2024 7.00 pm')).toMatchObject({
      committee: 'Corporate Scrutiny Panel',
      date: '2024-10-09',
    });
    expect(heading('Agenda for the Planning Committee on Tuesday, 3rd June, 2025, 6.30 pm')).toMatchObject({
      committee: 'Planning Committee',
    });
  });
  it('reads a details table\'s label cells ("Date<tab>…", "Venue<tab>…") as labels, and the body above the council\'s name', () => {
    expect(
      readHeader([
        'Planning Committee',
        'Eastvale Borough Council',
        'Date\tTuesday 14 January 2025',
        'Time\t7pm',
        'Venue\tCouncil Chamber',
      ]),
    ).toMatchObject({
      council: 'Eastvale Borough Council',
      committee: 'Planning Committee',
      date: '2025-01-14',
      startTime: '19:00',
      venue: 'Council Chamber',
    });
    // Not the council's own name set above it again ("Fire and Rescue Authority" over "Westmarsh Fire and Rescue Authority").
    expect(readHeader(['Fire and Rescue Authority', 'Westmarsh Fire and Rescue Authority', '3 May 2016']).committee).not.toBe(
      'Fire and Rescue Authority',
    );
  });
  it('reads "Minutes of the hearing held on …" as naming no body', () => {
    expect(
      readHeader(['Southmere Borough Council', 'Licensing Sub-Committee', 'Minutes of the hearing held on 17 February 2025']),
    ).toMatchObject({
      committee: 'Licensing Sub-Committee',
      date: '2025-02-17',
    });
  });
  it('reads the body above a block of labelled details, never a label such as "Date of hearing:"', () => {
    const header = readHeader([
      'EASTBROOK DISTRICT COUNCIL',
      'STANDARDS HEARING SUB-COMMITTEE',
      'DECISION NOTICE',
      'Case number:        ST/25/003',
      'Member complained of:   Councillor Pat Ormerod',
      'Date of hearing:    Tuesday 8 April 2025',
      'Independent Person: Mr Ken Ashdown',
    ]);
    expect(header).toMatchObject({
      council: 'Eastbrook District Council',
      committee: 'Standards Hearing Sub-Committee',
      date: '2025-04-08',
    });
    // A form's title over its details names no body.
    expect(readHeader(['Eastbrook District Council', 'Officer Decision Record', 'Date of decision: 3 March 2025']).committee).toBeNull();
  });
  it('reads the body before "hearing held on" or "meeting held on" in a title line', () => {
    expect(
      readHeader([
        'MARLOW VALE DISTRICT COUNCIL',
        'Licensing Sub-Committee hearing held on 2 June 2025 at 2.00 pm, Council Chamber, Civic Hall',
      ]),
    ).toMatchObject({ committee: 'Licensing Sub-Committee', date: '2025-06-02', venue: 'Council Chamber, Civic Hall' });
    expect(readHeader(['Ferncliffe Town Council', 'Allotments Committee meeting held on 9 July 2025'])).toMatchObject({
      committee: 'Allotments Committee',
    });
    expect(readHeader(['Ferncliffe Town Council', 'Allotments Committee held on 9 July 2025']).committee).toBe('Allotments Committee');
    // "Special meeting held on …" names how the body met, not the body: the whole town council here.
    expect(readHeader(['Ferncliffe Town Council', 'Special meeting held on 9 July 2025']).committee).toBe('Council');
  });
  it('reads centred title lines: "Minutes of the Meeting" is no part of the name, and when it began no part of the venue', () => {
    const header = readHeader([
      '                 Early Years Forum',
      '              Minutes of the Meeting',
      '        Held on Tuesday 10 June, 2025 at',
      '           Brookfield Primary School, Kelham',
      '',
      'Meeting commenced at 4.00 pm',
    ]);
    expect(header).toMatchObject({
      committee: 'Early Years Forum',
      date: '2025-06-10',
      startTime: '16:00',
      venue: 'Brookfield Primary School, Kelham',
    });
  });
  it('reads the body above "Minutes – <date>", not the council from the document\'s title', () => {
    expect(
      readHeader([
        'SOUTH FENWAY COUNCIL',
        "Children's Services Scrutiny Panel",
        '',
        'Minutes – Tuesday 4 March 2025, 6.00pm, Room 2, Fenway House',
      ]),
    ).toMatchObject({ council: 'South Fenway Council', committee: "Children's Services Scrutiny Panel", date: '2025-03-04' });
  });
  it('reads a title block over several lines', () => {
    const header = readHeader([
      'Westmoor City Council',
      'Minutes of the Housing and',
      'Planning Committee',
      '12 September 2024 at 5.00 pm',
    ]);
    expect(header).toMatchObject({
      council: 'Westmoor City Council',
      committee: 'Housing and Planning Committee',
      date: '2024-09-12',
      startTime: '17:00',
    });
  });
  it('reads a parish council as the body with an ordinal date and a time run into it', () => {
    const header = readHeader([
      'OAKLEY PARISH COUNCIL',
      'Minutes of a meeting of the above Council held on Monday 3rd March 2025 at',
      '7.00pm in Oakley Hall.',
    ]);
    expect(header).toMatchObject({ council: 'Oakley Parish Council', committee: 'Council', date: '2025-03-03', startTime: '19:00' });
  });
  it("takes no council from an attendance table's row: a member's organisation is not the meeting's council", () => {
    expect(
      readHeader([
        'Minutes of the Carers Partnership Board',
        'Friday 6 June 2025',
        'Present:',
        'Cllr Ann Ilsley\tCo-Chair\tKingsmarsh County Council',
      ]),
    ).toMatchObject({ council: null, date: '2025-06-06' });
    expect(readHeader(['Eastmoor Borough Council', 'Audit Panel', 'Date\t6 June 2025'])).toMatchObject({
      council: 'Eastmoor Borough Council',
    });
  });
  it('reads the body under a web page\'s heading "Meeting Details", not the heading as part of its name', () => {
    expect(readHeader(['Meeting Details', 'Waste and Recycling Scrutiny Panel', 'Date: Tuesday 8 April 2025'])).toMatchObject({
      committee: 'Waste and Recycling Scrutiny Panel',
      date: '2025-04-08',
    });
  });
  it("takes no council for a joint body from its venue's building or from the line that lists its councils", () => {
    expect(
      readHeader([
        'Minutes of the Meeting of the',
        'HARTFELL JOINT PARKING COMMITTEE',
        'held on Monday, 3 March 2025 at 2.00 pm',
        'at Room 1, Ashvale District Council Offices, Mill Lane',
      ]),
    ).toMatchObject({ council: null, venue: 'Room 1, Ashvale District Council Offices, Mill Lane' });
    expect(
      readHeader([
        'Hartfell Joint Parking Committee',
        'A joint committee of Ashvale District Council and Brockton Borough Council',
        'Monday 3 March 2025',
      ]),
    ).toMatchObject({
      council: null,
      committee: 'Hartfell Joint Parking Committee',
    });
    // The page's sentence about the body, between its name and the date's label, or in brackets: no part of its name.
    const described = (line: string) => readHeader(['Coldharbour Joint Archives Panel', line, 'Date\tTuesday 4 March 2025']).committee;
    expect(described('A joint committee of Ashvale District Council, Brockton Borough Council and Culver City Council')).toBe(
      'Coldharbour Joint Archives Panel',
    );
    expect(described('(Established by the councils of Ashvale and Brockton)')).toBe('Coldharbour Joint Archives Panel');
    expect(described('Joint board for Ashvale and Brockton Councils')).toBe('Coldharbour Joint Archives Panel');
    expect(readHeader(['Ashvale District Council', 'Licensing Committee', 'Monday 3 March 2025'])).toMatchObject({
      council: 'Ashvale District Council',
    });
  });
  it('reads a venue under the opening that dates the meeting ("in the …", "AT THE …"), and a "Venue:" label over its value', () => {
    expect(
      readHeader([
        'BRAMLEIGH DISTRICT COUNCIL',
        'CABINET',
        'Minutes of the meeting held on Tuesday 4 March 2025 at 6.00 pm',
        'in the Severn Room, Bramleigh Civic Offices',
      ]),
    ).toMatchObject({ committee: 'Cabinet', date: '2025-03-04', venue: 'Severn Room, Bramleigh Civic Offices' });
    expect(
      readHeader(['MINUTES OF THE MEETING OF THE AUDIT PANEL HELD ON 2 JUNE 2025 AT 10.00 AM', 'AT THE BOARDROOM, HARBOUR HOUSE']),
    ).toMatchObject({
      venue: 'BOARDROOM, HARBOUR HOUSE',
    });
    expect(readHeader(['Committee: Audit Panel', 'Date:', 'Monday 2 June 2025', 'Venue:', 'Room 4, Harbour House'])).toMatchObject({
      date: '2025-06-02',
      venue: 'Room 4, Harbour House',
    });
  });
  it('reads the place after a date with no time between, a council named in capitals in a line of mixed case, and the venue line "held at …"', () => {
    expect(
      readHeader(['Minutes of the meeting of Upton Parish Council held on Monday 13th January 2025 at the Village Hall, Upton']),
    ).toMatchObject({
      council: 'Upton Parish Council',
      venue: 'Village Hall, Upton',
    });
    expect(readHeader(['MINUTES OF THE MEETING OF FORD PARISH COUNCIL HELD ON THE 7th October 2024 IN THE VILLAGE HALL'])).toMatchObject({
      council: 'Ford Parish Council',
      committee: 'Council',
      venue: 'VILLAGE HALL',
    });
    const stacked = readHeader([
      'Minutes',
      '',
      'of the Meeting of the',
      '',
      'Planning & Regulatory Committee',
      '',
      'Wednesday, 8th May 2024',
      '',
      'held at the Town Hall, Westhaven.',
    ]);
    expect(stacked).toMatchObject({ committee: 'Planning & Regulatory Committee', venue: 'Town Hall, Westhaven' });
  });
  it('takes a record marked "DRAFT" or "Draft minutes" for a draft, and not a line whose title opens with the word', () => {
    expect(readHeader(['Audit Panel', '3 June 2025', 'DRAFT']).draft).toBe(true);
    expect(readHeader(['Audit Panel', '3 June 2025', 'Draft – subject to approval']).draft).toBe(true);
    expect(readHeader(['Audit Panel', '3 June 2025', 'Unconfirmed minutes']).draft).toBe(true);
    expect(readHeader(['Audit Panel', '3 June 2025', 'Draft statement of accounts 2024/25']).draft).toBe(false);
    expect(readHeader(['Audit Panel', '3 June 2025', 'Draft Local Plan consultation']).draft).toBe(false);
  });
  it('reads "RECORD OF DECISIONS" as the document, "Provisional Minutes" as a draft, and "Meeting Commenced / Concluded" as the times', () => {
    expect(
      readHeader(['EASTVALE BOROUGH COUNCIL', '', 'RECORD OF DECISIONS', '', 'CABINET', '', 'Date of Meeting: Thursday, 14 November 2024']),
    ).toMatchObject({
      committee: 'Cabinet',
    });
    expect(
      readHeader(['Glenmoy Community Council', 'Provisional Minutes of Meeting held on Monday 9th June, 2025 at Glenmoy Hall']),
    ).toMatchObject({
      committee: 'Council',
      draft: true,
      venue: 'Glenmoy Hall',
    });
    expect(
      readHeader(['Planning Committee', 'Wednesday, 8th May 2024', 'Meeting Commenced: 2.30pm   Meeting Concluded: 4.38pm']),
    ).toMatchObject({
      startTime: '14:30',
      endTime: '16:38',
    });
  });
  it('reads "the Full Eastwick Town Council" as the whole council, and keeps "Full" in any other body\'s name', () => {
    const header = readHeader([
      'EASTWICK TOWN COUNCIL',
      'Minutes of the Meeting of the Full Eastwick Town Council held at 7.00pm on Monday 1 September 2008 at the Old Forge',
    ]);
    expect(header).toMatchObject({ council: 'Eastwick Town Council', committee: 'Council', date: '2008-09-01', venue: 'Old Forge' });
    expect(readHeader(['Eastwick Town Council', 'Full Planning Committee', '1 September 2008']).committee).toBe('Full Planning Committee');
  });
  it("reads a time run into the date after it, as a title block's cells come out of a PDF, and the venue under it", () => {
    const header = readHeader([
      'Seaford City Council',
      'Housing Committee',
      '4.00pm8 March 2023',
      'Town Hall - Council Chamber',
      'MINUTES',
    ]);
    expect(header).toMatchObject({
      council: 'Seaford City Council',
      committee: 'Housing Committee',
      date: '2023-03-08',
      startTime: '16:00',
      venue: 'Town Hall - Council Chamber',
    });
    // "held at <time> on <date> at <place>": the place after the date; "held via Zoom".
    expect(
      readHeader(['Minutes of a Meeting of Fernby Parish Council held at 7.00pm on Monday 4 February 2019 at the Parish Chamber, Fernby']),
    ).toMatchObject({ venue: 'Parish Chamber, Fernby', startTime: '19:00', date: '2019-02-04' });
    expect(readHeader(['Minutes of the Annual Meeting of Ashcombe Parish Council held via Zoom on 4 May 2022']).venue).toBe('Zoom');
    // "THE X COUNCIL - Y COMMITTEE – REMOTE MEETING": the council before the body, and how it met, are no part of the body's name.
    expect(
      readHeader(['THE KINROSS COUNCIL - EAST NEUK AREA COMMITTEE – REMOTE MEETING', '14th March, 2023 9.30 a.m. – 12.10 p.m.']),
    ).toMatchObject({
      council: 'Kinross Council',
      committee: 'East Neuk Area Committee',
      startTime: '09:30',
      endTime: '12:10',
    });
    // "(7.00 - 9.05 pm)": the start borrows the end's pm; a place over the date, under the body's name, is the venue.
    expect(readHeader(['OVERVIEW AND SCRUTINY BOARD', 'Town Hall, Harlow Green', 'Tuesday, 12 March 2024 (7.00 - 9.05 pm)'])).toMatchObject(
      {
        committee: 'Overview and Scrutiny Board',
        venue: 'Town Hall, Harlow Green',
        startTime: '19:00',
        endTime: '21:05',
      },
    );
    expect(readHeader(['Housing Board', 'Tuesday, 12 March 2024 (11.00 - 1.15 pm)'])).toMatchObject({
      startTime: '11:00',
      endTime: '13:15',
    });
    expect(readHeader(['Minutes', 'Village Hall Management Committee', '12 March 2024']).venue).toBeNull();
    // Under the date, a line that names no place is no venue; a room's number is part of its name.
    expect(readHeader(['Housing Committee', '8 March 2023', 'Chair: Cllr A Fenn']).venue).toBeNull();
    expect(readHeader(['Housing Committee', '8 March 2023', 'Committee Room 2, County Hall']).venue).toBe('Committee Room 2, County Hall');
    // The place after the time and a comma, on the date's line; a comma after the time with no place after it is none.
    expect(readHeader(['Housing Committee', 'Thursday 14 March 2024 at 2.00pm, Council Chamber, Ashby Civic Offices']).venue).toBe(
      'Council Chamber, Ashby Civic Offices',
    );
    expect(readHeader(['Housing Committee', 'Thursday 14 March 2024 at 2.00pm, continued from 7 March']).venue).toBeNull();
  });
  it('takes the committee from the title block when the opening sentence says only "the meeting"', () => {
    const header = readHeader([
      'Brackwater Borough Council',
      '',
      'Licensing Committee',
      '',
      'Minutes of the meeting held on Tuesday 4 June 2024 at 2.00 pm in the Guildhall',
    ]);
    expect(header).toMatchObject({ council: 'Brackwater Borough Council', committee: 'Licensing Committee', date: '2024-06-04' });
    const annual = readHeader(['Licensing Committee', 'Minutes of the annual meeting held on 4 June 2024']);
    expect(annual.committee).toBe('Licensing Committee');
    const article = readHeader(['ENVIRONMENT SCRUTINY COMMITTEE', '', 'Minutes of a meeting held on 14th June, 2022.']);
    expect(article).toMatchObject({ committee: 'Environment Scrutiny Committee', date: '2022-06-14' });
  });
  it('reads authorities as councils, the whole authority as "Authority", and the venue after "at 10.30 am in"', () => {
    expect(
      readHeader(['Eastmoor Combined Fire Authority', 'Monday, 9 December 2024 at 10.30 am in Ridgeway Hall, Oakford', 'Minutes']),
    ).toMatchObject({
      council: 'Eastmoor Combined Fire Authority',
      committee: 'Authority',
      venue: 'Ridgeway Hall, Oakford',
      startTime: '10:30',
    });
    const summons = readHeader([
      'To: All Members of the Westfell National Park Authority',
      'A meeting of the Westfell National Park Authority will be held in the Board Room on Tuesday 8 January 2019 at 10.00am.',
    ]);
    expect(summons).toMatchObject({
      council: 'Westfell National Park Authority',
      committee: 'Authority',
      date: '2019-01-08',
      agenda: true,
    });
  });

  it('takes no date a meeting was moved from, and a headquarters under the date for the venue', () => {
    const moved = readHeader([
      'Westmarsh Fire and Rescue Authority',
      '',
      '3 May 2016',
      '',
      'Meeting rearranged from Wednesday, 27 April 2016',
    ]);
    expect(moved).toMatchObject({ date: '2016-05-03', committee: 'Authority' });
    expect(readHeader(['Westmarsh Fire Authority', 'Wednesday 16 December 2015 10:30', 'Fire Service Headquarters, Oakfield']).venue).toBe(
      'Fire Service Headquarters, Oakfield',
    );
  });

  it('ends the body\'s name where its date begins: "Minutes of Parish Council 14 March 2024"', () => {
    expect(readHeader(['Minutes of Parish Council 14 March 2024'])).toMatchObject({ committee: 'Council', date: '2024-03-14' });
  });

  it('reads "Meeting Date :" and "Date of Meeting:" as the date\'s label, not a body', () => {
    expect(readHeader(['National Park Authority', 'Meeting Date : 29/07/2020', 'Virtual Meeting, 10am'])).toMatchObject({
      committee: 'National Park Authority',
      date: '2020-07-29',
    });
    expect(readHeader(['Planning Committee', 'Date of Meeting: 3 March 2021'])).toMatchObject({
      committee: 'Planning Committee',
      date: '2021-03-03',
    });
  });

  it('reads a date line "AT 10:00 HOURS" under the body\'s name, and the venue "IN …" under it', () => {
    expect(
      readHeader(['MIDSHIRE CITY COUNCIL', 'CABINET', 'TUESDAY, 12 JULY 2022 AT 10:00 HOURS', 'IN COMMITTEE ROOMS 3&4, COUNCIL HOUSE']),
    ).toMatchObject({ committee: 'Cabinet', date: '2022-07-12', startTime: '10:00', venue: 'COMMITTEE ROOMS 3&4, COUNCIL HOUSE' });
  });
  it('reads "Minutes of the X Committee of Y Borough Council": the council Y, the body X', () => {
    expect(
      readHeader(['Minutes of the Environment Committee of Loughmoy Borough Council held in the Council Chamber on Monday 6 June 2022']),
    ).toMatchObject({ council: 'Loughmoy Borough Council', committee: 'Environment Committee', venue: 'Council Chamber' });
  });
  it('reads a bilingual Welsh title block by its English halves', () => {
    const header = readHeader([
      'CYNGOR SIR PENFRO-ISAF / LOWER PENFRO COUNTY COUNCIL',
      'COFNODION CYFARFOD Y PWYLLGOR CRAFFU / MINUTES OF THE SCRUTINY COMMITTEE',
      'Dyddiad / Date: Dydd Mawrth, 8 Tachwedd 2022 / Tuesday, 8 November 2022',
      'Amser / Time: 10.00 am',
      'Lleoliad / Venue: Siambr y Cyngor / Council Chamber, Neuadd y Sir',
    ]);
    expect(header).toMatchObject({
      council: 'Lower Penfro County Council',
      committee: 'Scrutiny Committee',
      date: '2022-11-08',
      startTime: '10:00',
      venue: 'Siambr y Cyngor / Council Chamber, Neuadd y Sir',
    });
  });
  it('reads the openings of Northern Irish minutes: "proceedings of", a monthly meeting, "&" in a name', () => {
    const unnamed = readHeader([
      'MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE COUNCIL HELD AT KILLOWEN HALL ON MONDAY 12 OCTOBER 2020 AT 6.30 PM',
    ]);
    expect(unnamed).toMatchObject({ council: null, committee: 'Council', date: '2020-10-12', startTime: '18:30', venue: 'KILLOWEN HALL' });
    const named = readHeader([
      'Minutes of Proceedings of a Meeting of Glenmore District Council held in the Council Chamber, Glenmore on Tuesday, 9 October 2007. The meeting commenced at 7.30 pm.',
    ]);
    expect(named).toMatchObject({ council: 'Glenmore District Council', committee: 'Council', venue: 'Council Chamber, Glenmore' });
    const monthly = readHeader([
      'RIVERVALE & DUNMORE CITY COUNCIL',
      'Minutes of the Monthly Meeting of Council held in the Civic Centre, The Quay, Rivervale, on Tuesday, 28 July, 2015 at 7:00 pm',
    ]);
    expect(monthly).toMatchObject({
      council: 'Rivervale & Dunmore City Council',
      committee: 'Council',
      date: '2015-07-28',
      venue: 'Civic Centre, The Quay, Rivervale',
    });
    // A comma in a council's name whose last places are joined by "and"; a comma in a sentence joins no name.
    expect(
      readHeader(['KILLANE, MOURNE AND BALLYDOWN DISTRICT COUNCIL', 'Minutes of the Audit Committee held on 5 May 2022']).council,
    ).toBe('Killane, Mourne and Ballydown District Council');
    expect(readHeader(['Armagh City, Banbridge and Craigavon Borough Council']).council).toBe(
      'Armagh City, Banbridge and Craigavon Borough Council',
    );
    expect(readHeader(['Minutes of the meeting held at Fernby, Ashcombe Parish Council offices, on 5 May 2022']).council).toBe(
      'Ashcombe Parish Council',
    );
  });
  it('reads a start time in hours ("19.30 hrs", "1930 hours") and dates in ISO or with hyphens', () => {
    expect(readHeader(['Oakley Parish Council', 'Minutes of the meeting held on 2023-01-09 commencing at 19.30 hrs'])).toMatchObject({
      date: '2023-01-09',
      startTime: '19:30',
    });
    expect(readHeader(['Oakley Parish Council', 'Minutes of the meeting held on 9-1-2023 at 1930 hours'])).toMatchObject({
      date: '2023-01-09',
      startTime: '19:30',
    });
  });
  it("reads the body of a clerk's summons, and no document title above the body's name", () => {
    const summons = readHeader([
      'BRAMLEY PARISH COUNCIL',
      'You are hereby summoned to attend a meeting of Bramley Parish Council to be held in the Memorial Hall on Tuesday 14th March 2023 at 7.30pm.',
    ]);
    expect(summons).toMatchObject({ council: 'Bramley Parish Council', committee: 'Council', agenda: true, venue: 'Memorial Hall' });
    const notice = readHeader(['NOTICE OF MEETING', '', 'CABINET', '', 'Date: Wednesday, 15 March 2023', 'Time: 10.00 am']);
    expect(readHeader(['Planning Committee', 'Minutes', '14 March 2023', 'Northvale District Council']).committee).toBe(
      'Planning Committee',
    );
    expect(notice).toMatchObject({ committee: 'Cabinet', date: '2023-03-15', startTime: '10:00' });
  });
  it("takes how a community council met, or the title's last words, for no part of the body's name", () => {
    expect(readHeader(['Minutes of the Community Council virtual Meeting held via Zoom on Tuesday, 19th July 2022.']).committee).toBe(
      'Council',
    );
    expect(readHeader(['Planning Committee Meeting - 4 March 2025']).committee).toBe('Planning Committee');
    expect(readHeader(['Annual Parish Meeting - 4 March 2025']).committee).toBe('Annual Parish Meeting');
    expect(readHeader(['MINUTE of MEETING of the EDUCATION COMMITTEE held in the Council Chamber on 21 January 2016']).committee).toBe(
      'Education Committee',
    );
    const titled = readHeader(['Cwmderw Community Council Minutes of Wednesday 1st August 2018 in Pandy Hall at 7.30pm']);
    expect(titled).toMatchObject({ council: 'Cwmderw Community Council', committee: 'Council', date: '2018-08-01' });
    // A record in Welsh alone: the council's Welsh name, the opening "Cofnodion y cyfarfod a gynhaliwyd ar …", a Welsh date.
    expect(readHeader(['CYNGOR SIR YNYS GWYDION', '', 'Cofnodion y cyfarfod a gynhaliwyd ar 20 Medi, 2024 (2:00 pm)'])).toMatchObject({
      council: 'Cyngor Sir Ynys Gwydion',
      committee: 'Council',
      date: '2024-09-20',
    });
    expect(readHeader(['Cofnodion cyfarfod y Pwyllgor Cynllunio a gynhaliwyd ar 3 Mawrth 2025'])).toMatchObject({
      committee: 'Pwyllgor Cynllunio',
    });
    // A bilingual name, Welsh first: the council is named in English.
    const bilingual = readHeader(['Cyngor Cymuned Pantyderi Community Council', 'Minutes of the meeting held on Monday 19 May 2025']);
    expect(bilingual).toMatchObject({ council: 'Pantyderi Community Council', committee: 'Council' });
  });
});

describe('decisions', () => {
  it('reads capitals, clerk forms and Welsh, and none for an item that only noted', () => {
    expect(findDecisions('RESOLVED: that the report be noted.')).toHaveLength(1);
    expect(findDecisions('The minutes were agreed as a correct record.')).toHaveLength(1);
    expect(findDecisions('PENDERFYNWYD: derbyn yr adroddiad.')).toHaveLength(1);
    expect(findDecisions('PENDERFYNWYD / RESOLVED: to accept the lower quotation.')).toEqual(['to accept the lower quotation.']);
    expect(findDecisions('The minutes of the meeting held on 14 June, having been circulated, were confirmed and signed.')).toHaveLength(1);
    expect(findDecisions('It was confirmed that the bid had been successful.')).toEqual([]);
    // "APPROVED" with what was approved after it is the decision; alone over a list, it leads in.
    expect(findDecisions('DECISION\nAPPROVED for signature by the Chair.')).toEqual(['APPROVED for signature by the Chair.']);
    expect(findDecisions('The Committee APPROVED the revised budget.')).toEqual(['APPROVED the revised budget.']);
    expect(findDecisions('APPROVED:\n(a) the programme; and\n(b) the budget.')).toEqual(['the programme', 'the budget.']);
    expect(findDecisions('Councillors agreed to give £50.')).toHaveLength(1);
    // A town council's resolution record: the outcome and its count, then what it decided.
    expect(
      findDecisions(
        'Proposed by Cllr. K Butler and seconded by Cllr. L Jarvis.\nCARRIED: 4 for 1 abstention.\nTHAT THE QUOTE BE ACCEPTED.',
      ),
    ).toEqual(['THAT THE QUOTE BE ACCEPTED.']);
    expect(findDecisions('Carried unanimously. That the hall be let.')).toEqual(['That the hall be let.']);
    expect(findDecisions('The grant was agreed. That is the third this year.')).toEqual(['The grant was agreed.']);
    // Parish wording: an initial's stop inside the sentence, an election, "Resolution passed", "voted in favour of".
    expect(findDecisions('S. Farrow proposed the new dates, seconded by C. Cuckow and unanimously agreed.')).toHaveLength(1);
    expect(findDecisions('Cllr Ash was duly elected Chair for the year.')).toHaveLength(1);
    expect(findDecisions('All agreed, the Resolution was passed.')).toHaveLength(1);
    expect(findDecisions('Members voted in favour of the proposal.')).toHaveLength(1);
    expect(findDecisions('Councillor Pym was elected at the by-election in May.')).toEqual([]);
    expect(
      findDecisions('It was proposed by Cllr Ash, seconded by Cllr Birch and carried unanimously that the grant be paid.'),
    ).toHaveLength(1);
    expect(findDecisions('Members voted unanimously to support the application.')).toHaveLength(1);
    expect(findDecisions('Members voted against the motion.')).toEqual([]);
    expect(findDecisions('Mrs Judd proposed their approval, seconded by Mr Tamblyn. The motion was unanimously carried.')).toEqual([
      'The motion was unanimously carried.',
    ]);
    expect(findDecisions('The amendment was carried.')).toEqual([]);
    expect(findDecisions('The Committee noted the update.')).toEqual([]);
    expect(findDecisions('At the last meeting it was agreed to wait.')).toEqual([]);
    // The minutes confirmed, or their signing authorised, by the meeting.
    expect(findDecisions('The Committee confirmed the minutes of the meeting held on 17 April as a true record.')).toHaveLength(1);
    expect(findDecisions('The Leader was authorised to sign the minutes of the last meeting as a correct record.')).toHaveLength(1);
    expect(findDecisions('The Chair confirmed that the minutes would follow.')).toEqual([]);
    expect(findDecisions('The minutes of the meeting of 18th May were taken as read and signed as correct.')).toHaveLength(1);
    expect(findDecisions('It was reported that those minutes had been adopted by the Council at its meeting on 1st May.')).toEqual([]);
    // "RESOLVED | Reason for Decision:": the table's second heading is no part of the decision.
    expect(findDecisions('RESOLVED Reason for Decision:\n1. That the policy be approved.')).toEqual(['That the policy be approved.']);
  });
  it('reads Scottish lead-ins in lower case: "The Committee resolved:-" and "Decision" over a list, each entry apart', () => {
    expect(findDecisions('The Committee resolved:-\n(i) to approve the minute; and\n(ii) to note the update.')).toEqual([
      'to approve the minute',
      'to note the update.',
    ]);
    expect(findDecisions('The Council considered a report.\nDecision\n1. Noted the report.\n2. Asked for a further report.')).toEqual([
      'Noted the report.',
      'Asked for a further report.',
    ]);
    expect(findDecisions('Decision making in the service was discussed.')).toEqual([]);
  });
  it('takes a list entry that records a decision whole, so it says what was decided', () => {
    expect(findDecisions('a) Scouts – £500. Approved.\nb) Lunch club – £250. Deferred to the next meeting.')).toEqual([
      'Scouts – £500. Approved.',
    ]);
    expect(findDecisions('(i) Bench repairs: the quote of £300 was approved.\n(ii) Hedge cutting: noted.')).toEqual([
      'Bench repairs: the quote of £300 was approved.',
    ]);
    expect(findDecisions('i. Bench repairs: the quote was approved.\nii. Hedge cutting: noted.')).toEqual([
      'Bench repairs: the quote was approved.',
    ]);
  });
  it('reads a committee\'s "RECOMMENDED - THAT" as its decision, never what a report recommended', () => {
    expect(findDecisions('RECOMMENDED - T H A T the minutes of the meeting held on 10th May be approved.')).toEqual([
      'THAT the minutes of the meeting held on 10th May be approved.',
    ]);
    expect(
      findDecisions(
        'Having considered the report, it was\nRECOMMENDED -\n(1) T H A T the report be noted.\n(2) T H A T a further report come in January.',
      ),
    ).toEqual(['THAT the report be noted.', 'THAT a further report come in January.']);
    expect(findDecisions('RECOMMENDED TO COUNCIL: That the budget be set.')).toEqual(['That the budget be set.']);
    expect(findDecisions('The report RECOMMENDED that the scheme be extended.')).toEqual([]);
  });
  it('reads list entries opened by a capitals marker under "The Committee:", those it NOTED only beside one it AGREED', () => {
    // NOTED is the committee's decision in Scottish minutes: every entry of a mixed list is one.
    expect(findDecisions('The Committee:\ni. NOTED the progress made; and\nii. AGREED that a seminar be held in January.')).toEqual([
      'NOTED the progress made',
      'that a seminar be held in January.',
    ]);
    expect(findDecisions('The Committee:\n(a) NOTED the report; and\n(b) NOTED the risks.')).toEqual([]);
  });
  it("reads decisions in numbered paragraphs without the paragraph's number", () => {
    expect(findDecisions('4.1 The Committee considered a report.\n4.3 RESOLVED: That the strategy be approved.')).toEqual([
      'That the strategy be approved.',
    ]);
    expect(findDecisions('2.1 The minutes of the meeting held on 11 January were approved as a correct record.')).toEqual([
      'The minutes of the meeting held on 11 January were approved as a correct record.',
    ]);
  });
  it('keeps recorded votes as data', () => {
    expect(findVotes('The recommendation was CARRIED (6 members voting in favour, none against with 3 abstentions).')).toMatchObject([
      { motion: 'recommendation', outcome: 'carried', for: 6, against: 0, abstentions: 3 },
    ]);
  });
  it('reads a list under a sentence that ends in a capitals marker ("Following discussion the Board RESOLVED:")', () => {
    expect(findDecisions('Following discussion the Board RESOLVED:\n\n1. To note the report.\n2. To request an update.')).toEqual([
      'To note the report.',
      'To request an update.',
    ]);
  });
  it('reads a tally with its labels first, and an outcome in lower case in the sentence after it', () => {
    expect(
      findVotes('The proposal was put to a vote and voting was as follows: For 4, Against 1, Abstentions 0. The proposal was carried.'),
    ).toMatchObject([{ motion: 'proposal', outcome: 'carried', for: 4, against: 1, abstentions: 0 }]);
    expect(findVotes('On a vote, FOR: 3, AGAINST: 5. The amendment was lost.')).toMatchObject([{ outcome: 'lost', for: 3, against: 5 }]);
  });
  it('reads "declared carried" and counts given as "by 7 votes to 3", the votes for first', () => {
    expect(findVotes('The motion was put to the vote and declared carried.')).toMatchObject([{ motion: 'motion', outcome: 'carried' }]);
    expect(findVotes('On a show of hands the motion was carried by 7 votes to 3.')).toMatchObject([
      { outcome: 'carried', for: 7, against: 3 },
    ]);
    expect(findVotes('The amendment was lost by 4 votes to 9, with 2 abstentions.')).toMatchObject([
      { outcome: 'lost', for: 4, against: 9, abstentions: 2 },
    ]);
    expect(findVotes('The hall was declared open by the Mayor.')).toEqual([]);
  });
  it('reads a decision\'s count "by 6 votes to 2", and "Carried." or "Lost." alone after its movers', () => {
    expect(findVotes('RESOLVED (by 6 votes to 2) that the application be refused.')).toMatchObject([
      { motion: null, outcome: 'carried', for: 6, against: 2 },
    ]);
    expect(findVotes('RESOLVED that the application be refused. (Carried by 6 votes to 2)')).toMatchObject([{ for: 6, against: 2 }]);
    expect(findVotes('Proposed Cllr Ash, seconded Cllr Elm. Carried.')).toMatchObject([
      { outcome: 'carried', movedBy: 'Ash', secondedBy: 'Elm' },
    ]);
    expect(findVotes('Cllr Ash proposed a site visit. Lost.')).toMatchObject([{ outcome: 'lost', movedBy: 'Ash' }]);
    // A capital's word that is no outcome: "Carried forward", "Lost property".
    expect(findVotes('Carried forward from the last meeting: the bench. Lost property was handed in.')).toEqual([]);
  });
  it('reads a tally with no outcome word beside a decision as the vote that carried it, naming nothing put', () => {
    expect(findVotes('RESOLVED that permission be GRANTED as in the report. (Voting: For 3, Against 1, Abstention 0)')).toMatchObject([
      { motion: null, outcome: 'carried', for: 3, against: 1, abstentions: 0 },
    ]);
    expect(findVotes('RESOLVED that the scheme be approved. The voting was 7 for, 2 against.')).toMatchObject([
      { outcome: 'carried', for: 7, against: 2, abstentions: null },
    ]);
    // A tally beside no decision, or a count alone, records no vote.
    expect(findVotes('Members discussed the scheme. The survey found For 3, Against 1.')).toEqual([]);
    expect(findVotes('RESOLVED that 3 members for the panel be appointed.')).toEqual([]);
    // "£12.50 for a Band D property" is no count of votes for.
    expect(
      findVotes('RESOLVED that a precept of £12.50 for a Band D property be supported. The vote was 5 for and 1 against.'),
    ).toMatchObject([{ for: 5, against: 1 }]);
  });
  it("reads a recorded vote's lines, one a side with its count in brackets, before the outcome", () => {
    const text = [
      'A recorded vote was taken on the amendment:',
      'For (3): Councillors Ash, Elm and Fir.',
      'Against (5): Councillors Birch, Cedar, Hazel, Oak and Yew.',
      'Abstentions (1): The Lord Mayor.',
      'The amendment was LOST.',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([{ motion: 'amendment', outcome: 'lost', for: 3, against: 5, abstentions: 1 }]);
    // Prose before the outcome that is no side's line ends the vote there.
    expect(findVotes('Members thanked officers for the report. Members asked for an update. The motion was CARRIED.')[0]?.text).toBe(
      'Members asked for an update. The motion was CARRIED.',
    );
  });
  it('reads a tally the way it is written throughout, labels first or counts first', () => {
    const counts = (text: string) => findVotes(text).map((vote) => [vote.for, vote.against, vote.abstentions]);
    expect(counts('For: 4   Against: 0   Abstain: 1\nRESOLVED to accept the quote.')).toEqual([[4, 0, 1]]);
    expect(counts('Against 2 For 5 Abstentions 1. The motion was CARRIED.')).toEqual([[5, 2, 1]]);
    expect(counts('The amendment was LOST (7 For 2 Against 1 Abstention).')).toEqual([[7, 2, 1]]);
    expect(counts('CARRIED: 4 for 1 abstention.')).toEqual([[4, null, 1]]);
  });
  it('reads "there voted 4 For, 2 Against" and "declared the proposal carried"', () => {
    const text = 'On a vote being taken there voted 4 For, 2 Against and 0 Abstentions.\nThe Chairperson declared the proposal carried.';
    expect(findVotes(text)).toMatchObject([{ motion: 'proposal', outcome: 'carried', for: 4, against: 2, abstentions: 0 }]);
  });
  it('reads "put to the vote and was lost" as the outcome, whatever decision follows', () => {
    const text = 'The motion was put to the vote and was lost (4 for, 6 against).\nRESOLVED – That the application be granted.';
    expect(findVotes(text)).toMatchObject([{ outcome: 'lost', for: 4, against: 6 }]);
  });
  it('takes a tally just before a decision as the vote that carried it', () => {
    const text = 'Upon being put to the vote: For 4, Against 3, Abstentions 0.\n\nRESOLVED that the decision be referred back to Cabinet.';
    expect(findVotes(text)).toMatchObject([{ outcome: 'carried', for: 4, against: 3, abstentions: 0 }]);
    expect(findVotes('Votes: 4 for, 1 against. RESOLVED to set the precept.')).toMatchObject([{ for: 4, against: 1 }]);
  });
  it('takes no vote from prose: "carried out", a count that is no tally ("for one year")', () => {
    expect(findVotes('The work was carried out by the contractor for one year against the plan.')).toEqual([]);
    expect(findVotes('The motion to extend the scheme for one year was CARRIED unanimously.')).toMatchObject([
      { for: null, unanimous: true },
    ]);
  });
});

describe('meeting', () => {
  /** A record whose header's second line is `dateLine`, with a "Duration of Meeting" item last. */
  const withDuration = (dateLine: string) => {
    const lines = ['Licensing Committee', dateLine, '', '1. Minutes', 'Approved.', '', '2. Duration of Meeting', '6.30 p.m. to 8.15 p.m.'];
    return readMeeting(lines, {}, lines.join('\n'));
  };
  it('takes a record that ends on a line of prose with no stop as cut short, but not one that ends on its movers', () => {
    const ending = (last: string) => {
      const lines = ['Licensing Committee', '12 June 2024', '', '1. Minutes', 'Approved.', '', '2. Fencing', last];
      return readMeeting(lines, {}, lines.join('\n')).truncated === true;
    };
    expect(ending('Members discussed the quotations and asked the clerk to obtain')).toBe(true);
    expect(ending('Proposed by: Cllr Abel                   Seconded by: Cllr Banner')).toBe(false);
    expect(ending('It was resolved to accept the lowest quotation, seconded by Cllr Banner')).toBe(false);
  });
  it("takes no record for cut short that ends on a decision's labelled officer or a contact's address", () => {
    const ending = (last: string) => {
      const lines = ['Cabinet', '2 December 2025', '', 'Item 4  Library Hours', 'Decision:', 'To extend opening hours.', last];
      return readMeeting(lines, {}, lines.join('\n')).truncated === true;
    };
    expect(ending('Lead officer: Gwendolyn Marsh, Head of Libraries')).toBe(false);
    expect(ending('For further information contact Member Services, member.services@penworth.example')).toBe(false);
    expect(ending('Details of the decision are published at www.penworth.example/decisions')).toBe(false);
    // A field whose value breaks off mid-sentence is still cut short.
    expect(ending('Reason: Members asked that the opening hours be reviewed after')).toBe(true);
  });
  it("names the holder of a post a vote lists ('For: The Mayor, …') when the attendance says who held it", () => {
    const votedFor = (present: string) => {
      const lines = ['Brackenford Town Council', '12 May 2026', '', present, '', '1. Skate park'];
      lines.push('For: The Mayor, Councillors Carter and Dunn. Against: Councillor Patel. The motion was CARRIED.');
      return readMeeting(lines, {}, lines.join('\n')).items?.[0]?.votes?.[0]?.votedFor;
    };
    expect(votedFor('Present: Councillor Ann Holt (Mayor), Councillors Ben Carter, Cara Dunn and Dev Patel')).toEqual([
      'Ann Holt',
      'Carter',
      'Dunn',
    ]);
    expect(votedFor('Present: The Mayor (Councillor Ann Holt), Councillors Ben Carter, Cara Dunn and Dev Patel')).toEqual([
      'Ann Holt',
      'Carter',
      'Dunn',
    ]);
    expect(votedFor('Present: Councillors Ann Holt, Ben Carter, Cara Dunn and Dev Patel')).toEqual(['The Mayor', 'Carter', 'Dunn']);
  });
  it("names the holder of a post that moved or seconded, from an 'In the Chair:' heading over the name too", () => {
    const movers = (attendance: string[]) => {
      const lines = ['Brackenford Town Council', '12 May 2026', '', ...attendance, '', '1. Skate park'];
      lines.push('Proposed by the Chair, seconded by Councillor Dunn.', 'RESOLVED that the skate park be resurfaced.');
      lines.push('', '2. Bins', 'Moved by the Chair and seconded by Councillor Patel. The motion was CARRIED.');
      const items = readMeeting(lines, {}, lines.join('\n')).items ?? [];
      return [items[0]?.motions?.[0]?.movedBy, items[1]?.votes?.[0]?.movedBy];
    };
    const present = ['Present:', 'Councillors Ben Carter, Cara Dunn and Dev Patel'];
    expect(movers(['In the Chair:', 'Councillor Ann Holt (Mayor)', ...present])).toEqual(['Ann Holt', 'Ann Holt']);
    expect(movers(['Chair: Councillor Ann Holt', ...present])).toEqual(['Ann Holt', 'Ann Holt']);
    expect(movers(['In the Chair:', 'Councillors Ann Holt and Ed Fox', ...present])).toEqual(['The Chair', 'The Chair']);
    expect(movers(present)).toEqual(['The Chair', 'The Chair']);
  });
  it("takes no record for cut short that ends on a sign-off: a post or a name, then the office's address", () => {
    const endingOn = (last: string) => {
      const lines = [
        'Cabinet',
        '4 March 2026',
        '',
        '1. Minutes',
        'Approved.',
        '',
        '2. Call-in',
        'Any five members may call in a decision.',
        '',
        last,
      ];
      return readMeeting(lines, {}, lines.join('\n')).truncated === true;
    };
    expect(endingOn('Head of Democratic Services, County Hall, Penhallow Uchaf')).toBe(false);
    expect(endingOn('Governance Manager, The Guildhall, Quay Street, Marlow St Brides')).toBe(false);
    // Words in lower case are a sentence's, broken off: still cut short.
    expect(endingOn('The Cabinet asked the Head of Democratic Services to report on')).toBe(true);
    expect(endingOn('Members noted the grass cutting, the hedges, the play area and')).toBe(true);
  });
  it('takes no record for cut short that ends on the date and time of the next meeting', () => {
    const endingOn = (last: string) => {
      const lines = ['Amenities Committee', '4 March 2026', '', '1. Minutes', 'Approved.', '', '2. Date of next meeting', last];
      return readMeeting(lines, {}, lines.join('\n')).truncated === true;
    };
    expect(endingOn('The next meeting will be on Tuesday 9 June 2026 at 7.30pm')).toBe(false);
    expect(endingOn('Date of next meeting: Wednesday 14 January 2026 at 2 p.m')).toBe(false);
    expect(endingOn('The next meeting will be held in the Old School Hall and members')).toBe(true);
  });
  it("takes no record for cut short that ends on a table's last row naming who acts, piped or in columns", () => {
    const endingOn = (rows: string[]) => {
      const lines = ['Amenities Committee', '4 March 2026', '', '1. Minutes', 'Approved.', '', '2. Action tracker', ...rows];
      return readMeeting(lines, {}, lines.join('\n')).truncated === true;
    };
    const piped = ['| No. | Action | Owner |', '| --- | --- | --- |', '| 1 | Order two benches for the green | Ben Carter |'];
    expect(endingOn([...piped, '| 4 | Review the parking policy for members | Jo Marsh |'])).toBe(false);
    expect(endingOn([...piped, '| 4 | Review the parking policy for members | Jo Marsh'])).toBe(false);
    const columns = ['Action                                  Owner', 'Order two benches for the green         Ben Carter'];
    expect(endingOn([...columns, 'Review the parking policy of members    Jo Marsh'])).toBe(false);
    // Prose under a table, or prose whose gaps do not keep the columns above, still breaks off.
    expect(endingOn([...columns, 'Members asked the clerk to write to the owners of'])).toBe(true);
    expect(endingOn(['The clerk reported on it.  Members then agreed to', 'ask the clerk to write to the owners of the  land and'])).toBe(
      true,
    );
  });
  it("reads a supplementary agenda's title as the document's, and the contact at its foot as the meeting's, out of the last item", () => {
    const lines = [
      'ASHGROVE DISTRICT COUNCIL',
      'SUPPLEMENTARY AGENDA',
      'PLANNING POLICY PANEL',
      'Wednesday, 8 October 2025 at 6.00 pm',
      '',
      '5. LOCAL PLAN – ISSUES AND OPTIONS (Pages 1 - 30)',
      'Report of the Head of Planning.',
      '',
      '6. STATEMENT OF COMMUNITY INVOLVEMENT (Pages 31 - 44)',
      'Report of the Head of Planning.',
      '',
      'For enquiries please contact: Priya Mundell, Committee Services',
      'Telephone: 01632 960440',
      'Email: priya.mundell@ashgrove.example.gov.uk',
      'Council Offices, Church Walk, Ashgrove AG4 9RT',
      'Published: 30 September 2025',
    ];
    const meeting = readMeeting(lines, {}, lines.join('\n'));
    expect(meeting).toMatchObject({ committeeName: 'Planning Policy Panel', status: 'agenda' });
    expect(meeting.contact).toEqual({
      text: 'Priya Mundell, Committee Services',
      email: 'priya.mundell@ashgrove.example.gov.uk',
      phone: '01632 960440',
    });
    expect(meeting.items?.at(-1)?.agendaText).toBe('Report of the Head of Planning.');
  });
  it("reads the committee's members listed after the last item, above the contact, and takes them out of the item", () => {
    const lines = [
      'Brackenfold Borough Council',
      'Agenda',
      'Housing Review Panel',
      'Tuesday, 3 February 2026 at 7.00 pm',
      '',
      '1. Apologies for absence',
      '',
      '2. Rents and service charges 2026/27',
      'Report of the Director of Housing.',
      '',
      'Committee members',
      'Councillor Alma Brunt (Chair)',
      'Councillor Dev Okafor',
      'Councillor Fenella Rhys',
      '',
      'Contact: Noor Haddad, Democratic Services',
      'Email: noor.haddad@brackenfold.example.gov.uk',
    ];
    const meeting = readMeeting(lines, {}, lines.join('\n'));
    expect(meeting.committeeMembers).toEqual(['Councillor Alma Brunt (Chair)', 'Councillor Dev Okafor', 'Councillor Fenella Rhys']);
    expect(meeting.items?.at(-1)?.agendaText).toBe('Report of the Director of Housing.');
  });
  it('takes no record for cut short that ends on the contact at its foot', () => {
    const lines = [
      'Licensing Panel',
      '12 June 2025',
      '',
      '1. Minutes',
      'Approved.',
      '',
      '2. Taxi fares',
      'Agreed.',
      '',
      'Contact',
      '',
      'Licensing Team, 01632 960123, licensing@wexcombe.example.gov.uk',
    ];
    const meeting = readMeeting(lines, {}, lines.join('\n'));
    expect(meeting.truncated).toBeUndefined();
    expect(meeting.contact?.email).toBe('licensing@wexcombe.example.gov.uk');
  });
  it('takes the times from a "Duration of Meeting" item when the header gives none', () => {
    expect(withDuration('12 June 2024')).toMatchObject({ startTime: '18:30', endTime: '20:15' });
    expect(withDuration('12 June 2024 at 7.00pm')).toMatchObject({ startTime: '19:00', endTime: '20:15' });
  });

  const statusOf = (lines: string[]) => readMeeting(lines, {}, lines.join('\n')).status;
  it('reads a record that says under each title what the meeting is to do, with no one listed and nothing decided, as an agenda', () => {
    const head = ['Licensing Committee', '12 June 2024', ''];
    expect(
      statusOf([
        ...head,
        '1. Apologies',
        'To receive apologies.',
        '2. Licensing Policy',
        'To consider the report of the Head of Licensing.',
        'Appendix A sets out the changes.',
        'Appendix B lists the consultees.',
        '3. Planning',
        'Plans were circulated.',
      ]),
    ).toBe('agenda');
    expect(
      statusOf([
        ...head,
        '1. To receive apologies',
        '2. Public question time',
        '3. To consider the budget',
        'The report sets out the options.',
        'Officers will present it.',
        'Members will be asked to comment.',
      ]),
    ).toBe('agenda');
    expect(
      statusOf([
        ...head,
        '01 Apologies',
        '02 Minutes',
        'Members are asked to agree the minutes of 24 February.',
        'For decision',
        '03 Work Plan',
        'Members are asked to note the plan.',
        'Attached marked 3.',
        'For information',
      ]),
    ).toBe('agenda');
    // Minutes: something decided, or someone listed.
    expect(
      statusOf([
        ...head,
        '1. Apologies',
        'To receive apologies.',
        '2. Budget',
        'To consider the budget.',
        'RESOLVED that the budget be approved.',
      ]),
    ).toBe('minutes');
    expect(
      statusOf([
        'Licensing Committee',
        '12 June 2024',
        'Present: Cllr A Ash, Cllr B Bell',
        '1. Apologies',
        'To receive apologies.',
        'None were received.',
        'The Chair opened the meeting.',
        '2. Budget',
        'To consider the budget.',
        'Members discussed it at length.',
        'It was noted.',
      ]),
    ).toBe('minutes');
  });
  it('reads items under a bare "Agenda" heading that hold their decisions as minutes, but not one decision among them', () => {
    // A web page heads its items "Agenda" (a CMIS page's Documents tab) whether or not their minutes are under them.
    const head = ['Fernley Adult Care Board', '4 June 2024', 'Agenda', ''];
    const minuted = [
      ...head,
      '1. Apologies',
      'Apologies were received from Cllr Ash.',
      '2. Minutes',
      'RESOLVED: That the minutes of 2 April be agreed.',
      '3. Care Home Fees',
      'RESOLVED: That the fees for 2024/25 be approved.',
    ];
    expect(statusOf(minuted)).toBe('minutes');
    expect(readMeeting(minuted, {}, minuted.join('\n')).items?.[2]?.resolutions).toEqual(['That the fees for 2024/25 be approved.']);
    // An agenda that carries the last meeting's minutes under one item stays an agenda.
    const pack = [
      ...head,
      '1. Apologies',
      'To receive apologies.',
      '2. Minutes',
      'RESOLVED: That the fees be approved.',
      '3. Fees',
      'To consider the report.',
      '4. Plan',
      'To note the plan.',
    ];
    expect(statusOf(pack)).toBe('agenda');
    expect(statusOf(['Agenda for the meeting of the Board', ...minuted.slice(1)])).toBe('agenda');
  });
});

describe('readMeeting: names it could not read', () => {
  it('warns of a councillor named above the first item who is in no list, never of one who is', () => {
    const lines = [
      'Minutes of the Education Committee held on 12 March 2025',
      'Present: Councillor Jean Moffat (Convener) and Councillor Alan Orr',
      '',
      'Regrets received - Councillor Euan Shaw.',
      '1. Declarations of interest',
      'None.',
      '2. Minutes',
      'Agreed.',
    ];
    expect(readMeeting(lines, {}, lines.join('\n')).warnings).toEqual([
      'a line above the first item names a councillor who is in no list of the attendance: "Regrets received - Councillor Euan Shaw."; add them to the meeting file by hand',
    ]);
    const apology = [
      'Minutes of the Education Committee held on 12 March 2025',
      'Present: Councillor Jean Moffat',
      'Apology: Councillor Euan Shaw.',
      '1. Minutes',
      'Agreed.',
    ];
    const read = readMeeting(apology, {}, apology.join('\n'));
    expect(read.attendance?.apologies).toEqual(['Euan Shaw']);
    expect((read.warnings ?? []).filter((warning) => warning.includes('in no list'))).toEqual([]);
  });

  it('warns that the names under a heading are not in the attendance, quoting the line', () => {
    const lines = [
      'Westby Town Council',
      'Minutes of the Finance Committee, 3 June 2024',
      'Present:',
      '(see the list attached)',
      '1. Apologies',
      'None.',
    ];
    expect(readMeeting(lines, {}, lines.join('\n')).warnings).toContain(
      'the names under "Present:" were not read (the line after it: "(see the list attached)"), so they are not in the attendance: add them to the meeting file by hand',
    );
  });
});

describe('readMeeting: a post as mover', () => {
  it('gives the member the attendance says holds the post, and keeps a post no one there holds as printed', () => {
    const lines = [
      'Fenbury District Council',
      'Minutes of the Council held on 14 May 2026 at 7.00pm',
      'Present: Cllr R Okafor (Leader of the Council), Councillor T Lee, Cllr S Amos and Cllr P Vane.',
      '1. Waste Strategy',
      'Moved by the Leader, seconded by the Cabinet Member for Parks, that the strategy be adopted.',
      'RESOLVED: That the strategy be adopted.',
    ];
    const motions = readMeeting(lines, {}, lines.join('\n')).items?.[0]?.motions ?? [];
    expect(motions.map((motion) => [motion.movedBy, motion.secondedBy])).toEqual([['R Okafor', 'The Cabinet Member for Parks']]);
  });
});

describe('readMeeting: what the record leaves out, warned of', () => {
  it('warns of an item the record gives no title, from a table with no subject column', () => {
    const lines = [
      'Brackley Fold Parish Council',
      'Minutes of the meeting held on 2 June 2026',
      'Present: Cllr A Hume, Cllr B Ings and Cllr C Jory.',
      'No.\tMinute\tAction',
      '1\tPlay area. The swings are fixed.\t',
      '2\tThe Chair thanked the volunteers.\t',
    ];
    const read = readMeeting(lines, {}, lines.join('\n'));
    expect(read.items?.map((item) => item.title)).toEqual(['Play area', 'Item 2']);
    expect(read.warnings).toContain('Item 2 has no title in the record: titled "Item 2" from its number');
  });

  it('warns that a note of an inquorate meeting records a meeting that could do no business', () => {
    const lines = [
      'UPPER FENWICK PARISH COUNCIL',
      'Note of an Inquorate Meeting',
      'Meeting of the Parish Council due to be held on Tuesday 14 October 2025 at 7.00pm',
      'The meeting was not quorate and was abandoned at 7.15pm. No business was transacted.',
    ];
    const warnings = readMeeting(lines, {}, lines.join('\n')).warnings;
    expect(warnings).toContain('the record says the meeting was not quorate: check what, if anything, it decided');
    expect(warnings).toContain('no agenda items found: the record is a note of a meeting that was not quorate, which could do no business');
  });
});

describe('the council and body of minutes whose header holds prose', () => {
  const lines = [
    'Item 7c',
    '14 Jun 24',
    '',
    'Parks, Allotments and Open Spaces',
    'Wednesday 22nd May 2024',
    'Brackenfold Town Hall',
    'Present:',
    'Cllrs Harrow (Chairman), Lyle and Nuttall.',
    'Public Questions:',
    'A resident asked about the hedge on Mill Lane. The Chairman said that Oxmoor County Council',
    'maintains it and would be told.',
    '1',
    '',
    'Apologies for Absence',
    'Cllr Perrin.',
    '2',
    '',
    'Minutes',
    'Agreed.',
  ];

  it("takes no council from a sentence below the attendance: a council the prose names is not the meeting's", () => {
    const meeting = readMeeting(lines, {}, lines.join('\n'));
    expect(meeting.councilName).toBeNull();
    const titled = ['Oxmoor County Council', ...lines.slice(3)];
    expect(readMeeting(titled, {}, titled.join('\n')).councilName).toBe('Oxmoor County Council');
  });

  it('leaves a pack\'s stamp over the minutes ("Item 7c" over its date) out of the body\'s name', () => {
    expect(readMeeting(lines, {}, lines.join('\n')).committeeName).toBe('Parks, Allotments and Open Spaces');
  });
});

describe("a meeting's text below its close", () => {
  it("leaves the last item's minutes at the close and is warned of, its lines quoted", () => {
    const lines = [
      'Harrowfield Parish Council',
      '3 March 2026',
      '',
      'Present: Cllr A Ashdown, Cllr B Birchall',
      '',
      '1. Apologies',
      'None.',
      '',
      '2. Footpaths',
      'Noted.',
      '',
      'Meeting closed at 8.20pm.',
      '',
      'ACTION LIST',
      'Clerk to write to the landowner.',
    ];
    const meeting = readMeeting(lines, {}, lines.join('\n'));
    expect(meeting.items?.at(-1)?.minutes).toBe('Noted.\n\nMeeting closed at 8.20pm.');
    expect(meeting.endTime).toBe('20:20');
    expect(meeting.warnings).toContain(
      'text below the meeting\'s close is no item\'s and was not read: "ACTION LIST" / "Clerk to write to the landowner."; nothing of it is imported, so add what it records (actions, notes) by hand',
    );
  });
});

describe("the closed part's heading under the exclusion of the public", () => {
  it("is no part of the exclusion item's minutes, and the item under it stays marked", () => {
    const lines = [
      'Kestrel Vale District Council',
      'Cabinet',
      '4 March 2026',
      '',
      'Present: Councillor A Ashdown, Councillor B Birchall',
      '',
      '14. Exclusion of the Public',
      'RESOLVED that the public be excluded for the item below, paragraph 3 of Schedule 12A applying.',
      '',
      'PART II – ITEMS IN PRIVATE',
      '',
      'CONFIDENTIAL',
      '',
      '15. Depot Lease',
      'RESOLVED that the lease be renewed.',
    ];
    const items = readMeeting(lines, {}, lines.join('\n')).items ?? [];
    expect(items.map((item) => [item.number, item.minutes, item.exempt?.paragraphs ?? null])).toEqual([
      ['14', 'RESOLVED that the public be excluded for the item below, paragraph 3 of Schedule 12A applying.', null],
      ['15', 'RESOLVED that the lease be renewed.', ['3']],
    ]);
  });
});

describe('readMeeting: a body sitting in another capacity', () => {
  it("keeps the body's own committee and says in a warning in what capacity it sat", () => {
    const lines = [
      'CORBRIDGE BOROUGH COUNCIL',
      'Minutes of the meeting of the COMMUNITIES SCRUTINY PANEL (sitting as the Crime and Disorder Committee) held on Monday 1 December 2025 at 7.00 pm',
      'Present: Councillors Ashdown (Chair), Bellamy and Crisp',
      '1. Apologies',
      'None.',
      '2. Community safety partnership plan',
      'RESOLVED: that the plan be noted.',
    ];
    const meeting = readMeeting(lines, {}, lines.join('\n'));
    expect(meeting.committeeName).toBe('Communities Scrutiny Panel');
    expect(meeting.warnings).toContain('the Communities Scrutiny Panel sat as the Crime and Disorder Committee at this meeting');
  });
});

describe('readMeeting: a joint meeting of two committees', () => {
  it("files it as the first committee's and names the second in a warning", () => {
    const lines = [
      'ASHWICK CITY COUNCIL',
      "JOINT MEETING OF THE CHILDREN'S SCRUTINY COMMITTEE AND THE SCHOOLS SCRUTINY COMMITTEE",
      'MINUTES of the joint meeting held on Tuesday 3 March 2026 at 2.00 pm in Committee Room B, Ashwick Guildhall',
      'Present: Councillors Ashdown (Chair), Bellamy and Crisp',
      '1. Apologies',
      'None.',
    ];
    const meeting = readMeeting(lines, {}, lines.join('\n'));
    expect(meeting.committeeName).toBe("Children's Scrutiny Committee");
    expect(meeting.warnings).toContain(
      "a joint meeting with the Schools Scrutiny Committee: filed as the Children's Scrutiny Committee's, the body its title names first",
    );
  });
});

describe("readMeeting: the meeting's end", () => {
  it('reads a last "The meeting adjourned at …" line, not the break before it', () => {
    const lines = [
      'DUNMORE TOWN COUNCIL',
      'Minutes of the meeting of the Planning Committee held on Monday 6 October 2025 at 7.00 pm',
      'Present: Councillors Fenn (Chair), Gale and Hurst',
      '1. Applications',
      'The meeting adjourned at 7.40 pm and reconvened at 7.50 pm.',
      'RESOLVED: that the remaining applications be considered on Monday 13 October 2025.',
      '',
      'The meeting adjourned at 9.25 pm.',
    ];
    expect(readMeeting(lines, {}, lines.join('\n')).endTime).toBe('21:25');
  });
});

describe('a page of one agenda item (CMIS) saved as text or printed', () => {
  // Own words: the page's details rows over the item's title, which carries no number, then its minutes and decision.
  const page = (row: string) => [
    'Fernholt City Council',
    '',
    'Agenda item',
    '',
    'Committee:\tCommunities Overview and Scrutiny Panel',
    'Meeting date:\tThursday, 9 October 2031 6.30 pm',
    row,
    '',
    'Library opening hours review',
    '',
    'Minutes:',
    '',
    'The Head of Libraries said that footfall at the smallest branches had fallen.',
    '',
    'Decision:',
    '',
    'RESOLVED that the Panel recommend that no branch close before a consultation with users.',
  ];
  it('is a meeting of the committee on the date, with one item numbered by its details row', () => {
    for (const row of ['Item number:\t5', 'Item number\t5', 'Item number: 5']) {
      const lines = page(row);
      const meeting = readMeeting(lines, {}, lines.join('\n'));
      expect(meeting.committeeName).toBe('Communities Overview and Scrutiny Panel');
      expect(meeting.date).toBe('2031-10-09');
      expect((meeting.items ?? []).map((item) => [item.number, item.title, item.resolutions])).toEqual([
        ['5', 'Library opening hours review', ['that the Panel recommend that no branch close before a consultation with users.']],
      ]);
      expect((meeting.warnings ?? []).join(' ')).not.toMatch(/Item number|not read/);
    }
  });
});

describe('registered speakers under an application', () => {
  it('reads "Registered Speakers:" in an item, each "Role - Name", as presenters with the role they spoke in', () => {
    const lines = [
      'PLANNING COMMITTEE',
      'Minutes of the meeting held on 4 June 2025',
      'Present: Councillors Abel, Brand and Coyle',
      '',
      '5. 25/00123/FUL - Land off Mill Lane, Upton',
      'The Principal Planning Officer presented the report.',
      '',
      'Registered Speakers:',
      'Objector - Mrs Jo Pryor (Mill Lane Residents)',
      'Ward Member - Councillor Dorn',
      '',
      'RESOLVED - That the application be approved.',
    ];
    const meeting = readMeeting(lines, {}, lines.join('\n'));
    expect(meeting.attendance?.presenters).toEqual(['Mrs Jo Pryor (Objector, Mill Lane Residents)', 'Dorn (Ward Member)']);
  });
});
