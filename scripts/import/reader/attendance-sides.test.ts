import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

describe("readAttendance: a joint consultative committee's staff side, each member's union in brackets", () => {
  it('keeps the union after each name under "STAFF SIDE" alone on its line, the employer side as printed', () => {
    const found = readAttendance([
      'EMPLOYER SIDE',
      'Councillor Ffion Marsh (Chair)',
      'Councillor Aziz Qadir',
      '',
      'STAFF SIDE',
      'Hollis Brand (UNISON) (Vice-Chair)',
      'Mair Ostler (GMB)',
      'Pat Keogh (Unite)',
      '',
      'APOLOGIES',
      'Councillor Dev Rana (Employer Side)',
      'Ola Penrose (GMB) (Staff Side)',
      '',
      '1. MINUTES',
    ]);
    expect(found.attendance.present).toEqual(['Ffion Marsh', 'Aziz Qadir', 'Hollis Brand, UNISON', 'Mair Ostler, GMB', 'Pat Keogh, Unite']);
    expect(found.attendance.apologies).toEqual(['Dev Rana', 'Ola Penrose, GMB']);
    expect(found.posts).toEqual([
      { post: 'Chair', name: 'Ffion Marsh' },
      { post: 'Vice-Chair', name: 'Hollis Brand' },
    ]);
  });

  it('keeps each union of a "Trade Union Side:" line under "Present"', () => {
    const found = readAttendance([
      'Present:',
      "Employers' Side: Councillor Ffion Marsh (Chair), Councillor Aziz Qadir",
      'Trade Union Side: Hollis Brand (UNISON), Mair Ostler (GMB) and Pat Keogh (Unite)',
      '',
      '1. MINUTES',
    ]);
    expect(found.attendance.present).toEqual(['Ffion Marsh', 'Aziz Qadir', 'Hollis Brand, UNISON', 'Mair Ostler, GMB', 'Pat Keogh, Unite']);
  });
});
