/**
 * A mover or seconder with the post they hold in brackets after their name, before the verb: "Councillor Khan (Leader)
 * moved", "Councillor Lacey (Deputy Leader) seconded".
 */
import { describe, expect, it } from 'vitest';
import { findVotes } from './votes.ts';

const movers = (text: string) => findVotes(text).map((vote) => [vote.movedBy ?? null, vote.secondedBy ?? null]);

describe('a post in brackets after the name', () => {
  it('reads the mover and the seconder through it', () => {
    expect(
      movers(
        'Councillor Odell (Leader) moved and Councillor Pryor seconded the recommendations of the Cabinet. The recommendations were CARRIED.',
      ),
    ).toEqual([['Odell', 'Pryor']]);
    expect(
      movers(
        'Councillor Quarmby moved the report. Councillor Rigg (Cabinet Member for Finance) seconded. On being put to the vote the motion was CARRIED.',
      ),
    ).toEqual([['Quarmby', 'Rigg']]);
  });
});
