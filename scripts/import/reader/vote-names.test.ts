import { describe, expect, it } from 'vitest';
import { findVoteNames, opensSideList } from './vote-names.ts';
import { findVotes } from './votes.ts';

describe('names in a recorded vote', () => {
  it("reads each side's list after its label, councillor titles off, with the count in brackets", () => {
    expect(
      findVoteNames('For (3): Councillors Ash, Elm and Fir. Against (2): Cllr Mrs Oak and Councillor R Yew. Abstentions (0): None.'),
    ).toEqual({
      votedFor: { names: ['Ash', 'Elm', 'Fir'], count: 3 },
      votedAgainst: { names: ['Mrs Oak', 'R Yew'], count: 2 },
      abstained: { names: [], count: 0 },
    });
  });

  it('keeps a post that a side lists with no name as printed ("The Mayor"), never as a surname', () => {
    expect(findVoteNames('For (3): The Provost, Councillors Baird and Lennox. Against (1): the Deputy Mayor.')).toEqual({
      votedFor: { names: ['The Provost', 'Baird', 'Lennox'], count: 3 },
      votedAgainst: { names: ['The Deputy Mayor'], count: 1 },
    });
    expect(findVoteNames('Against: Chairman, Cllrs Hoy and Teal (3)').votedAgainst?.names).toEqual(['Chairman', 'Hoy', 'Teal']);
  });

  it('reads the long labels that say what was put, and a count across dot leaders', () => {
    const text = [
      'There voted for the minutes being a correct record: Councillors Anstey, Bhatt, S Carr and Dowd ........ 4',
      'There voted against the minutes being a correct record: Councillors Ebdon and A J Finch ..... 2',
      'There abstained from voting: Councillor Gale ..... 1',
    ].join(' ');
    expect(findVoteNames(text)).toEqual({
      votedFor: { names: ['Anstey', 'Bhatt', 'S Carr', 'Dowd'], count: 4 },
      votedAgainst: { names: ['Ebdon', 'A J Finch'], count: 2 },
      abstained: { names: ['Gale'], count: 1 },
    });
  });

  it('ends a list at the outcome or decision run on after it, when no full stop parts them', () => {
    expect(findVoteNames('For: Councillors Ash, Birch Against: Councillor Dove The motion was CARRIED')).toEqual({
      votedFor: { names: ['Ash', 'Birch'], count: null },
      votedAgainst: { names: ['Dove'], count: null },
    });
    expect(findVoteNames('Those voting in favour: Cllrs Ash and Birch; those voting against: Cllr Dove RESOLVED that')).toMatchObject({
      votedFor: { names: ['Ash', 'Birch'] },
    });
  });

  it('reads a short label that names what was put ("For the recommendation (2):"), a side with a count alone, and "Resolved" run on', () => {
    expect(findVoteNames('For the recommendation (2): Cllr Jessop, Mrs Keeble Against the motion: Cllr Lumb Abstain (0)')).toEqual({
      votedFor: { names: ['Jessop', 'Mrs Keeble'], count: 2 },
      votedAgainst: { names: ['Lumb'], count: null },
      abstained: { names: [], count: 0 },
    });
    expect(findVoteNames('Against: Cllrs Lumb and Mabey Resolved that the bins be emptied weekly.')).toEqual({
      votedAgainst: { names: ['Lumb', 'Mabey'], count: null },
    });
  });

  it('reads a capitals heading that names what was put over its names line ("FOR THE AMENDMENT (3)")', () => {
    const text =
      'FOR THE AMENDMENT (3)\nCouncillors Quill, Rook, Sable\nAGAINST THE AMENDMENT (2)\nCouncillors Tarn, Umber\nABSTENTIONS (1)\nCouncillor Vetch';
    expect(findVoteNames(text)).toEqual({
      votedFor: { names: ['Quill', 'Rook', 'Sable'], count: 3 },
      votedAgainst: { names: ['Tarn', 'Umber'], count: 2 },
      abstained: { names: ['Vetch'], count: 1 },
    });
  });

  it('reads no names from a label followed by prose or a count alone', () => {
    expect(findVoteNames('For the avoidance of doubt: the scheme was not changed.')).toEqual({});
    expect(findVoteNames('For: 4, Against: 1')).toEqual({});
    // A list with one entry that is no name is not read at all, rather than read in part.
    expect(findVoteNames('Against: Councillor Oak and members of the public gallery.')).toEqual({});
  });

  it("tells a side's line from other sentences", () => {
    expect(opensSideList('For: Councillors Ash and Birch.')).toBe(true);
    expect(opensSideList('Against (5): Councillors Birch and Oak.')).toBe(true);
    expect(opensSideList('For the reasons given, the motion fell.')).toBe(false);
    expect(opensSideList('Members voted against the scheme.')).toBe(false);
  });
});

describe('recorded votes with their names', () => {
  it('reads a post with its holder in brackets, either way round, as the member who voted', () => {
    const text = [
      'For (2): Councillors Ash and Elm',
      'Against (1): Councillor Oak (Deputy Mayor)',
      'Abstained (1): The Mayor (Councillor Mrs Rowe)',
      'The motion was CARRIED.',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([{ votedFor: ['Ash', 'Elm'], votedAgainst: ['Oak'], abstained: ['Mrs Rowe'] }]);
  });

  it('keeps the names on the vote, each side only when listed', () => {
    const text = [
      'A recorded vote was taken:',
      'For (2): Councillors Ash and Elm.',
      'Against (1): Councillor Oak.',
      'The amendment was LOST.',
    ].join('\n');
    const [vote] = findVotes(text);
    expect(vote).toMatchObject({
      motion: 'amendment',
      outcome: 'lost',
      for: 2,
      against: 1,
      votedFor: ['Ash', 'Elm'],
      votedAgainst: ['Oak'],
    });
    expect(vote).not.toHaveProperty('abstained');
    expect(findVotes('The motion was CARRIED unanimously.')[0]).not.toHaveProperty('votedFor');
  });

  it('takes side lines printed after the outcome, and a count after the names when no label gives one', () => {
    const votes = findVotes('The motion was CARRIED. For: Councillors Ash, Birch and Cedar (3). Against: Councillor Dove (1).');
    expect(votes).toMatchObject([{ outcome: 'carried', for: 3, against: 1, votedFor: ['Ash', 'Birch', 'Cedar'], votedAgainst: ['Dove'] }]);
  });

  it('gives side lines between two outcomes to the outcome after them, and an own vote to the outcome before it', () => {
    const text = [
      'The amendment was put to the vote and LOST.',
      'Councillor Hale asked that his vote for the amendment be recorded.',
      'For: Councillors Ash and Birch.',
      'Against: Councillor Dove.',
      'The substantive motion was CARRIED.',
    ].join(' ');
    expect(findVotes(text)).toMatchObject([
      { motion: 'amendment', outcome: 'lost', votedFor: ['Hale'] },
      { motion: 'substantive motion', outcome: 'carried', votedFor: ['Ash', 'Birch'], votedAgainst: ['Dove'] },
    ]);
  });

  it('reads a side line with no full stop before an outcome worded as a vote', () => {
    const text =
      'On the amendment, FOR: Cllrs Ash, Elm (2); AGAINST: Cllrs Oak and Yew (2); ABSTAIN: none. The Chair gave a casting vote and the amendment was CARRIED.';
    expect(findVotes(text)).toMatchObject([
      { outcome: 'carried', for: 2, against: 2, abstentions: 0, votedFor: ['Ash', 'Elm'], votedAgainst: ['Oak', 'Yew'] },
    ]);
  });

  it("reads side lists with no outcome word over the decision they carried, each label's names after a blank line", () => {
    const text = [
      'It was moved by Councillor Ash, seconded by Councillor Birch,',
      '“That the minutes of the meeting held on 3 May are not a correct record.”',
      'The Mayor put the minutes to the meeting and, following a vote, they were declared a correct record by 5 votes to 3, with 1 abstention.',
      'There voted for the minutes being a correct record:',
      'Councillors Cole, Dean, Eady, Ford and Gale ........ 5',
      'There voted against the minutes being a correct record:',
      'Councillors Ash, Birch and Hale ........ 3',
      'There abstained from voting:',
      'Councillor Innes ........ 1',
      'Resolved - That the minutes of the meeting held on 3 May be approved as a correct record.',
    ].join('\n\n');
    const [vote, ...others] = findVotes(text);
    expect(others).toEqual([]);
    expect([vote?.outcome, vote?.motion, vote?.for, vote?.against, vote?.abstentions]).toEqual(['carried', null, 5, 3, 1]);
    expect([vote?.votedFor, vote?.votedAgainst, vote?.abstained]).toEqual([
      ['Cole', 'Dean', 'Eady', 'Ford', 'Gale'],
      ['Ash', 'Birch', 'Hale'],
      ['Innes'],
    ]);
    // Those who moved that the minutes were wrong voted against them: what they moved was not what was put.
    expect([vote?.movedBy, vote?.secondedBy]).toEqual([undefined, undefined]);
    // With no decision after them, side lists alone are no vote.
    expect(findVotes(text.replace(/\n\nResolved - .*$/, ''))).toEqual([]);
  });
});
