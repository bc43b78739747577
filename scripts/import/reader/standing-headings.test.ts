import { describe, expect, it } from 'vitest';
import { readMeeting } from './meeting.ts';
import { DECLARATIONS_TITLE, isStandingHeading } from './standing-headings.ts';

const read = (lines: string[]) => readMeeting(lines, {}, lines.join('\n'));

describe('a standing item’s heading in capitals between the attendance and the first numbered item', () => {
  it('ends the apologies and opens an unnumbered item holding the declarations under it', () => {
    const meeting = read([
      'STRATHLEVEN COUNCIL',
      '',
      'MINUTE OF MEETING of the EDUCATION COMMITTEE held in the Burgh Hall, Kirkbrae on Monday 3 March 2025 at 10.00 am',
      '',
      'PRESENT',
      '',
      'Councillors N Allardyce (Chair), P Baxter, S Cormack and J Dunlop.',
      '',
      'APOLOGIES',
      '',
      'Councillors T Eadie and R Fyfe.',
      '',
      'DECLARATIONS OF INTEREST',
      '',
      'Councillor Baxter declared an interest in item 2 as a governor of Kirkbrae Academy.',
      '',
      '1  MINUTE OF PREVIOUS MEETING',
      '',
      'The Committee approved the minute of its meeting of 3 February 2025.',
      '',
      '2  SCHOOL ESTATE REVIEW',
      '',
      'The Committee noted the report.',
    ]);
    expect(meeting.attendance?.apologies).toEqual(['T Eadie', 'R Fyfe']);
    const items = meeting.items ?? [];
    expect(items.map((item) => [item.number, item.title])).toEqual([
      [null, 'DECLARATIONS OF INTEREST'],
      ['1', 'MINUTE OF PREVIOUS MEETING'],
      ['2', 'SCHOOL ESTATE REVIEW'],
    ]);
    expect(items[0]?.minutes).toContain('governor of Kirkbrae Academy');
  });

  it('ends a list with a colon label too, and keeps who went on a site visit as the item’s text', () => {
    const meeting = read([
      'Glenarden Council',
      '',
      'Minutes of the meeting of the Local Review Body held at Arden House, Glenarden on Wednesday 9 April 2025 at 2.00 pm',
      '',
      'Present:',
      'Councillor Moira Lennie (Chair)',
      'Councillors Alan Buick, Gail Rennie and Tom Shearer',
      '',
      'Apologies: Councillor Ewan Guthrie',
      '',
      'SITE VISITS',
      '',
      'Before the meeting Councillors Lennie, Buick and Rennie visited 12 Wester Loan, Glenarden with the Planning Adviser.',
      '',
      '1.  REVIEW OF REFUSAL - 24/00610/FUL - 12 WESTER LOAN',
      '',
      'The Body upheld the review and granted permission.',
      '',
      '2.  DATE OF NEXT MEETING',
      '',
      'Wednesday 14 May 2025.',
    ]);
    expect(meeting.attendance?.apologies).toEqual(['Ewan Guthrie']);
    const items = meeting.items ?? [];
    expect(items.map((item) => item.title)).toEqual([
      'SITE VISITS',
      'REVIEW OF REFUSAL - 24/00610/FUL - 12 WESTER LOAN',
      'DATE OF NEXT MEETING',
    ]);
    expect(items[0]?.minutes).toContain('visited 12 Wester Loan');
  });
});

describe('isStandingHeading', () => {
  it('is a standing item’s title in capitals alone on its line, never a name, a sentence or another title', () => {
    for (const line of [
      'DECLARATIONS OF INTEREST',
      'DECLARATIONS OF MEMBERS’ INTERESTS',
      'SITE INSPECTION',
      'SITE VISITS',
      'DISCLOSURES OF INTEREST',
    ])
      expect(isStandingHeading(line)).toBe(true);
    for (const line of [
      'Declarations of interest',
      'COUNCILLOR J SITE',
      'SITE INSPECTION AT 12 MILL ROAD WAS CANCELLED.',
      'BUDGET 2025/26',
      'DECLARATIONS: NONE',
    ])
      expect(isStandingHeading(line)).toBe(false);
  });
});

describe('a declarations item’s title, by the words a standing heading of declarations is built of', () => {
  it('is any title that takes declarations or disclosures of interest, in capitals or in words, never a site visit’s', () => {
    for (const title of [
      'DECLARATIONS OF INTEREST',
      'DISCLOSURES OF PECUNIARY INTERESTS',
      'Declaration of members’ interests',
      'Interests',
    ])
      expect(DECLARATIONS_TITLE.test(title)).toBe(true);
    for (const title of ['SITE VISITS', 'Minutes of the previous meeting', 'Interesting times', 'Declared budget'])
      expect(DECLARATIONS_TITLE.test(title)).toBe(false);
  });
});
