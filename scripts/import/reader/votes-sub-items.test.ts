/**
 * An item in lettered sub-items, each with a decision of its own ("(a) Housing Allocations Policy" over its movers and
 * its decision, "(b) Treasury Strategy" over a member's own vote and its decision): each sub-item's vote and movers are its own.
 */
import { describe, expect, it } from 'vitest';
import { findVotesAndMotions } from './votes.ts';

describe('votes in lettered sub-items', () => {
  it("gives a member's own vote asked under the second sub-item to that sub-item's decision, the first's movers to the first", () => {
    const text = [
      '(a) Housing Allocations Policy (Cabinet Minute 57)',
      '',
      'On the motion of Councillor Pennock, seconded by Councillor Ferrar, it was',
      '',
      'RESOLVED - That the revised Housing Allocations Policy be adopted.',
      '',
      '(b) Treasury Management Strategy (Cabinet Minute 59)',
      '',
      'Councillor Oduya asked that his vote against this item be recorded.',
      '',
      'RESOLVED - That the Treasury Management Strategy be approved.',
    ].join('\n');
    const { votes, motions } = findVotesAndMotions(text);
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ outcome: 'carried', votedAgainst: ['Oduya'] });
    expect(votes[0]?.movedBy).toBeUndefined();
    expect(votes[0]?.text).toContain('Treasury Management Strategy be approved');
    expect(votes[0]?.text).not.toContain('Housing Allocations');
    expect(motions).toMatchObject([{ movedBy: 'Pennock', secondedBy: 'Ferrar' }]);
  });

  it('does so with the sub-items lettered "i)" and "ii)", the request for an abstention', () => {
    const text = [
      'i) Fees and Charges 2025/26',
      '',
      'Proposed by Councillor Aske and seconded by Councillor Brindle, it was RESOLVED that the fees and charges be approved.',
      '',
      'ii) Car Parking Tariffs',
      '',
      'Councillors Cole and Dunmore asked that their abstentions be recorded.',
      '',
      'RESOLVED that the tariffs in Appendix B be approved.',
    ].join('\n');
    const { votes, motions } = findVotesAndMotions(text);
    expect(votes).toHaveLength(1);
    expect(votes[0]?.movedBy).toBeUndefined();
    expect(votes[0]?.text).toContain('tariffs in Appendix B');
    expect(votes[0]?.text).not.toContain('fees and charges');
    expect(motions).toMatchObject([{ movedBy: 'Aske', secondedBy: 'Brindle' }]);
  });
});
