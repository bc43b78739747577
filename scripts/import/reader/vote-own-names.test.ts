import { describe, expect, it } from 'vitest';
import { findVoteNames } from './vote-names.ts';
import { recordsOwnVote } from './vote-own-names.ts';

describe('names in a recorded vote', () => {
  it("reads members' own minuted votes, on the side each voted", () => {
    expect(findVoteNames('Councillor Green asked that her vote against the motion be recorded.')).toEqual({
      votedAgainst: { names: ['Green'], count: null },
    });
    expect(findVoteNames('Councillors Ash and Elm requested that their abstentions be recorded.')).toEqual({
      abstained: { names: ['Ash', 'Elm'], count: null },
    });
    expect(findVoteNames('Councillor J Smith asked for his vote in favour of the amendment to be recorded.')).toEqual({
      votedFor: { names: ['J Smith'], count: null },
    });
    expect(recordsOwnVote('Councillor Green asked that the report be recorded.')).toBe(false);
  });
});
