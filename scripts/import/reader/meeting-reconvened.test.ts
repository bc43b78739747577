import { describe, expect, it } from 'vitest';
import { readMeeting } from './meeting.ts';

const read = (lines: string[]) => readMeeting(lines, {}, lines.join('\n'));

describe('a meeting adjourned and reconvened on a later day', () => {
  const hearing = [
    'FENWICK DISTRICT COUNCIL',
    'PLANNING COMMITTEE',
    'Minutes of the meeting held on Tuesday 6 May 2025 at 6.00 pm, adjourned, and',
    'reconvened on Thursday 8 May 2025 at 2.00 pm, Council Chamber, Fenwick',
    '',
    'PC/12 QUARRY EXTENSION, HOLLIN EDGE',
    '',
    'Members heard from the applicant and two objectors.',
    '',
    'The Highways Officer answered questions on lorry movements.',
    '',
    'The meeting was adjourned at 9.45 pm until 2.00 pm on Thursday 8 May 2025.',
    '',
    'PC/12 QUARRY EXTENSION, HOLLIN EDGE (RESUMED)',
    '',
    'RESOLVED: That permission be refused.',
    '',
    'PC/13 TREE PRESERVATION ORDER, MILL LANE',
    '',
    'RESOLVED: That the order be confirmed.',
    '',
    'The meeting closed at 3.20 pm.',
  ];
  const other = [
    'Minutes of the Harbour Board held on Monday 1 December 2025 at 10.00am',
    '',
    'HB/3 APOLOGIES',
    '',
    'None.',
    '',
    'HB/4 DREDGING CONTRACT',
    '',
    'The Harbour Master set out the three tenders received.',
    '',
    'At 1.15pm the Chair adjourned the meeting.',
    '',
    'The Board reconvened at 9.30am on 3 December 2025.',
    '',
    'HB/4 DREDGING CONTRACT',
    '',
    'AGREED to award the contract.',
    '',
    'HB/5 BERTHING CHARGES',
    '',
    'AGREED that charges rise by 3%.',
    '',
    'Meeting closed: 11.05am',
  ];

  it("keeps the later day's start and close in the date note and the warning, the first day's end the meeting's", () => {
    const first = read(hearing);
    expect(first).toMatchObject({ date: '2025-05-06', startTime: '18:00', endTime: '21:45' });
    expect(first.dateNote).toBe('Adjourned on 6 May 2025 and reconvened on 8 May 2025, sitting from 14:00 to 15:20.');
    expect(first.warnings).toContainEqual(expect.stringContaining('sitting from 14:00 to 15:20'));
    const second = read(other);
    expect(second).toMatchObject({ date: '2025-12-01', startTime: '10:00', endTime: '13:15' });
    expect(second.dateNote).toBe('Adjourned on 1 December 2025 and reconvened on 3 December 2025, sitting from 09:30 to 11:05.');
  });

  it('keeps an item numbered again on the later day as an item of its own, and says so', () => {
    for (const [lines, number] of [
      [hearing, 'PC/12'],
      [other, 'HB/4'],
    ] as const) {
      const meeting = read([...lines]);
      expect((meeting.items ?? []).filter((item) => item.number === number)).toHaveLength(2);
      expect(meeting.warnings).toContainEqual(
        expect.stringMatching(new RegExp(`^item ${number} is numbered twice or more .*kept as two items`)),
      );
    }
  });
});
