/**
 * A tally printed alone under the lettered points of a decision's list ("AGREED to RECOMMEND to Cabinet that:" over
 * "(a) …;", "(b) …; and", "(c) …", then "Voting: 4 for, 2 against (Councillors A and B)."): the vote that carried the list.
 */
import { describe, expect, it } from 'vitest';
import { findVotes } from './votes.ts';

const read = (text: string) =>
  findVotes(text).map((vote) => ({ for: vote.for, against: vote.against, votedAgainst: vote.votedAgainst ?? null }));

describe('a tally alone under a decision’s lettered points', () => {
  it('reads "Voting: 4 for, 2 against (Councillors …)." under an (a)–(c) list, the names after "against" its votedAgainst', () => {
    const text = [
      'AGREED to RECOMMEND to Cabinet that:',
      '',
      '(a) the draft schedule of changes be published for consultation,',
      '    subject to the Panel’s view on item 9;',
      '(b) the viability note be published alongside it; and',
      '(c) the Head of Planning be authorised to make minor changes.',
      '',
      'Voting: 4 for, 2 against (Councillors Okeke and Pryce).',
    ].join('\n');
    expect(read(text)).toEqual([{ for: 4, against: 2, votedAgainst: ['Okeke', 'Pryce'] }]);
  });

  it('reads "Vote: For 5, Against 2 (Cllrs …)" under a "RESOLVED that:" list in roman numerals, each point its own sentence', () => {
    const text = [
      'RESOLVED that:',
      '(i) the grant to the village hall be renewed;',
      '(ii) the hire charges be frozen;',
      '(iii) the Clerk write to the trustees.',
      'Vote: For 5, Against 2 (Cllrs Ede and Fox)',
    ].join('\n');
    expect(read(text)).toEqual([{ for: 5, against: 2, votedAgainst: ['Ede', 'Fox'] }]);
  });

  it('reads a bare count line under a "RESOLVED that:" list in roman numerals', () => {
    const text = [
      'RESOLVED that:',
      '(i) the grant to the village hall be renewed;',
      '(ii) the hire charges be frozen; and',
      '(iii) the Clerk write to the trustees.',
      '6 for, 1 against.',
    ].join('\n');
    expect(read(text)).toEqual([{ for: 6, against: 1, votedAgainst: null }]);
  });

  it('reads no vote from counts under points no decision leads into', () => {
    const text = ['The Panel discussed:', '(a) the bus timetable;', '(b) the school run.', 'Survey replies: 40 for, 12 against.'].join(
      '\n',
    );
    expect(read(text)).toEqual([]);
  });
});
