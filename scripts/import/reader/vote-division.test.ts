import { describe, expect, it } from 'vitest';
import { DIVISION_PUT, readDivision } from './vote-division.ts';
import { findVotesAndMotions } from './votes.ts';

describe('a division between a motion and an amendment', () => {
  it('reads each side\'s count printed after it: "there voted for the Motion 7 and for the Amendment 4"', () => {
    const vote = readDivision('On a division, there voted for the Motion 7 and for the Amendment 4, and the Motion was carried.');
    expect(vote).toMatchObject({ motion: DIVISION_PUT, outcome: 'carried', for: 7, against: 4 });
    // The amendment's side first, and counts in words, as some clerks write them.
    expect(readDivision('On a division, there voted for the Amendment five and for the Motion eight.')).toMatchObject({
      outcome: 'carried',
      for: 8,
      against: 5,
    });
  });

  it('reads "n votes were cast for the motion and n for the amendment", the motion winning by its counts', () => {
    const text = [
      'Mr Lennox, seconded by Mrs Gow, moved that the application be granted. Ms Rattray, seconded by Mr Hay, moved as an',
      'amendment that the application be refused. On a vote being taken, 5 votes were cast for',
      'the motion and 3 for the amendment. The motion therefore became the finding of the Board.',
    ].join('\n');
    const { votes } = findVotesAndMotions(text);
    expect(votes).toContainEqual(expect.objectContaining({ motion: DIVISION_PUT, outcome: 'carried', for: 5, against: 3 }));
    expect(readDivision('On a vote, 2 votes were cast for the amendment and 6 votes were cast for the motion.')).toMatchObject({
      outcome: 'carried',
      for: 6,
      against: 2,
    });
  });

  it('reads "there voted:- for the motion (n) - names; for the amendment (n) - names", the amendment a vote of its own with its movers, the division the motion\'s movers', () => {
    const text = [
      'Councillor Tolland moved, seconded by Councillor Rae:-',
      'That the Committee approve the revised charging policy.',
      '',
      'Councillor Muir moved as an amendment, seconded by Councillor Dale:-',
      'That the Committee defer the policy for a year.',
      '',
      'On a division, there voted:- for the motion (6) - the Convener; the Vice Convener; and Councillors Rae, Sim, Tolland and Urie; for the amendment (4) - Councillors Dale, Muir, Nairn and Oag; declined to vote (1) - Councillor Park.',
      '',
      'The Committee resolved:-',
      'to adopt the motion.',
    ].join('\n');
    const { votes, motions } = findVotesAndMotions(text);
    expect(votes).toEqual([
      // The amendment its movers moved is a proposal of its own, its vote the division's turned round.
      expect.objectContaining({
        motion: 'amendment',
        outcome: 'lost',
        for: 4,
        against: 6,
        abstentions: 1,
        votedFor: ['Dale', 'Muir', 'Nairn', 'Oag'],
        votedAgainst: ['Convener', 'Vice Convener', 'Rae', 'Sim', 'Tolland', 'Urie'],
        movedBy: 'Muir',
        secondedBy: 'Dale',
      }),
      expect.objectContaining({
        motion: DIVISION_PUT,
        outcome: 'carried',
        for: 6,
        against: 4,
        abstentions: 1,
        votedFor: ['Convener', 'Vice Convener', 'Rae', 'Sim', 'Tolland', 'Urie'],
        votedAgainst: ['Dale', 'Muir', 'Nairn', 'Oag'],
        abstained: ['Park'],
        movedBy: 'Tolland',
        secondedBy: 'Rae',
      }),
    ]);
    // The amendment was voted on in the division: it is no proposal "decided with no vote recorded".
    expect(motions).toEqual([]);
  });

  it('reads "the MOTION received n votes and the AMENDMENT received n votes" with its lists, the amendment carried so the motion lost', () => {
    const text = [
      'Mr Quigley, seconded by Mrs Lamont, moved that the scheme be approved.',
      '',
      'As an amendment, Ms Orr, seconded by Mr Baird, moved that the scheme be refused.',
      '',
      'On a vote being taken, the MOTION received 2 votes and the AMENDMENT received 5 votes, with 1 abstention, and the AMENDMENT was therefore CARRIED, the votes having been cast as follows:',
      '',
      'For the Motion:',
      'Mrs J Lamont, Mr P Quigley',
      '',
      'For the Amendment:',
      'Mr T Baird, Mrs C Dunn, Ms E Orr, Mr R Shand, Mrs W Voy',
      '',
      'Abstentions:',
      'Mr K Innes',
      '',
      'Decision',
      'The Committee REFUSED the scheme.',
    ].join('\n');
    expect(findVotesAndMotions(text).votes).toEqual([
      expect.objectContaining({ motion: 'amendment', outcome: 'carried', for: 5, against: 2, movedBy: 'Ms Orr', secondedBy: 'Mr Baird' }),
      expect.objectContaining({
        motion: DIVISION_PUT,
        outcome: 'lost',
        for: 2,
        against: 5,
        abstentions: 1,
        votedFor: ['Mrs J Lamont', 'Mr P Quigley'],
        votedAgainst: ['Mr T Baird', 'Mrs C Dunn', 'Ms E Orr', 'Mr R Shand', 'Mrs W Voy'],
        abstained: ['Mr K Innes'],
        movedBy: 'Mr Quigley',
        secondedBy: 'Mrs Lamont',
      }),
    ]);
  });

  it('reads counts given as votes ("For the motion (by Councillor Ash) – 30 votes") and counts before the side ("12 voted for the amendment and 9 for the motion")', () => {
    expect(
      readDivision('Voting: For the motion (by Councillor Ash) – 30 votes; For the amendment (by Councillor Elm) – 27 votes.'),
    ).toMatchObject({
      outcome: 'carried',
      for: 30,
      against: 27,
    });
    expect(
      readDivision(
        'On a vote being taken, 12 voted for the amendment and 9 for the motion.',
        'The amendment was accordingly declared carried.',
      ),
    ).toMatchObject({
      outcome: 'lost',
      for: 9,
      against: 12,
    });
  });

  it('takes the winner from the words when the counts tie, and reads nothing when nothing settles it', () => {
    const tie =
      'On a division, there voted:- for the motion (5) - Councillors Ash and Elm; for the amendment (5) - Councillors Fir and Oak.';
    expect(readDivision(tie, 'The Convener used his casting vote for the amendment.')).toMatchObject({
      outcome: 'lost',
      for: 5,
      against: 5,
    });
    expect(readDivision(tie, 'The Committee adjourned.')).toBeNull();
  });

  it('never takes the other side\'s outcome as this one\'s ("the motion received 7 votes and the amendment was lost")', () => {
    expect(readDivision('The motion received 7 votes and the amendment received 3 votes, and the amendment was lost.')).toMatchObject({
      outcome: 'carried',
      for: 7,
      against: 3,
    });
  });

  it('reads counts in words as in figures ("the motion received eleven votes and the amendment nine", "– twelve votes", "one abstention")', () => {
    const { votes } = findVotesAndMotions(
      'On a vote being taken, the motion received eleven votes and the amendment nine, with one abstention, and the motion was therefore carried.',
    );
    expect(votes).toEqual([expect.objectContaining({ motion: DIVISION_PUT, outcome: 'carried', for: 11, against: 9, abstentions: 1 })]);
    expect(readDivision('Voting: For the Amendment – twelve votes; For the Motion – ten votes.')).toMatchObject({
      outcome: 'lost',
      for: 10,
      against: 12,
    });
    expect(readDivision('Fourteen members voted for the amendment and six for the motion.')).toMatchObject({
      outcome: 'lost',
      for: 6,
      against: 14,
    });
  });

  it('gives an amendment moved by a non-councillor ("Dr Ash, seconded by Councillor Elm, moved as an amendment") its own vote, the motion its own seconder', () => {
    const text = [
      'Councillor Fenwick, seconded by Mr Garroway, moved that the Board approve the budget.',
      '',
      'Dr Hallam, seconded by Councillor Isbister, moved as an amendment that the Board defer the savings proposal.',
      '',
      'On a vote being taken by a show of hands, 2 voted for the amendment and 5 for the motion. The motion was accordingly carried.',
    ].join('\n');
    expect(findVotesAndMotions(text).votes).toEqual([
      expect.objectContaining({ motion: 'amendment', outcome: 'lost', for: 2, against: 5, movedBy: 'Dr Hallam', secondedBy: 'Isbister' }),
      expect.objectContaining({
        motion: DIVISION_PUT,
        outcome: 'carried',
        for: 5,
        against: 2,
        movedBy: 'Fenwick',
        secondedBy: 'Mr Garroway',
      }),
    ]);
  });

  it('reads a division and the sentence that only declares its winner as one division, never the counts read twice', () => {
    const text = [
      'Councillor Ure, seconded by Councillor Vass, moved as an amendment that the depot be kept open.',
      '',
      'On a vote being taken by a show of hands, 4 members voted for the amendment and 6 for the motion.',
      '',
      'The motion was therefore declared carried.',
    ].join('\n');
    expect(findVotesAndMotions(text).votes).toEqual([
      expect.objectContaining({ motion: 'amendment', outcome: 'lost', for: 4, against: 6, movedBy: 'Ure', secondedBy: 'Vass' }),
      expect.objectContaining({ motion: DIVISION_PUT, outcome: 'carried', for: 6, against: 4 }),
    ]);
  });

  it('reads each side on a line of its own with its votes ("Motion - 5 votes" over "Amendment - 3 votes"), the motion\'s movers its own', () => {
    const text = [
      'A report on the winter gritting routes had been circulated. Councillor Lennox, seconded by',
      'Councillor Baird, moved that Route Plan C be adopted.',
      '',
      'Councillor Coull, seconded by Councillor Dunbar, moved as an amendment',
      'that the plan be referred to the area forums.',
      '',
      'On a show of hands Members voted as follows:-',
      '',
      'Motion       -   6 votes',
      'Amendment    -   2 votes',
      '',
      'The Motion was accordingly carried.',
      '',
      'DECISION',
      'AGREED to adopt Route Plan C.',
    ].join('\n');
    const { votes, motions } = findVotesAndMotions(text);
    expect(votes).toHaveLength(2);
    expect(votes[0]).toMatchObject({ motion: 'amendment', outcome: 'lost', for: 2, against: 6, movedBy: 'Coull', secondedBy: 'Dunbar' });
    expect(votes[1]).toMatchObject({
      motion: DIVISION_PUT,
      outcome: 'carried',
      for: 6,
      against: 2,
      movedBy: 'Lennox',
      secondedBy: 'Baird',
    });
    // The amendment was put in the vote: no proposal "decided with no vote recorded".
    expect(motions).toEqual([]);
    // A line of one side alone is no division, and prose's "motion - 5 votes" mid-sentence opens none.
    expect(readDivision('Motion - 5 votes')).toBeNull();
  });

  it('reads a show of hands a line a side, each with its mover in brackets and its count at the end, as the division', () => {
    const text = [
      'Mr Tulloch moved that the Board approve the ferry timetable in the report.  Mr Sandison',
      'seconded.',
      '',
      'Mrs Leask moved, as an amendment, that the Sunday sailings be kept.  Mr Hunter seconded.',
      '',
      'Voting took place by a show of hands and the result was as follows:',
      '',
      'Amendment (Mrs Leask)     3',
      'Motion (Mr Tulloch)       5',
      '',
      'Decision:',
      'The Board RESOLVED to approve the ferry timetable.',
    ].join('\n');
    expect(findVotesAndMotions(text).votes).toEqual([
      expect.objectContaining({ motion: 'amendment', outcome: 'lost', for: 3, against: 5, movedBy: 'Mrs Leask', secondedBy: 'Mr Hunter' }),
      expect.objectContaining({
        motion: DIVISION_PUT,
        outcome: 'carried',
        for: 5,
        against: 3,
        movedBy: 'Mr Tulloch',
        secondedBy: 'Mr Sandison',
      }),
    ]);
    // A bracket and a count mid-sentence are no side's line: "the Amendment (tabled) 3 weeks ago".
    expect(readDivision('Motion (Mr Tulloch) 5 and the Amendment (tabled) 3 weeks ago')).toBeNull();
  });

  it('reads no division from one side alone', () => {
    expect(readDivision('There voted for the motion (7) - Councillors Ash and Elm.')).toBeNull();
  });
});
