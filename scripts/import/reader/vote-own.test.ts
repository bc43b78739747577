/**
 * Members' own votes minuted under a decision that records no vote of its own, and the names a tally prints in
 * brackets after a side's count ("Against 1 (Councillor Moorhouse)").
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';
import { findVotes } from './votes.ts';

describe("a member's own vote minuted under a decision with no vote", () => {
  it('is a vote carried, the member on the side asked, no counts', () => {
    const votes = findVotes(
      [
        'RESOLVED that:',
        '(a) the charges be frozen for 2025/26;',
        '(b) the car park at Pell Street be closed; and',
        '(c) a review be held in the spring.',
        '',
        '(Councillor Rowntree asked that his vote against resolution (b) be recorded.)',
      ].join('\n'),
    );
    expect(votes).toMatchObject([{ outcome: 'carried', votedAgainst: ['Rowntree'], for: null, against: null, abstentions: null }]);
  });

  it('reads an abstention asked to be recorded under a one-line decision the same way', () => {
    const votes = findVotes(
      'RESOLVED that the lease of the pavilion be renewed for five years.\nCouncillor Okafor requested that her abstention be recorded.',
    );
    expect(votes).toMatchObject([{ outcome: 'carried', abstained: ['Okafor'], for: null, against: null }]);
  });

  it('is no second vote where the decision already has one', () => {
    const votes = findVotes(
      'RESOLVED that the report be noted. CARRIED 6 votes to 1.\n(Councillor Rowntree asked that his vote against be recorded.)',
    );
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ for: 6, against: 1, votedAgainst: ['Rowntree'] });
  });
});

describe("names in brackets after a side's count", () => {
  it('keeps "For 4, Against 1 (Councillor Moorhouse)" as who voted against', () => {
    const votes = findVotes('Members voted: For 4, Against 1 (Councillor Tansey).\nRESOLVED that the budget be approved.');
    expect(votes).toMatchObject([{ for: 4, against: 1, votedAgainst: ['Tansey'] }]);
  });

  it('keeps "7 for, 2 against (Cllrs Birch and Oakley)" and names no one where the count and the names differ', () => {
    const votes = findVotes('The motion was CARRIED, 7 for, 2 against (Cllrs Birch and Oakley).');
    expect(votes).toMatchObject([{ for: 7, against: 2, votedAgainst: ['Birch', 'Oakley'] }]);
    const other = findVotes('The motion was CARRIED, 7 for, 3 against (Cllrs Birch and Oakley).');
    expect(other[0]?.votedAgainst).toBeUndefined();
  });
});

describe("a member's own vote in brackets after a decision on its line", () => {
  it('is the vote, the member on the side said, and no words of the decision', () => {
    const abstained = 'RESOLVED: That the Pay Policy Statement be approved. (Councillor Quayle abstained.)';
    expect(findVotes(abstained)).toMatchObject([{ outcome: 'carried', abstained: ['Quayle'], for: null, against: null }]);
    expect(findDecisions(abstained)).toEqual(['That the Pay Policy Statement be approved.']);
    const against = 'RESOLVED that the car park charges be raised by 10p. (Cllrs Ormerod and Pyle voted against.)';
    expect(findVotes(against)).toMatchObject([{ outcome: 'carried', votedAgainst: ['Ormerod', 'Pyle'] }]);
    expect(findDecisions(against)).toEqual(['that the car park charges be raised by 10p.']);
  });

  it("keeps a bracket that says something else as the decision's words", () => {
    expect(findDecisions('RESOLVED that the grant be paid. (The Clerk to write to the club.)')).toEqual([
      'that the grant be paid. (The Clerk to write to the club.)',
    ]);
  });
});
