import { describe, expect, it } from 'vitest';
import { readMeeting } from './meeting.ts';

/**
 * A webcast's time stamps ("[00:02:05]"): where in the recording each part of a broadcast meeting starts. The record has
 * no field for them, so each stays with the line it heads. Own words: invented councils and people.
 */
const licensing = (lines: string[]): string[] => [
  'FARLEIGH DISTRICT COUNCIL',
  'LICENSING COMMITTEE',
  'Minutes of the meeting held on Thursday 5 March 2026 at 10.00 am in the Council Chamber, Farleigh House.',
  'Present: Councillors Jo Dent (Chair), Ravi Mehta and Carol Birch.',
  '',
  ...lines,
];

describe("a webcast's time stamps over items headed in capitals, with no numbers", () => {
  const meeting = readMeeting(
    licensing([
      'DECLARATIONS OF INTEREST',
      'None were declared.',
      '',
      '[00:02:05]',
      'TAXI FARES REVIEW',
      'The Licensing Manager introduced the report.',
      '',
      '[00:14:30]',
      'Councillor Birch left the meeting at 10.16 am.',
      '',
      'RESOLVED that the revised table of fares be approved for consultation.',
      '',
      '(01:12:40)',
      'STREET TRADING CONSENTS',
      'RESOLVED that the consents listed be renewed.',
      '',
      'The meeting closed at 11.14 am [01:20:02].',
    ]),
    {},
    '',
  );

  it('gives each stamp over a heading to the item under it, never to the end of the item above', () => {
    expect(meeting.items?.map((item) => [item.title, item.minutes?.split('\n\n')[0]])).toEqual([
      ['DECLARATIONS OF INTEREST', 'None were declared.'],
      ['TAXI FARES REVIEW', '[00:02:05]'],
      ['STREET TRADING CONSENTS', '(01:12:40)'],
    ]);
    expect(meeting.items?.[0]?.minutes).toBe('None were declared.');
    expect(meeting.items?.[1]?.minutes).not.toContain('(01:12:40)');
  });

  it("keeps a stamp inside an item with the line it heads, and one after the close's time on the close's line", () => {
    expect(meeting.items?.[1]?.minutes).toContain('[00:14:30]\\\nCouncillor Birch left the meeting at 10.16 am.');
    expect(meeting.items?.[2]?.minutes).toContain('The meeting closed at 11.14 am [01:20:02].');
    expect(meeting.endTime).toBe('11:14');
  });
});

describe("a webcast's time stamp above the first item", () => {
  it('warns of a stamp over the attendance, which no item holds, rather than dropping it', () => {
    const meeting = readMeeting(
      [
        'MARLOW VALE TOWN COUNCIL',
        'Minutes of the Town Council meeting held on Monday 2 March 2026 at 7.00 pm at the Guildhall.',
        '',
        '[00:00:20]',
        'Present: Councillors Lyn Ashe (Mayor), Pat Rudd and Kit Olander.',
        '',
        '[00:01:45]',
        '1. Apologies',
        'None.',
        '',
        '[00:02:30]',
        '2. Allotment rents',
        'RESOLVED that rents be held at 2025 levels.',
      ],
      {},
      '',
    );
    expect(meeting.items?.map((item) => item.minutes?.split('\n\n')[0])).toEqual(['[00:01:45]', '[00:02:30]']);
    expect(meeting.warnings).toContain(
      'a webcast\'s time stamp above the first item, "[00:00:20]" over "Present: Councillors Lyn Ashe (Mayor), Pat Rudd and Kit Olander.", is not imported: no field holds where in the recording a part of the meeting starts',
    );
  });
});
