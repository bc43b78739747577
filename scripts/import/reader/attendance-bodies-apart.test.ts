import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Read from lines written as one string. */
const read = (text: string) => readAttendance(text.split('\n'));
/** Every warning the reader words itself. */
const said = (found: ReturnType<typeof read>): string[] => found.unread.map((entry) => entry.said ?? '');

describe('a body listed after a member whose bracket already names theirs', () => {
  it('warns of a body sending apologies, never a note of the member before it', () => {
    const found = read(
      ['Apologies: Cllr Nora Pike (Hallam Borough Council), Upland Landowners and Farmers Association', '', '1. Minutes'].join('\n'),
    );
    expect(found.attendance.apologies).toEqual(['Nora Pike']);
    expect(said(found)).toEqual([expect.stringContaining('"Upland Landowners and Farmers Association"')]);
  });

  it('warns of one among those present, the names after it read on', () => {
    const found = read(
      [
        'Present: Mr Tom Bell (Chair), Mrs Ann Dyer (Westby Ramblers Association), Dale Valley Cycling Forum, Ms Kay Lund',
        '',
        '1. Minutes',
      ].join('\n'),
    );
    expect(found.attendance.present.map((entry) => entry.split(',')[0])).toEqual(['Mr Tom Bell', 'Mrs Ann Dyer', 'Ms Kay Lund']);
    expect(Object.values(found.attendance).flat().join(' ')).not.toContain('Cycling Forum');
    expect(said(found)).toEqual([expect.stringContaining('"Dale Valley Cycling Forum"')]);
  });
});
