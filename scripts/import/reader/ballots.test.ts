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
