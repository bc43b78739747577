/**
 * A joint board's vote counted by the group each member sits for ("Borough Members: 4 for, 1 against.  County Members: 3
 * for, 0 against."): one vote, its counts the groups' sums, each group's counts kept in its text.
 */
import { describe, expect, it } from 'vitest';
import { findVotesAndMotions } from './votes.ts';

describe('a vote counted by group', () => {
  it('sums the groups on one line, the movers named before it, carried as more voted for', () => {
    const { votes, motions } = findVotesAndMotions(
      [
        'The Parking Manager reported 14 responses to the consultation.  Cllr Orme proposed, and Mrs Tilley',
        'seconded, that the double yellow lines be introduced as advertised.',
        '',
        'City Members: 5 for, 1 against.  County Members: 2 for, 0 against.',
        '',
        'RECOMMENDED: That the Cabinet Member for Transport be advised that the Board supports the lines.',
      ].join('\n'),
    );
    expect(votes).toEqual([
      {
        motion: null,
        outcome: 'carried',
        unanimous: false,
        for: 7,
        against: 1,
        abstentions: null,
        movedBy: 'Orme',
        secondedBy: 'Mrs Tilley',
        text: 'City Members: 5 for, 1 against. County Members: 2 for, 0 against.',
      },
    ]);
    expect(motions).toEqual([]);
  });

  it('sums groups on lines of their own, the abstentions when every group counts them, lost as more voted against', () => {
    const { votes } = findVotesAndMotions(
      [
        'The Board did not support the scheme as drawn.',
        'District Councillors - 1 for, 4 against, 1 abstention',
        'County Councillors - 2 for, 2 against, 0 abstentions',
        'Parish Representatives - 0 for, 1 against, 0 abstentions',
        'The scheme was referred back to the engineers.',
      ].join('\n'),
    );
    expect(votes).toEqual([
      {
        motion: null,
        outcome: 'lost',
        unanimous: false,
        for: 3,
        against: 7,
        abstentions: 1,
        text: 'District Councillors - 1 for, 4 against, 1 abstention County Councillors - 2 for, 2 against, 0 abstentions Parish Representatives - 0 for, 1 against, 0 abstentions',
      },
    ]);
  });

  it('leaves the abstentions unsaid when one group does not count them, and reads no vote from one group alone or a tie', () => {
    const [some] = findVotesAndMotions('Borough Members: 3 for, 1 against, 2 abstentions.  County Members: 2 for, 1 against.').votes;
    expect([some?.for, some?.against, some?.abstentions]).toEqual([5, 2, null]);
    expect(findVotesAndMotions('Borough Members: 3 for, 3 against.  County Members: 1 for, 1 against.').votes).toEqual([]);
    expect(findVotesAndMotions('Borough Members: 4 for, 1 against.').votes).toEqual([]);
    expect(findVotesAndMotions('County Members were told that 3 for and 1 against had been counted at the last meeting.').votes).toEqual(
      [],
    );
  });
});
