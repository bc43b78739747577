import { describe, expect, it } from 'vitest';
import { inPrintedOrder, runsOutside } from './decisions-outside.ts';

describe('lines outside the marked blocks', () => {
  it('gives the runs of lines no block takes, each at its first line', () => {
    const lines = ['Intro.', 'RESOLVED:', '(a) one;', '(b) two.', '', 'Later prose.', 'More.'];
    expect(runsOutside(lines, [{ start: 1, end: 5, resolutions: ['one', 'two.'] }])).toEqual([
      { at: 0, text: 'Intro.' },
      { at: 5, text: 'Later prose.\nMore.' },
    ]);
    expect(runsOutside(['A.', 'B.'], [])).toEqual([{ at: 0, text: 'A.\nB.' }]);
  });

  it('orders decisions by their line, those at one line as given', () => {
    expect(
      inPrintedOrder([
        { at: 4, decision: 'later' },
        { at: 1, decision: 'first' },
        { at: 1, decision: 'second' },
      ]),
    ).toEqual(['first', 'second', 'later']);
  });
});
