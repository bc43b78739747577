/**
 * Votes said in other words than "For" and "Against": a written procedure's "Agree: 7  Disagree: 1", "In favour 5,
 * Opposed 2", a field labelled for the body that voted ("Panel vote: 2 in favour, 1 against") under a decision of more
 * than one sentence, and "Vote: Unanimous" over or under the decision it carried.
 */
import { describe, expect, it } from 'vitest';
import { findVotes } from './votes.ts';

describe('sides named "Agree", "Disagree" and "Opposed"', () => {
  it('reads "Agree: n  Disagree: n  Abstain: n (Councillor X)" over a labelled decision as the vote that carried it', () => {
    const text = [
      'The Treasurer asked members to approve a levy of £1.2m on the three councils.',
      '',
      'Agree: 6      Disagree: 1 (Councillor Pryde)      Abstain: 1 (Councillor Mowat)',
      '',
      'Decision: The Board approved the levy.',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([
      { outcome: 'carried', for: 6, against: 1, abstentions: 1, votedAgainst: ['Pryde'], abstained: ['Mowat'] },
    ]);
  });

  it('reads "In favour 5, Opposed 2" and "5 agree, 3 disagree" beside a decision, in capitals too', () => {
    expect(findVotes('RESOLVED that the allotment rents rise by £3 (In favour 5, Opposed 2).')).toMatchObject([
      { outcome: 'carried', for: 5, against: 2 },
    ]);
    expect(findVotes('RESOLVED that the bus shelter be moved (AGREE 4, DISAGREE 3).')).toMatchObject([
      { outcome: 'carried', for: 4, against: 3 },
    ]);
    expect(findVotes('RESOLVED that the bus shelter be moved (4 agree, 3 disagree, 1 abstention).')).toMatchObject([
      { outcome: 'carried', for: 4, against: 3, abstentions: 1 },
    ]);
  });

  it('reads no side from "agree" or "opposed" in prose', () => {
    expect(findVotes('Members agree 3 dates for the surgeries. RESOLVED that the dates be published.')).toEqual([]);
    expect(findVotes('The 2 opposed schemes were noted. RESOLVED that the report be noted.')).toEqual([]);
  });
});

describe('a vote field labelled for the body that voted, under a decision of more than one sentence', () => {
  it('reads "Panel vote: 2 in favour, 1 against (Cllr X)." as the vote that carried the labelled decision above', () => {
    const text = [
      'Decision: That the Order not be made. Officers to review the zone boundary and consult',
      'again in the autumn.',
      '',
      'Panel vote: 2 in favour, 1 against (Cllr Tarrant).',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([
      {
        outcome: 'carried',
        for: 2,
        against: 1,
        votedAgainst: ['Tarrant'],
        text: 'Decision: That the Order not be made. Officers to review the zone boundary and consult again in the autumn. Panel vote: 2 in favour, 1 against (Cllr Tarrant).',
      },
    ]);
  });

  it('reads "Committee vote: For 4, Against 3" under a decision with a second sentence so too', () => {
    const text = [
      'Decision: GRANTED subject to conditions. The hours of work to be agreed with officers.',
      'Committee vote: For 4, Against 3',
    ];
    expect(findVotes(text.join('\n'))).toMatchObject([{ outcome: 'carried', for: 4, against: 3 }]);
  });
});

describe('"Vote: Unanimous" as a field of its own', () => {
  it('reads it over the labelled decision it carried as a unanimous vote, counting no one', () => {
    const text = ['Officer Recommendation: Grant', '', 'Vote:     Unanimous', 'Decision: GRANTED subject to conditions.'].join('\n');
    expect(findVotes(text)).toMatchObject([{ outcome: 'carried', unanimous: true, for: null, against: null, abstentions: null }]);
  });

  it('reads "Voting: unanimous." under a decision so too, and nothing from "Vote: Unanimous" over no decision', () => {
    expect(findVotes('RESOLVED that the play area be fenced.\nVoting: unanimous.')).toMatchObject([
      { outcome: 'carried', unanimous: true, for: null },
    ]);
    expect(findVotes('Vote: Unanimous\n\nThe Chair thanked the officers.')).toEqual([]);
  });
});
