import { describe, expect, it } from 'vitest';
import { findVotes } from './votes.ts';

describe('a tally that goes on in lower case, after movers, under a decision or its lettered list', () => {
  it('reads "For 5, against 1 (Cllr …)" after shortened movers as the decision\'s vote, the member against named', () => {
    const text = [
      'RESOLVED that the allotment rents rise by 4%.',
      'Prop Cllr Lacey, sec Cllr Dunmore. For 5, against 1 (Cllr Quirke).',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([
      { outcome: 'carried', for: 5, against: 1, movedBy: 'Lacey', secondedBy: 'Dunmore', votedAgainst: ['Quirke'] },
    ]);
  });

  it('reads "For 6; abstentions 2" in lower case after the first label as the abstentions', () => {
    const text = 'RESOLVED to renew the grounds contract. Proposed Cllr Oduya, seconded Cllr Fenn. For 6; abstentions 2.';
    expect(findVotes(text)).toMatchObject([{ for: 6, abstentions: 2, movedBy: 'Oduya', secondedBy: 'Fenn' }]);
  });

  it('takes the vote after a lettered list back to the decision that leads into it', () => {
    const text = [
      'The Committee weighed the draft budget. After discussion it was',
      'RECOMMENDED to Full Council that:',
      'a) the budget be set at £98,200;',
      'b) the precept be set at £71,400; and',
      'c) £3,000 be put to the play area reserve.',
      'Prop Cllr Lacey, sec Cllr Dunmore. For 4, against 2 (Cllrs Quirke and Vane).',
    ].join('\n');
    expect(findVotes(text)).toMatchObject([{ for: 4, against: 2, movedBy: 'Lacey', votedAgainst: ['Quirke', 'Vane'] }]);
    const resolved = [
      'RESOLVED that:',
      '(i) the hall be repainted;',
      '(ii) the quote of £2,100 be accepted.',
      'Proposed Cllr Fenn, seconded Cllr Oduya. 6 for, 1 against.',
    ].join('\n');
    expect(findVotes(resolved)).toMatchObject([{ for: 6, against: 1, movedBy: 'Fenn', secondedBy: 'Oduya' }]);
  });

  it('never reads "against" in prose as a side', () => {
    expect(findVotes('RESOLVED to note the report. The Clerk had 3 quotes, against 2 last year.')).toEqual([]);
  });
});
