/**
 * "no." before a figure or a reference ("accession no. KM 1962.14", "loan No. A7", "Minute no. 42") is short, as "St." and
 * "Rev." are: a decision sentence runs on past it, never cut there with the rest lost.
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('"no." before a number in a decision sentence', () => {
  it('keeps "The Committee agreed …" whole past "(accession no. KM 1962.14)", over two lines', () => {
    const text =
      'The Committee agreed, on the Curator’s advice, to dispose of a rusted steam roller (accession\nno. HB 1958.03) by offering it first to other accredited museums.';
    expect(findDecisions(text)).toEqual([
      'The Committee agreed, on the Curator’s advice, to dispose of a rusted steam roller (accession no. HB 1958.03) by offering it first to other accredited museums.',
    ]);
  });

  it('keeps "The Board agreed …" whole past "(loan No. B12)" and "Minute no. 42"', () => {
    expect(findDecisions('The Board agreed to lend the pewter jug (loan No. B12) to the Quay Museum until May.')).toEqual([
      'The Board agreed to lend the pewter jug (loan No. B12) to the Quay Museum until May.',
    ]);
    expect(findDecisions('The Panel agreed to revisit Minute no. 42 at its next meeting.')).toEqual([
      'The Panel agreed to revisit Minute no. 42 at its next meeting.',
    ]);
  });

  it('still ends a sentence at "no." before a word ("… said no. The Committee agreed …")', () => {
    expect(findDecisions('Asked whether the fee could rise, the Treasurer said no. The Committee agreed to hold the fee.')).toEqual([
      'The Committee agreed to hold the fee.',
    ]);
  });
});
