import { describe, expect, it } from 'vitest';
import { readMeeting } from './meeting.ts';
import { joinWrappedTitles } from './title-wrap.ts';
import { resolutionPointLines } from './resolution-points.ts';

/** A committee's minutes: the heading, the attendance, then the items' lines as given. */
function minutes(items: string[]): string[] {
  return [
    'HOLLINGTON BOROUGH COUNCIL',
    '',
    'ENVIRONMENT COMMITTEE',
    '',
    'Minutes of the meeting held on Wednesday 9 July 2025 at 7.00 pm in the Guildhall, Hollington.',
    '',
    'Present: Councillors Nadia Price (Chair), Owen Tully and Gita Rao.',
    '',
    ...items,
    '',
    'The meeting closed at 8.15 pm.',
  ];
}

const read = (lines: string[]) => readMeeting(lines, {}, lines.join('\n'));

/** A list whose second point wraps before a place's name. */
const placeWrapped = [
  'RESOLVED:',
  '1. That the woodland management plan be adopted.',
  '2. That a contribution of £2,500 be made to the volunteers of',
  '   Brackley Common Wildlife Group, subject to the Group reporting back in',
  '   writing before the end of September.',
  '3. That the Head of Parks review the plan in 2027.',
];

/** A list whose fifth point wraps before a statute's section and the Act's name. */
const lawWrapped = [
  'RESOLVED:',
  '1. That the fees and charges for 2026/27 be approved.',
  '2. That the discount for residents aged over 65 be continued.',
  '3. That the charge for a garden waste bin be £48.',
  '4. That the service be reviewed annually.',
  '5. That the charges are set in accordance with the powers given under',
  '   Section 93 of the Local Government Act 2003, recovering no more than the',
  '   cost of the service.',
  '6. That the Director publish the charges by 1 March.',
];

describe('a numbered resolution list read whole though a wrapped line opens with a capital', () => {
  it('knows the points of a list under "RESOLVED:" from the number 1 on', () => {
    expect([...resolutionPointLines(['Text.', '', ...placeWrapped, '', 'The meeting closed.'])]).toEqual([3, 4, 7]);
  });

  it('joins no wrapped line onto a point as if it were a heading', () => {
    expect(joinWrappedTitles(placeWrapped)).toEqual(placeWrapped);
    expect(joinWrappedTitles(lawWrapped)).toEqual(lawWrapped);
  });

  it('reads every point of the list, the wrapped lines with their point (a place named at the wrap)', () => {
    const meeting = read(
      minutes([
        'E.21  APOLOGIES',
        '',
        'None.',
        '',
        'E.22  WOODLAND',
        '',
        'Members considered the report.',
        '',
        ...placeWrapped,
        '',
        'E.23  ANY OTHER BUSINESS',
        '',
        'None.',
      ]),
    );
    expect(meeting.items?.map((item) => item.number)).toEqual(['E.21', 'E.22', 'E.23']);
    expect(meeting.items?.[1]?.resolutions).toEqual([
      'That the woodland management plan be adopted.',
      'That a contribution of £2,500 be made to the volunteers of Brackley Common Wildlife Group, subject to the Group reporting back in writing before the end of September.',
      'That the Head of Parks review the plan in 2027.',
    ]);
    expect(meeting.warnings ?? []).not.toContainEqual(expect.stringContaining('list ended before it'));
  });

  it('reads every point of the list, the wrapped lines with their point (a statute named at the wrap)', () => {
    const meeting = read(minutes(['F.4  FEES AND CHARGES', '', ...lawWrapped, '', 'F.5  WORK PROGRAMME', '', 'Noted.']));
    expect(meeting.items?.map((item) => item.number)).toEqual(['F.4', 'F.5']);
    const resolutions = meeting.items?.[0]?.resolutions ?? [];
    expect(resolutions).toHaveLength(6);
    expect(resolutions[4]).toBe(
      'That the charges are set in accordance with the powers given under Section 93 of the Local Government Act 2003, recovering no more than the cost of the service.',
    );
  });

  it('still ends the list at a heading after it, whose wrapped title is still joined', () => {
    const meeting = read(
      minutes([
        'E.22  WOODLAND',
        '',
        ...placeWrapped,
        '',
        'E.23  Proposed closure of the footpath from',
        '      Mill Street to Tanners Yard',
        '',
        'The Committee noted the objections.',
      ]),
    );
    expect(meeting.items?.map((item) => [item.number, item.title])).toEqual([
      ['E.22', 'WOODLAND'],
      ['E.23', 'Proposed closure of the footpath from Mill Street to Tanners Yard'],
    ]);
    expect(meeting.items?.[0]?.resolutions).toHaveLength(3);
  });
});

describe('a resolution list numbered like the items, the numbers starting again at 1 under "RESOLVED:"', () => {
  it("reads the list as the resolution's points, not as items, in a record of one item numbered so", () => {
    const meeting = read(minutes(['1. WOODLAND', '', 'Members considered the report.', '', ...placeWrapped]));
    // One item (its number is read only where nothing but the attendance stands above it, items.ts's loneItem).
    expect(meeting.items?.map((item) => item.title)).toEqual([expect.stringContaining('WOODLAND')]);
    expect(meeting.items?.[0]?.resolutions).toHaveLength(3);
  });

  it('reads the list so in a record of one item numbered otherwise', () => {
    const meeting = read(minutes(['F.4  FEES AND CHARGES', '', 'The Committee considered the report.', '', ...lawWrapped]));
    expect(meeting.items?.map((item) => item.title)).toEqual([expect.stringContaining('FEES AND CHARGES')]);
    expect(meeting.items?.[0]?.resolutions).toHaveLength(6);
  });

  it('keeps items numbered "1." "2." whose first item decides with a list, the next item a heading', () => {
    const meeting = read(
      minutes([
        '1. Apologies and substitutions',
        '',
        'RESOLVED:',
        '1. That the apologies of Councillor Lamb be accepted.',
        '',
        '2. Minutes of the last meeting',
        '',
        'RESOLVED that the minutes of 4 June 2025 be signed.',
        '',
        '3. Grass cutting',
        '',
        'The Committee noted the schedule.',
      ]),
    );
    expect(meeting.items?.map((item) => item.number)).toEqual(['1', '2', '3']);
  });
});
