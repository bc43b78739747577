import { describe, expect, it } from 'vitest';
import { DIVISION_PUT, readDivision } from './vote-division.ts';
import { findVotesAndMotions } from './votes.ts';

describe('a division with each side counted before its names in brackets', () => {
  it('reads "there voted for the motion 6 (…) and for the amendment 3 (…), Councillor X abstaining"', () => {
    const vote = readDivision(
      'On a division, there voted for the motion 5 (Provost Darroch, Councillors Elphin, Fraser, Greer and Hume) and for the amendment 2 (Councillors Irvine and Kerr), Councillor Lamont abstaining.',
    );
    expect(vote).toMatchObject({
      motion: DIVISION_PUT,
      outcome: 'carried',
      for: 5,
      against: 2,
      abstentions: 1,
      votedFor: ['Provost Darroch', 'Elphin', 'Fraser', 'Greer', 'Hume'],
      votedAgainst: ['Irvine', 'Kerr'],
      abstained: ['Lamont'],
    });
  });

  it('reads the amendment first and two members abstaining, the amendment winning', () => {
    const vote = readDivision(
      'On a division there voted for the amendment 4 (Bailie Nairn and Councillors Orr, Peden and Quinn) and for the motion 3 (Councillors Rae, Steel and Tosh), Councillors Umpherston and Veitch abstaining.',
    );
    expect(vote).toMatchObject({
      outcome: 'lost',
      for: 3,
      against: 4,
      abstentions: 2,
      votedFor: ['Rae', 'Steel', 'Tosh'],
      votedAgainst: ['Bailie Nairn', 'Orr', 'Peden', 'Quinn'],
      abstained: ['Umpherston', 'Veitch'],
    });
  });
});

describe('a motion keeps its movers when an amendment is moved against it', () => {
  it('keeps the motion\'s movers under "Motion" and "Amendment" headings, the amendment lost on a count', () => {
    const text = [
      'Motion',
      '',
      'Councillor Ferrie, seconded by Councillor Gault, moved that the Committee approve the play area scheme.',
      '',
      'Amendment',
      '',
      'Councillor Haig, seconded by Councillor Innes, moved as an amendment that the scheme be deferred.',
      '',
      'On a vote being taken, the amendment was lost by 3 votes to 7.',
      '',
      'Decision: The Committee approved the play area scheme.',
    ].join('\n');
    const { votes, motions } = findVotesAndMotions(text);
    expect(votes).toEqual([expect.objectContaining({ motion: 'amendment', outcome: 'lost', movedBy: 'Haig', secondedBy: 'Innes' })]);
    expect(motions).toEqual([expect.objectContaining({ movedBy: 'Ferrie', secondedBy: 'Gault' })]);
  });

  it('keeps them when the amendment is moved in the same paragraph and defeated, then the decision follows', () => {
    const text = [
      'Councillor Quayle moved that the lease be renewed for five years, seconded by Councillor Rook. Councillor Sallis moved an',
      'amendment, seconded by Councillor Tobin, that the lease be renewed for one year only. The amendment was defeated (2 for, 9 against).',
      'RESOLVED that the lease be renewed for five years.',
    ].join('\n');
    const { votes, motions } = findVotesAndMotions(text);
    expect(votes).toEqual([expect.objectContaining({ motion: 'amendment', outcome: 'lost', movedBy: 'Sallis', secondedBy: 'Tobin' })]);
    expect(motions).toEqual([expect.objectContaining({ movedBy: 'Quayle', secondedBy: 'Rook' })]);
  });
});

describe('"Councillor A moved, and Councillor B seconded, that …" just before the vote on the amendment', () => {
  it('gives the amendment its movers, the proposal naming nothing as put', () => {
    const text = [
      'Councillor Dunmore moved, and Councillor Brisco',
      'seconded, that the fee be held at £30. On being',
      'put to the vote, the amendment was lost (3 for, 6',
      'against).',
    ].join('\n');
    expect(findVotesAndMotions(text).votes).toEqual([
      expect.objectContaining({ motion: 'amendment', outcome: 'lost', movedBy: 'Dunmore', secondedBy: 'Brisco', for: 3, against: 6 }),
    ]);
  });

  it('does so with "proposed … seconded by" and an amendment carried', () => {
    const text =
      'Councillor Ockenden proposed, seconded by Councillor Pryce, that the route be moved to Mill Lane. Upon a vote, the amendment was CARRIED (7 for, 4 against).';
    expect(findVotesAndMotions(text).votes).toEqual([
      expect.objectContaining({ motion: 'amendment', outcome: 'carried', movedBy: 'Ockenden', secondedBy: 'Pryce' }),
    ]);
  });

  it("leaves a motion or recommendation so moved the motion's", () => {
    const text =
      'Councillor Quarry moved, and Councillor Reddy seconded, that the recommendations be approved. Councillor Sorrel moved an amendment that the matter be deferred. The amendment was lost (2 for, 8 against).';
    const { votes, motions } = findVotesAndMotions(text);
    expect(votes[0]).not.toMatchObject({ movedBy: 'Quarry' });
    expect(motions).toEqual([]);
  });
});

describe('a casting vote', () => {
  it("keeps the casting vote in the division's text, the counts tied as printed", () => {
    const text =
      'On a roll call vote, 5 members voted for the motion and 5 members voted for the amendment. The Chair used his casting vote in favour of the motion.';
    expect(findVotesAndMotions(text).votes).toEqual([
      expect.objectContaining({
        motion: DIVISION_PUT,
        outcome: 'carried',
        for: 5,
        against: 5,
        text: expect.stringContaining('casting vote'),
      }),
    ]);
  });

  it('keeps it when the casting vote went to the amendment, in other words', () => {
    const text =
      'On a division there voted for the amendment 3 and for the motion 3. The Convener exercised her casting vote for the amendment.';
    expect(findVotesAndMotions(text).votes).toEqual([
      expect.objectContaining({ outcome: 'lost', for: 3, against: 3, text: expect.stringContaining('exercised her casting vote') }),
    ]);
  });
});
