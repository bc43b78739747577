import { describe, expect, it } from 'vitest';
import { readMeeting } from './meeting.ts';

/** A web page of minutes whose attendance and declarations follow the last item, as a CMIS page's tabs do. */
const page = [
  'Fernley Adult Care Board',
  '4 June 2024',
  '',
  '1 Apologies',
  '',
  'Apologies were received from Dr Ada Lusk.',
  '',
  '2 Care Home Fees',
  '',
  'RESOLVED: That the fees for 2024/25 be approved.',
  '',
  'Attendance Details',
  '',
  'Attended',
  '',
  'Name\tRole',
  'Cllr Nell Brandon\tChair - Cabinet Member for Adult Care',
  'Cllr Omar Reid\tOpposition Member',
  '',
  'Apologies',
  '',
  'Name\tRole',
  'Dr Ada Lusk\tVice-Chair - NHS Fernley ICB',
  '',
  'Declarations of Interests',
  '',
  'Member\tItem\tInterest',
  'Cllr Omar Reid\t2\tDaughter works at a care home',
];

describe('takeFootAttendance', () => {
  it('reads the attendance below the last item as the meeting’s, and warns of the declarations it cannot hold', () => {
    const meeting = readMeeting(page, {}, page.join('\n'));
    expect(meeting.attendance).toMatchObject({
      present: ['Nell Brandon, Cabinet Member for Adult Care', 'Omar Reid, Opposition Member'],
      apologies: ['Dr Ada Lusk, NHS Fernley ICB'],
    });
    const last = meeting.items?.at(-1);
    expect([last?.minutes, last?.resolutions]).toEqual([
      'RESOLVED: That the fees for 2024/25 be approved.',
      ['That the fees for 2024/25 be approved.'],
    ]);
    expect(meeting.warnings).toContainEqual(
      expect.stringMatching(
        /^text below the attendance after the last item was not read: "Declarations of Interests" \/ "Member \| Item \| Interest" \/ "Cllr Omar Reid \| 2 \| Daughter works at a care home"; /,
      ),
    );
  });

  it('keeps a substitute the items name for whom once, though a row of the table below names them too', () => {
    const lines = page.map((line) =>
      line === 'Apologies were received from Dr Ada Lusk.'
        ? 'Apologies were received from Dr Ada Lusk, with Dr Ravi Kotecha attending as her substitute.'
        : line === 'Cllr Omar Reid\tOpposition Member'
          ? 'Dr Ravi Kotecha\tSubstitute - NHS Fernley ICB'
          : line,
    );
    expect(readMeeting(lines, {}, lines.join('\n')).attendance?.substitutes).toEqual(['Dr Ravi Kotecha (for Dr Ada Lusk)']);
  });

  it('leaves a heading "Attendance" in an item that names no one where it is', () => {
    const lines = [
      'Fernley Adult Care Board',
      '4 June 2024',
      '',
      '1 School Places',
      '',
      'Attendance',
      '',
      'Attendance at primary schools rose by 2%.',
    ];
    const item = readMeeting(lines, {}, lines.join('\n')).items?.[0];
    expect(item?.minutes ?? item?.agendaText).toContain('Attendance at primary schools rose by 2%.');
  });
});
