/**
 * A side's row that names what its members voted for between the side's word and the count in brackets ("For option 2
 * (4): Cllrs …", "For proposal B (5): Councillors …"), as a vote between options prints it: the For row all the same.
 */
import { describe, expect, it } from 'vitest';
import { findVotes } from './votes.ts';

const read = (text: string) =>
  findVotes(text).map((vote) => ({
    for: vote.for,
    against: vote.against,
    abstentions: vote.abstentions,
    votedFor: vote.votedFor ?? null,
    votedAgainst: vote.votedAgainst ?? null,
  }));

describe('a For row that names the option voted for', () => {
  it('reads "For option 2 (4): Cllrs …" as the For row, its count and names', () => {
    const text = [
      'The vote was as follows:',
      '',
      '  For option 2 (4): Cllrs Marsh, Quayle, Ruddock, Stannard',
      '  Against (1): Cllr Tebbit',
      '  Abstained (1): Cllr Underhill',
      '',
      'RESOLVED: that the levy be raised by 2%.',
    ].join('\n');
    expect(read(text)).toEqual([
      { for: 4, against: 1, abstentions: 1, votedFor: ['Marsh', 'Quayle', 'Ruddock', 'Stannard'], votedAgainst: ['Tebbit'] },
    ]);
  });

  it('reads "For proposal B (3): Councillors …" and "Against proposal B (2): …", a recorded vote before its outcome', () => {
    const text = [
      'For proposal B (3): Councillors Vance, Wilde and Yorke.',
      'Against proposal B (2): Councillors Abbot and Blythe.',
      'The motion was CARRIED.',
    ].join('\n');
    expect(read(text)).toEqual([
      { for: 3, against: 2, abstentions: null, votedFor: ['Vance', 'Wilde', 'Yorke'], votedAgainst: ['Abbot', 'Blythe'] },
    ]);
  });

  it('never reads prose that opens with "For" and words as a side ("For the next three years (2026-28): …")', () => {
    expect(read('For the next three years (2026): Councillors Vance and Wilde would lead the review.')).toEqual([]);
  });
});
