import { describe, expect, it } from 'vitest';
import { findVotes, findVotesAndMotions } from './votes.ts';

describe('a vote cast by partner authorities, their names in brackets', () => {
  it('reads "Votes: For 3 (A, B, C), Against 1 (D)." as a vote 3–1 with its movers, naming no member, and says so once', () => {
    const text = [
      'Proposed by Cllr Ormond, seconded by Cllr Lytle. Each partner',
      'authority has one vote.',
      '',
      'Votes: For 3 (Easterby, Grangeford, Kelsall), Against 1 (Moorbank).',
      '',
      'DECISION: The Joint Committee approved the levy and the cost shares, and',
      'asked each partner authority to include its share in its own budget.',
    ].join('\n');
    const { votes, motions, bodies } = findVotesAndMotions(text);
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ outcome: 'carried', for: 3, against: 1, movedBy: 'Ormond', secondedBy: 'Lytle' });
    expect(votes[0]?.votedFor).toBeUndefined();
    expect(votes[0]?.votedAgainst).toBeUndefined();
    expect(votes[0]?.text).toContain('(Easterby, Grangeford, Kelsall)');
    expect(motions).toEqual([]);
    expect(bodies).toEqual(['Votes: For 3 (Easterby, Grangeford, Kelsall), Against 1 (Moorbank).']);
  });

  it('names no member from councils named in full, with no word of how the body votes', () => {
    const text = 'RESOLVED that the protocol be adopted (For 2 (Upfield District Council, Ravenholt Borough Council), Against 0).';
    const { votes, bodies } = findVotesAndMotions(text);
    expect(votes).toMatchObject([{ outcome: 'carried', for: 2, against: 0 }]);
    expect(votes[0]?.votedFor).toBeUndefined();
    expect(bodies).toHaveLength(1);
  });

  it('keeps surnames in brackets as the members who voted where nothing says the vote is by body', () => {
    expect(findVotes('Votes: For 3 (Ash, Elm, Oak), Against 1 (Yew).\n\nRESOLVED that the bench be replaced.')).toMatchObject([
      { for: 3, against: 1, votedFor: ['Ash', 'Elm', 'Oak'], votedAgainst: ['Yew'] },
    ]);
  });
});
