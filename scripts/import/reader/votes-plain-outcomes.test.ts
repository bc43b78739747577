/**
 * Votes said plainly, as town and parish minutes print them: "the motion was put and carried" in lower case, mid-sentence
 * or opening one; movers then "unanimous" after a comma; and one line of labels, "Seconded: Cllr B  For: 4  Against: 1",
 * parted by spaces alone, whose seconder ends at the next label.
 */
import { describe, expect, it } from 'vitest';
import { findVotes, findVotesAndMotions } from './votes.ts';

describe('"put and carried" in lower case', () => {
  it('is a vote carried with no counts, in a sentence of its own or ending one, as "put and CARRIED" is', () => {
    const alone = 'Cllr Ferris moved that the hall hire charge rise to £18 an hour. The motion was put and carried.';
    expect(findVotes(alone)).toMatchObject([{ motion: 'motion', outcome: 'carried', unanimous: false, for: null, against: null }]);
    const within = 'Cllr Dunmore moved that the footpath survey go ahead and the motion was put and carried.';
    expect(findVotes(within)).toMatchObject([{ motion: 'motion', outcome: 'carried', for: null, against: null, abstentions: null }]);
  });

  it('reads "put to the vote and carried" and "put and lost" the same way, the outcome as written', () => {
    expect(findVotes('The amendment was put to the vote and carried.')).toMatchObject([{ motion: 'amendment', outcome: 'carried' }]);
    expect(findVotes('The proposal was then put and lost.')).toMatchObject([{ motion: 'proposal', outcome: 'lost' }]);
  });

  it('is no vote where "carried" is another verb\'s ("put and carried out", "put and carried forward")', () => {
    expect(findVotes('The notices were put up and carried out of the hall by the clerk.')).toEqual([]);
    expect(findVotes('The matter was put and carried forward to the next meeting.')).toEqual([]);
  });
});

describe('movers then "unanimous" after a comma', () => {
  it('is a vote carried unanimously, with its movers and no counts, as "Unanimous." after a stop is', () => {
    const comma = 'The revised grievance policy was approved, proposed Cllr Ormsby, seconded Cllr Tate, unanimous.';
    expect(findVotes(comma)).toMatchObject([
      { outcome: 'carried', unanimous: true, for: null, against: null, abstentions: null, movedBy: 'Ormsby', secondedBy: 'Tate' },
    ]);
    const wrapped = 'RESOLVED to buy two new benches. Proposed by Cllr Pike and seconded by Cllr\nLowe, unanimous.';
    expect(findVotes(wrapped)).toMatchObject([{ outcome: 'carried', unanimous: true, for: null, movedBy: 'Pike', secondedBy: 'Lowe' }]);
  });

  it("leaves no motion beside the vote: its movers are the vote's", () => {
    const read = findVotesAndMotions('RESOLVED to renew the lease. Proposed Cllr Ash, seconded Cllr Elm, unanimous.');
    expect(read.votes).toHaveLength(1);
    expect(read.motions).toEqual([]);
  });
});

describe('a line of labels parted by spaces', () => {
  it('ends the seconder at the side label after it, and reads the counts', () => {
    const spaced = 'RESOLVED to object to the application. Proposed: Cllr Rowe  Seconded: Cllr Tolland  For: 4  Against: 1';
    expect(findVotes(spaced)).toMatchObject([{ outcome: 'carried', movedBy: 'Rowe', secondedBy: 'Tolland', for: 4, against: 1 }]);
    const tabbed =
      'RESOLVED to support the application.\nProposed: Cllr Abbot\tSeconded: Cllr Nkemelu\tIn favour: 5\tAgainst: 0\tAbstentions: 2';
    expect(findVotes(tabbed)).toMatchObject([
      { outcome: 'carried', movedBy: 'Abbot', secondedBy: 'Nkemelu', for: 5, against: 0, abstentions: 2 },
    ]);
  });

  it("ends the mover at the seconder's label on the same line", () => {
    const read = findVotesAndMotions('RESOLVED to buy a new notice board. Proposed: Cllr Marsh  Seconded: Cllr Holt');
    expect(read.motions).toMatchObject([{ movedBy: 'Marsh', secondedBy: 'Holt' }]);
  });
});
