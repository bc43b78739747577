/**
 * Forward plans whose cells can be told apart (a tab-separated table, labelled blocks, cells one a
 * line under headings one a line), and what a plan must never claim. All words are invented.
 */
import { describe, expect, it } from 'vitest';
import { meetingSchema, type Meeting } from '../../../src/model/schema.ts';
import { parseSource } from '../import-sources.ts';
import { ImportError } from '../records.ts';
import { forwardPlanParser } from './forward-plan.ts';

function meetingsOf(text: string): Meeting[] {
  return parseSource(text, 'plan.txt', {})
    .filter((record) => record.collection === 'meetings')
    .map((record) => meetingSchema.parse(record.data));
}

function summary(meetings: Meeting[]): string[] {
  return meetings.map(
    (meeting) => `${meeting.committee ?? '-'} ${meeting.date ?? '-'}: ${meeting.items.map((item) => item.title).join(' | ')}`,
  );
}

describe('forward plan: a tab-separated table', () => {
  const plan = [
    'Pellbury District Council',
    'Notice of Key Decisions',
    'Issued 6 January 2027 for decisions from 1 February 2027',
    '',
    'Decision\tDecision maker\tDate\tKey decision\tOpen/exempt\tLead officer',
    'Renewal of the Orchard Street lease\tCabinet\t9 February 2027\tYes\tPart exempt\tNell Hawdon, Property Lead',
    'Town cemetery extension\tCabinet Member for Neighbourhoods\t16 February 2027\tNo\tOpen\tAmos Peake, Bereavement Officer',
    'Ferry landing repairs\tCabinet\t9 February 2027\tYes\tOpen\tNell Hawdon, Property Lead',
    'Grants to village halls\tCabinet\tSpring 2027\tNo\tOpen\tTess Varley, Grants Officer',
  ].join('\n');

  it('is claimed as a plan, not read as one meeting on the date it was issued', () => {
    expect(forwardPlanParser.detect(plan)).toBe(true);
    expect(summary(meetingsOf(plan))).toEqual([
      'pellbury-district-council/cabinet 2027-02-09: Renewal of the Orchard Street lease | Ferry landing repairs',
      'pellbury-district-council/cabinet-member-for-neighbourhoods 2027-02-16: Town cemetery extension',
      'pellbury-district-council/cabinet -: Grants to village halls',
    ]);
  });

  it('keeps the lead officer, key decision and open or exempt cells under their headings', () => {
    const [first] = meetingsOf(plan);
    expect(first?.items[0]?.agendaText).toBe('Key decision: Yes\n\nOpen/exempt: Part exempt\n\nLead officer: Nell Hawdon, Property Lead');
  });

  it('marks a row whose open or exempt cell closes the whole item, not one that is part exempt or open', () => {
    const closed = plan.replace(
      'Ferry landing repairs\tCabinet\t9 February 2027\tYes\tOpen',
      'Ferry landing repairs\tCabinet\t9 February 2027\tYes\tExempt - paragraph 3',
    );
    const [first] = meetingsOf(closed);
    expect(first?.items.map((item) => item.exempt ?? null)).toEqual([null, { text: 'Exempt - paragraph 3', paragraphs: ['3'] }]);
  });

  it('gives a row whose date is not a day no date, with the date as printed and a warning', () => {
    const undated = meetingsOf(plan).find((meeting) => meeting.date === null);
    expect(undated?.dateStatus).toBe('not-stated');
    expect(undated?.dateNote).toContain('"Spring 2027"');
    expect(undated?.items[0]?.agendaText).toContain('Date: Spring 2027');
    expect(undated?.warnings.join(' ')).toContain('no day');
  });
});

describe("forward plan: a work programme printing each meeting's date once", () => {
  const programme = [
    'Wexley Borough Council',
    'Place Scrutiny Panel Work Programme 2027/28',
    '',
    'Meeting date\tTopic\tPurpose',
    '------------\t---------------\t----------',
    '4 June 2027\tBus station\tTo review the works',
    '\tPark toilets\tTo note',
    '9 July 2027\tStreet trees\tTo comment',
    '\tFlood plan\tTo comment',
    '',
    'Items to be scheduled',
    "- Taxi licensing – at the Chair's request",
    '',
    'Notes',
    'Dates may move.',
  ].join('\n');

  it('puts a row with a blank date cell under the date above, passes over a rule of dashes, and says so', () => {
    const meetings = meetingsOf(programme);
    expect(summary(meetings)).toEqual([
      'wexley-borough-council/place-scrutiny-panel 2027-06-04: Bus station | Park toilets',
      'wexley-borough-council/place-scrutiny-panel 2027-07-09: Street trees | Flood plan',
      'wexley-borough-council/place-scrutiny-panel -: Taxi licensing',
    ]);
    expect(meetings[0]?.warnings).toContain(
      "1 item(s) here are printed with a blank date cell in the plan's table, taken to be for the date of the row above",
    );
  });

  it('reads the topics under "Items to be scheduled" below the table as undated, and warns of the other lines', () => {
    const undated = meetingsOf(programme).find((meeting) => meeting.date === null);
    expect(undated?.items[0]).toMatchObject({ title: 'Taxi licensing', agendaText: "at the Chair's request" });
    expect(undated?.dateNote).toContain('"Items to be scheduled"');
    expect(undated?.warnings).toContain('2 line(s) below the plan\'s table are not read (from "Notes")');
  });
});

describe("work programme: the committee's chair in its heading", () => {
  const programme = (chair: string) =>
    [
      'Wexley Borough Council',
      'Place Scrutiny Panel Work Programme 2027/28',
      '',
      chair,
      'Vice-Chairman: Cllr Rhona Tait',
      'Scrutiny Officer: Lev Orme',
      '',
      'Meeting date\tTopic\tPurpose',
      '4 June 2027\tBus station\tTo review the works',
    ].join('\n');
  const committeeOf = (text: string) =>
    parseSource(text, 'plan.txt', {}).find((record) => record.collection === 'committees' && record.id.endsWith('place-scrutiny-panel'));

  it('gives the chair and vice-chair to the committee as members, and warns of the officer', () => {
    const committee = committeeOf(programme('Chair: Councillor Ida Marsh'));
    expect(committee?.collection === 'committees' && committee.data.members).toEqual([
      'Councillor Ida Marsh (Chair)',
      'Councillor Rhona Tait (Vice-Chairman)',
    ]);
    expect(meetingsOf(programme('Chair: Councillor Ida Marsh'))[0]?.warnings).toContain(
      '"Scrutiny Officer: Lev Orme" in the plan\'s heading is not read: the committee\'s record has no place for it',
    );
  });

  it('warns of a chair line that names no one', () => {
    expect(meetingsOf(programme('Chair: to be appointed'))[0]?.warnings).toContain(
      '"Chair: to be appointed" in the plan\'s heading is not read: the committee\'s record has no place for it',
    );
  });
});

describe('forward plan: cells one a line under headings one a line', () => {
  const rows = (order: 'taker-first' | 'date-first'): string[] => {
    const row = (title: string, summaryLine: string, taker: string, date: string, officer: string): string[] =>
      order === 'taker-first' ? [title, summaryLine, taker, date, officer, ''] : [title, summaryLine, date, taker, officer, ''];
    return [
      'Quillford Council',
      'Forward Plan',
      '',
      'Title and summary',
      ...(order === 'taker-first' ? ['Decision taker', 'Meeting date'] : ['Meeting date', 'Decision taker']),
      'Lead officer',
      '',
      ...row(
        'Harbour wall survey',
        'To note the survey of the harbour wall.',
        'Cabinet Member for Coast',
        '3 Mar 2027',
        'Orla Penn, Coastal Engineer',
      ),
      ...row('Bus shelter advertising', 'To award the advertising concession.', 'Cabinet', '10 Mar 2027', 'Wilf Acre, Contracts Officer'),
      ...row('Dune path closures', 'To agree seasonal closures.', 'Cabinet Member for Coast', '10 Mar 2027', 'Orla Penn, Coastal Engineer'),
    ];
  };

  for (const order of ['taker-first', 'date-first'] as const) {
    it(`${order}: each row is its taker's meeting on its date, the summary and officer kept apart from the taker`, () => {
      const meetings = meetingsOf(rows(order).join('\n'));
      expect(summary(meetings)).toEqual([
        'quillford-council/cabinet-member-for-coast 2027-03-03: Harbour wall survey',
        'quillford-council/cabinet 2027-03-10: Bus shelter advertising',
        'quillford-council/cabinet-member-for-coast 2027-03-10: Dune path closures',
      ]);
      expect(meetings[0]?.items[0]?.agendaText).toBe(
        'To note the survey of the harbour wall.\n\nLead officer: Orla Penn, Coastal Engineer',
      );
    });
  }
});

describe('forward plan: labelled blocks', () => {
  const blocks = (dateLabel: string): string =>
    [
      'Forward plan',
      'Tollbridge Borough Council',
      'Forward Plan of Key Decisions - March to June 2027',
      '',
      'Skate park resurfacing',
      'Decision maker: Executive',
      `${dateLabel}: 24 Mar 2027`,
      'Wards affected: Eastgate',
      'Lead officer: Rhys Dunmore, Parks Officer',
      'Notice of proposed decision first published: 1 Feb 2027',
      'Exempt information: Open',
      '',
      'Allotment water supply',
      'Decision maker: Portfolio Holder for Green Spaces',
      `${dateLabel}: 7 Apr 2027`,
      'Lead officer: Rhys Dunmore, Parks Officer',
      'Exempt information: Open',
      '',
      'Skate park lighting',
      'Decision maker: Executive',
      `${dateLabel}: 24 Mar 2027`,
      'Lead officer: Rhys Dunmore, Parks Officer',
      'Exempt information: Part exempt - paragraph 3',
    ].join('\n');

  for (const label of ['Decision due date', 'Date of decision']) {
    it(`"${label}:" dates each block, the decision maker is its body, the publication date is not a row`, () => {
      const meetings = meetingsOf(blocks(label));
      expect(summary(meetings)).toEqual([
        'tollbridge-borough-council/executive 2027-03-24: Skate park resurfacing | Skate park lighting',
        'tollbridge-borough-council/portfolio-holder-for-green-spaces 2027-04-07: Allotment water supply',
      ]);
      expect(meetings[0]?.items[1]?.agendaText).toBe(
        'Lead officer: Rhys Dunmore, Parks Officer\n\nExempt information: Part exempt - paragraph 3',
      );
    });
  }

  it("reads a web page's blocks, where a blank line parts every paragraph, as the same rows", () => {
    const page = blocks('Decision due date').replace(/\n(?!\n)/g, '\n\n');
    expect(summary(meetingsOf(page))).toEqual([
      'tollbridge-borough-council/executive 2027-03-24: Skate park resurfacing | Skate park lighting',
      'tollbridge-borough-council/portfolio-holder-for-green-spaces 2027-04-07: Allotment water supply',
    ]);
  });

  it("makes no meeting of an officer's decision, and names the row it does not read", () => {
    const plan = blocks('Decision due date').replace('Decision maker: Portfolio Holder for Green Spaces', 'Decision maker: Head of Parks');
    const meetings = meetingsOf(plan);
    expect(summary(meetings)).toEqual(['tollbridge-borough-council/executive 2027-03-24: Skate park resurfacing | Skate park lighting']);
    expect(meetings[0]?.warnings).toContain(
      '"Allotment water supply" is for the Head of Parks to decide, an officer, not a meeting: not read',
    );
    const officersOnly = plan.replaceAll('Decision maker: Executive', 'Decision maker: Director of Place');
    expect(() => meetingsOf(officersOnly)).toThrow(ImportError);
  });

  it('refuses blocks none of which is dated to a day', () => {
    expect(() => meetingsOf(blocks('Decision due date').replaceAll('24 Mar 2027', 'TBC').replace('7 Apr 2027', 'TBC'))).toThrow(
      ImportError,
    );
  });
});

describe('forward plan: what it never claims', () => {
  it('an agenda with a "Forward plan" item and a labelled meeting date', () => {
    const agenda = [
      'Agenda',
      'Overview and Scrutiny Committee',
      'Date of meeting: 4 March 2027',
      '1. Apologies for absence',
      '2. Forward plan',
      '3. Date of next meeting',
    ].join('\n');
    expect(forwardPlanParser.detect(agenda)).toBe(false);
  });

  it('a report that gives its forward plan reference and date of decision', () => {
    const report = [
      'Report to Cabinet',
      'Subject: Depot relocation',
      'Forward plan reference: FP/27/004',
      'Decision maker: Cabinet',
      'Date of decision: 9 February 2027',
      'Recommendations',
      '1. That the depot be relocated.',
    ].join('\n');
    expect(forwardPlanParser.detect(report)).toBe(false);
  });
});

describe('work programme: a table with a topic column', () => {
  const plan = [
    'Wyndle Town Council',
    '',
    'Services Scrutiny Committee',
    'Work Programme 2027/28',
    'Revised: 3 March 2027',
    '',
    'Topic\tPurpose of scrutiny\tLead member or officer\tMeeting date\tStatus',
    'Allotment waiting lists\tTo ask why the list has doubled\tOrla Penhale, Estates Clerk\t6 April 2027\tConfirmed',
    'Bus shelter cleaning\tTo compare the two contractors\tCllr Dev Amberley\t6 April 2027\tProvisional',
    'Christmas lights review\tTo learn from the switch-on\tCllr Dev Amberley\t1 June 2027\tConfirmed',
    '',
    'Topics not yet given a meeting',
    'Topic\tPurpose of scrutiny\tLead member or officer\tMeeting date\tStatus',
    'Skate park repairs\tTo hear from the users group\tOrla Penhale, Estates Clerk\tTBC\tAwaiting quote',
  ].join('\n');

  it('is claimed as a plan: one meeting per date of the committee it names, the header printed again no item', () => {
    expect(forwardPlanParser.detect(plan)).toBe(true);
    const meetings = meetingsOf(plan);
    expect(summary(meetings)).toEqual([
      'wyndle-town-council/services-scrutiny-committee 2027-04-06: Allotment waiting lists | Bus shelter cleaning',
      'wyndle-town-council/services-scrutiny-committee 2027-06-01: Christmas lights review',
      'wyndle-town-council/services-scrutiny-committee -: Skate park repairs',
    ]);
    expect(meetings[0]?.items[0]?.agendaText).toBe(
      'To ask why the list has doubled\n\nLead member or officer: Orla Penhale, Estates Clerk\n\nStatus: Confirmed',
    );
    expect(meetings[2]?.dateNote).toBe('The plan gives no day: "TBC".');
  });
});

describe('work plan: dated lists of topics', () => {
  const plan = [
    'KESTLE BOROUGH COUNCIL',
    '',
    'PLACE SCRUTINY PANEL – WORK PLAN 2027-28',
    '',
    'The plan is looked at again at every meeting.',
    '',
    'Tuesday 8 June 2027',
    '',
    '• Street trees – the felling policy (Tree Officer)',
    '• Harbour dredging – cost of the',
    'next five years',
    '',
    'Tuesday 14 September 2027',
    '',
    '• Car park charges',
    '',
    'Topics awaiting a date',
    '',
    '• Seafront shelters – request from Cllr Mabe',
    '',
    'Contact: Panel Clerk, Ivo Trenear',
  ].join('\n');

  it('is claimed as a plan: a meeting per date, a wrapped bullet joined, the undated topics kept', () => {
    expect(forwardPlanParser.detect(plan)).toBe(true);
    const meetings = meetingsOf(plan);
    expect(summary(meetings)).toEqual([
      'kestle-borough-council/place-scrutiny-panel 2027-06-08: Street trees | Harbour dredging',
      'kestle-borough-council/place-scrutiny-panel 2027-09-14: Car park charges',
      'kestle-borough-council/place-scrutiny-panel -: Seafront shelters',
    ]);
    expect(meetings[0]?.items.map((item) => item.agendaText)).toEqual(['the felling policy (Tree Officer)', 'cost of the next five years']);
    expect(meetings[2]?.dateNote).toBe('The plan gives no day: "Topics awaiting a date".');
  });

  it('is not claimed when a bullet stands under no date, nor with one dated list only', () => {
    const loose = plan.replace(
      'PLACE SCRUTINY PANEL – WORK PLAN 2027-28',
      'PLACE SCRUTINY PANEL – WORK PLAN 2027-28\n• Terms of reference',
    );
    expect(forwardPlanParser.detect(loose)).toBe(false);
    const single = plan.split('\nTuesday 14 September 2027')[0] ?? '';
    expect(forwardPlanParser.detect(single)).toBe(false);
  });
});
