/**
 * Votes said in words the other vote tests do not use: a vote field with no movers above it over a labelled decision
 * that wraps onto a second line, a member's "dissent" minuted as a vote against, and members "abstaining" in brackets
 * within the decision's own sentence.
 */
import { describe, expect, it } from 'vitest';
import { findVotes, findVotesAndMotions } from './votes.ts';

describe('a vote field over a labelled decision that wraps onto its next line', () => {
  it('reads the field whether or not movers are named above it', () => {
    const block = [
      'Officer Recommendation: Approve',
      '',
      'Vote:     For 7   Against 3   Abstain 0',
      'Decision: APPROVED subject to conditions and the completion of a legal agreement',
      '          securing the footpath link.',
    ];
    expect(findVotes(block.join('\n'))).toMatchObject([{ outcome: 'carried', for: 7, against: 3, abstentions: 0 }]);
    const moved = ['Proposed by Councillor Pike and seconded by Councillor Rudd.', '', ...block.slice(2)];
    expect(findVotes(moved.join('\n'))).toMatchObject([{ for: 7, against: 3, movedBy: 'Pike', secondedBy: 'Rudd' }]);
  });

  it('reads "Voting: 4 for, 2 against" over a resolution of two lines so too', () => {
    const text = ['Voting: 4 for, 2 against', 'Resolved: That the hedge be cut back by the', 'landowner before March.'].join('\n');
    expect(findVotes(text)).toMatchObject([{ outcome: 'carried', for: 4, against: 2 }]);
  });
});

describe('a member\'s "dissent" minuted as a vote against', () => {
  it('reads "Councillor X asked that his dissent be recorded." under a decision as a vote against it', () => {
    const text = [
      'It was proposed by Alderman Kerrigan, seconded by Councillor Doak and RESOLVED that the rate be struck at',
      '0.52 pence in the pound.',
      '',
      "Councillor O'Hare asked that his dissent be recorded.",
    ].join('\n');
    expect(findVotes(text)).toMatchObject([
      { outcome: 'carried', for: null, against: null, votedAgainst: ["O'Hare"], movedBy: 'Kerrigan', secondedBy: 'Doak' },
    ]);
  });

  it('reads "Councillors A and B requested that their dissent be minuted" and "Councillor X dissented." so too', () => {
    expect(findVotes('RESOLVED that the grant be paid. Councillors Lamb and Reid requested that their dissent be minuted.')).toMatchObject([
      { outcome: 'carried', votedAgainst: ['Lamb', 'Reid'] },
    ]);
    expect(findVotes('RESOLVED that the grant be paid.\n\nCouncillor Fyfe dissented.')).toMatchObject([
      { outcome: 'carried', votedAgainst: ['Fyfe'] },
    ]);
  });

  it("reads nothing from dissent said of no member's vote", () => {
    expect(findVotes('There was some dissent among residents about the parking scheme. RESOLVED that the report be noted.')).toEqual([]);
  });
});

describe('members "abstaining" in brackets within the decision\'s sentence', () => {
  it('reads "RESOLVED (Councillor X abstaining) that …" as that decision\'s vote, its counts not stated', () => {
    const text = [
      'It was proposed by Councillor Strand, seconded by Councillor Bower, and RESOLVED (Councillor Penrose',
      'abstaining) to RECOMMEND TO COUNCIL that the revised protocol be adopted.',
    ].join('\n');
    const { votes, motions } = findVotesAndMotions(text);
    expect(votes).toMatchObject([
      { outcome: 'carried', for: null, against: null, abstentions: null, abstained: ['Penrose'], movedBy: 'Strand', secondedBy: 'Bower' },
    ]);
    expect(motions).toEqual([]);
  });

  it('reads "(Councillors A and B abstaining)" after the decision\'s words so too', () => {
    expect(findVotes('RESOLVED that the tender be awarded to Fenlow Ltd (Councillors Garth and Miller abstaining).')).toMatchObject([
      { outcome: 'carried', abstentions: null, abstained: ['Garth', 'Miller'] },
    ]);
  });

  it('reads no vote from "abstaining" in a bracket of prose', () => {
    expect(findVotes('RESOLVED that the report be noted (members abstaining from the debate had declared interests).')).toEqual([]);
  });
});

describe("a decision's own verb in capitals, no vote's outcome", () => {
  it('records no vote for "be REJECTED" in what was decided, as for "be rejected" or "be refused"', () => {
    // Own words: a registration refused in capitals, then a waste permit application in another wording.
    const green = [
      'RESOLVED: That the application to register the land at Pell Meadow, Norbury, as a town green be REJECTED for the',
      'reasons set out in the report.',
    ].join('\n');
    const permit = 'The Committee AGREED that the application for the waste transfer station at Colley Lane should be REJECTED.';
    for (const text of [green, permit]) {
      expect(findVotesAndMotions(text).votes).toEqual([]);
      expect(findVotesAndMotions(text.replace('REJECTED', 'rejected')).votes).toEqual([]);
    }
    // A vote's outcome in capitals still reads, "declared to be" or alone.
    expect(findVotes('The amendment was put to the vote and declared to be LOST.')).toMatchObject([{ outcome: 'lost' }]);
    expect(findVotes('The motion was put to the vote and REJECTED.')).toMatchObject([{ outcome: 'lost' }]);
  });
});
