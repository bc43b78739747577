/**
 * "On a motion from Councillor A, seconded by Councillor B it was RESOLVED …", "On a motion by …", "On the motion of …":
 * who moved the decision, said before it; the mover is the vote's, and the lead-in is no part of what was resolved.
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';
import { findVotes } from './votes.ts';

const movers = (text: string) => findVotes(text).map(({ movedBy, secondedBy }) => [movedBy ?? null, secondedBy ?? null]);

describe('a motion named before the decision it carried', () => {
  const fromForm =
    'On a motion from Councillor Nell Farthing, seconded by Councillor Osric Dane it was RESOLVED that the footpath Order be made.\n\n(Voting: 5 in favour, 2 against)';
  const byForm =
    'On a motion by Cllr Priya Hallam, seconded by Cllr Tobias Weir, the Sub-Committee RESOLVED to refuse the licence variation.\n\n(Voting: 3 in favour, 1 abstention)';

  it('reads the mover of "On a motion from …" and "On a motion by …", beside the seconder', () => {
    expect(movers(fromForm)).toEqual([['Nell Farthing', 'Osric Dane']]);
    expect(movers(byForm)).toEqual([['Priya Hallam', 'Tobias Weir']]);
  });

  it('leaves the lead-in out of the resolution, as "On the motion of …" is left out', () => {
    expect(findDecisions(fromForm)).toEqual(['that the footpath Order be made.']);
    expect(findDecisions(byForm)).toEqual(['to refuse the licence variation.']);
  });

  it('leaves the lead-in out when "that" has a comma after it ("it was RESOLVED that, for the reasons given, …")', () => {
    const text =
      'On the motion of Councillor Wren Lacey, seconded by Councillor Amos Tully, it was RESOLVED that, for the reasons in the report, the claim be refused.';
    expect(findDecisions(text)).toEqual(['that, for the reasons in the report, the claim be refused.']);
  });

  it('never reads "on a motion" that names no mover ("On a motion to adjourn, …") as a mover', () => {
    const text = 'On a motion to adjourn, the Committee RESOLVED to meet again on 4 June.\n\n(Voting: 6 in favour, 1 against)';
    expect(movers(text)).toEqual([[null, null]]);
  });
});
