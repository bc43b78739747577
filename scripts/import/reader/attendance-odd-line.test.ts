import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Read from lines written as one string. */
const read = (text: string) => readAttendance(text.split('\n'));

describe('a line no list reads between the names of a list', () => {
  it('reads on past it to the names after it, and warns of it by its words', () => {
    const found = read(
      ['Present:', 'Ann Bell (Chair)', 'Tom Kerr', 'Ward 3 - seat vacant', 'Ruth Lowe', 'Sam Marr', '', '1. Apologies'].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Ann Bell', 'Tom Kerr', 'Ruth Lowe', 'Sam Marr']);
    expect(found.unread.map((entry) => entry.said ?? '')).toEqual([expect.stringContaining('"Ward 3 - seat vacant"')]);
  });

  it('does so in another list and wording, and never reads on into prose or past a blank line', () => {
    const found = read(
      ['Apologies for absence:', 'Cllr Iris Dane', 'Two co-opted places unfilled', 'Owen Pryce', 'Hilda Ross', '', '2. Minutes'].join('\n'),
    );
    expect(found.attendance.apologies).toEqual(['Iris Dane', 'Owen Pryce', 'Hilda Ross']);
    expect(found.unread.map((entry) => entry.said ?? '')).toEqual([expect.stringContaining('"Two co-opted places unfilled"')]);
    const prose = read(['Present:', 'Ann Bell', 'Tom Kerr', 'The meeting opened at 7pm.', 'Ruth Lowe said the hall was cold.'].join('\n'));
    expect(prose.attendance.present).toEqual(['Ann Bell', 'Tom Kerr']);
    expect(prose.unread).toEqual([]);
  });
});
