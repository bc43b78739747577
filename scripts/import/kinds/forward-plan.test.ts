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

  it('gives a row whose date is not a day no date, with the date as printed and a warning', () => {
    const undated = meetingsOf(plan).find((meeting) => meeting.date === null);
    expect(undated?.dateStatus).toBe('not-stated');
    expect(undated?.dateNote).toContain('"Spring 2027"');
    expect(undated?.items[0]?.agendaText).toContain('Date: Spring 2027');
    expect(undated?.warnings.join(' ')).toContain('no day');
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
