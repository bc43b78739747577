import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Reads a block written as one string, lines split at "\n". */
const read = (text: string) => readAttendance(text.split('\n')).attendance;

describe('readAttendance: "for whom" a substitute stood in, in other words than "was substitute"', () => {
  it('reads "for whom Councillor B was substituting", wrapped after the title', () => {
    const found = read('Apologies were received from Councillor Nia Brook, for whom Councillor\nOwen Tate was substituting.');
    expect(found.apologies).toEqual(['Nia Brook']);
    expect(found.substitutes).toEqual(['Owen Tate (for Nia Brook)']);
  });

  it('reads "for whom Cllr B stood in" and "(for whom Councillor B was deputising)" in a list', () => {
    expect(read('Apologies were received from Cllr Ann Ash, for whom Cllr Tom Reece stood in.').substitutes).toEqual([
      'Tom Reece (for Ann Ash)',
    ]);
    expect(read('Apologies: Councillor Jo Kirk (for whom Councillor Lee Marr was deputising)').substitutes).toEqual([
      'Lee Marr (for Jo Kirk)',
    ]);
  });
});
