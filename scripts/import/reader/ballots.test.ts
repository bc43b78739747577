import { describe, expect, it } from 'vitest';
import { ballotLines, isCandidateLine } from './ballots.ts';

describe('a ballot between candidates', () => {
  it("reads each candidate's line of votes and each round's line, as printed, when the item speaks of an election", () => {
    const text = [
      'A secret ballot was held:',
      '',
      'Councillor Marwood     6 votes',
      'Mrs J Nettlefold – 3 votes',
      '',
      'First ballot: Orme 4, Pascoe 4, Quance 1.',
      'Councillor Marwood was declared elected.',
    ].join('\n');
    expect(ballotLines(text)).toEqual([
      'Councillor Marwood 6 votes',
      'Mrs J Nettlefold – 3 votes',
      'First ballot: Orme 4, Pascoe 4, Quance 1.',
    ]);
  });

  it("never takes a vote's side line or a division's for a candidate, nor counts in an item with no election", () => {
    expect(isCandidateLine('Motion - 5 votes')).toBe(false);
    expect(isCandidateLine('For 4 votes')).toBe(false);
    expect(isCandidateLine('The motion received 5 votes')).toBe(false);
    expect(ballotLines('Councillor Marwood 6 votes')).toEqual([]);
  });
});

describe("candidates' counts in brackets after a show of hands", () => {
  it('reads "(Ellery 4, Ashworth 3)" in an election as a ballot\'s counts, as printed', () => {
    const text = 'Following a vote by show of hands (Marsh 5, Kettle 2) Cllr Marsh was elected Vice-Chair.';
    expect(ballotLines(text)).toEqual(['(Marsh 5, Kettle 2)']);
    expect(ballotLines('After a show of hands (Cllr Dent 3 and Cllr Orme 6), Cllr Orme was duly elected Chair.')).toEqual([
      '(Cllr Dent 3 and Cllr Orme 6)',
    ]);
  });

  it("never takes a vote's counts in brackets, nor a bracket in an item with no election, for candidates'", () => {
    expect(ballotLines('Cllr Marsh was elected Chair (For 5, Against 2).')).toEqual([]);
    expect(ballotLines('The hall was booked (Marsh 5, Kettle 2).')).toEqual([]);
  });
});
