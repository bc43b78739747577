import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

describe('readAttendance: a stand-in named by initials', () => {
  it('reads "(GO attending)" after an apology as the member whose initials the list prints standing in', () => {
    const found = readAttendance([
      'Attendees:',
      'Supt Owen Garrick (OG) - Marchshire Police',
      'Nia Bellamy (NB) - Probation Service',
      '',
      'Apologies:',
      'Insp Rhea Towle (RT) - Marchshire Police (OG attending)',
      '',
      'Item 1 - Introductions',
    ]);
    // A partner's apology keeps the body she sits for, as those present keep theirs (attendance-partnership.test.ts).
    expect(found.attendance.apologies).toEqual(['Rhea Towle, Insp, Marchshire Police']);
    expect(found.attendance.substitutes).toEqual(['Owen Garrick (for Rhea Towle)']);
  });

  it('reads "(attended by KP)" alike, and keeps initials no one listed carries as printed', () => {
    const found = readAttendance([
      'Present:',
      'Kit Pellow (KP) - Fernside Housing',
      '',
      'Apologies:',
      'Dana Usher (DU) - Fernside Housing (attended by KP)',
      'Lyle Marr (LM) - Fernside College (ZZ attending)',
      '',
      '1. Minutes',
    ]);
    expect(found.attendance.substitutes).toEqual(['Kit Pellow (for Dana Usher)', 'ZZ (for Lyle Marr)']);
  });

  it('reads no stand-in from how a member attended', () => {
    const found = readAttendance(['Present:', 'Cllr Ana Pryor (virtually attending)', '', '1. Minutes']);
    expect(found.attendance.present).toEqual(['Ana Pryor']);
    expect(found.attendance.substitutes).toEqual([]);
  });
});
