import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Our own partnership's attendance: labels in a left column, one of them wrapped over two lines. */
const PARTNERSHIP = [
  'PRESENT:',
  '',
  'ELECTED MEMBERS:          Alderman K Dorrian (Chairperson)',
  '                          Councillor B Fyfe',
  '',
  'STATUTORY                 Superintendent Niall Garvey, PSNI',
  'PARTNERS:                 Ms Orla Tierney, Education Authority',
  '',
  'IN ATTENDANCE:            Mr Ross Keag, Partnership Manager',
];

const BOARD = [
  'Present:    Councillor Ivy Strand (Chair)',
  '            Councillor Tom Argent',
  '',
  'Voluntary   Mrs Lena Hurst',
  'sector:     Mr Saul Pike',
];

describe('a label wrapped over two lines of its column', () => {
  it('joins "STATUTORY" over "PARTNERS:" into one label, never a name of its first line', () => {
    const found = readAttendance(PARTNERSHIP);
    const everyone = Object.values(found.attendance).flat();
    expect(everyone.some((name) => /STATUTORY|PARTNERS/.test(name))).toBe(false);
    expect(everyone.some((name) => name.includes('Niall Garvey'))).toBe(true);
    expect(everyone.some((name) => name.startsWith('Ms Orla Tierney'))).toBe(true);
  });

  it('joins "Voluntary" over "sector:" under a list whose labels stand in that column', () => {
    const found = readAttendance(BOARD);
    const everyone = Object.values(found.attendance).flat();
    expect(everyone.some((name) => /Voluntary|sector/.test(name))).toBe(false);
    expect(found.attendance.present).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Mrs Lena Hurst/), expect.stringMatching(/^Mr Saul Pike/)]),
    );
  });
});
