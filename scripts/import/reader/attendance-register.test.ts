import { describe, expect, it } from 'vitest';
import { readRegister } from './attendance-register.ts';
import { readAttendance } from './attendance.ts';

/** A register set out with spaces, as a clerk types it, its key in one row with wide gaps. */
const TYPED = [
  'ATTENDANCE REGISTER',
  'Key: ✓ = present   A = apologies   – = absent   S = substitute   R = attended remotely',
  'Member                 12 Jan  9 Mar  11 May',
  'Cllr J Ash (Chair)       ✓       ✓      A',
  'Cllr P Bell              A       A      ✓',
  'Cllr T Crane             –       S      ✓',
  'Cllr D Dunmore           ✓       R      ✓',
  'Cllr E Elder             ✓       –      ✓',
  'Cllr F Frost             ✓       Q      ✓',
];

/** A register in a table's cells (tabs), its dates in figures, with no key. */
const TABBED = [
  'Councillor\t14/01/26\t11/03/26',
  'Councillor Gail Hythe\tY\tN',
  'Councillor Ivan Jessop\t✓\t✗',
  'Councillor Kit Lowe\tN\tY',
  'Councillor Mo Nash\tY\tA',
];

const roles = (found: ReturnType<typeof readRegister>) => found?.entries.map(({ role, text }) => `${role}: ${text}`);

describe('an attendance register over several meetings', () => {
  it("reads the column of this meeting's date by the printed key", () => {
    const found = readRegister(TYPED, '2026-03-09');
    expect(roles(found)?.join('; ')).toBe(
      'present: Cllr J Ash (Chair); apologies: Cllr P Bell; substitutes: Cllr T Crane; present: Cllr D Dunmore; absent: Cllr E Elder; members: Cllr F Frost',
    );
    expect(found?.lines).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(found?.warnings).toEqual([
      'the attendance register "Member 12 Jan 9 Mar 11 May" marks "Cllr F Frost" with "Q" under 9 Mar, which its key does not state: their attendance at this meeting is not read; add it to the meeting file by hand',
    ]);
  });

  it('reads another column by the date, and with no key only a tick, a cross, Y and N', () => {
    const found = readRegister(TABBED, '2026-03-11');
    expect(roles(found)?.join('; ')).toBe(
      'absent: Councillor Gail Hythe; absent: Councillor Ivan Jessop; present: Councillor Kit Lowe; members: Councillor Mo Nash',
    );
    expect(found?.warnings).toEqual([
      'the attendance register "Councillor 14/01/26 11/03/26" marks "Councillor Mo Nash" with "A" under 11/03/26, which it prints no key for: their attendance at this meeting is not read; add it to the meeting file by hand',
    ]);
    expect(roles(readRegister(TYPED, '2026-01-12'))?.slice(0, 2)).toEqual(['present: Cllr J Ash (Chair)', 'apologies: Cllr P Bell']);
  });

  it("warns, and reads no one's attendance, when no column is this meeting's date or the date is not known", () => {
    const found = readRegister(TYPED, '2026-03-10');
    expect(found?.entries.every((entry) => entry.role === 'members')).toBe(true);
    expect(found?.warnings).toEqual([
      'the attendance register "Member 12 Jan 9 Mar 11 May" has no column for this meeting\'s date (2026-03-10): no one\'s attendance is read from it; add it to the meeting file by hand',
    ]);
    expect(readRegister(TABBED, null)?.warnings).toEqual([
      'the attendance register "Councillor 14/01/26 11/03/26" has no column for this meeting\'s date (not known): no one\'s attendance is read from it; add it to the meeting file by hand',
    ]);
  });

  it('is no register: a table of one status column, a list of names', () => {
    expect(readRegister(['Councillor\tAttendance', 'Cllr A Ash\tPresent'], '2026-03-09')).toBeNull();
    expect(readRegister(['Present:', 'Cllr A Ash', 'Cllr B Bell'], '2026-03-09')).toBeNull();
  });

  it("files the register's column into the meeting's attendance", () => {
    const found = readAttendance(TYPED, '2026-03-09');
    expect(found.attendance.present).toEqual(['J Ash', 'D Dunmore']);
    expect(found.attendance.apologies).toEqual(['P Bell']);
    expect(found.attendance.absent).toEqual(['E Elder']);
    expect(found.attendance.substitutes).toEqual(['T Crane']);
    expect(found.members).toEqual(['Councillor F Frost']);
    expect(found.lines).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(found.unread.map((unread) => unread.said)).toEqual([expect.stringContaining('"Q" under 9 Mar')]);
  });
});
