import { describe, expect, it } from 'vitest';
import { voteNameWarnings } from './vote-checks.ts';

describe("a recorded vote's names checked against its counts and posts", () => {
  it('warns when a side names more or fewer members than its count', () => {
    const vote = {
      for: 5,
      against: 2,
      abstentions: 0,
      votedFor: ['Ash', 'Elm', 'Fir', 'Oak'],
      votedAgainst: ['Yew', 'Bay'],
      text: 'FOR (5) …',
    };
    expect(voteNameWarnings('C.12/24', [vote])).toEqual([
      'item C.12/24: a recorded vote counts 5 for but names 4 (Ash, Elm, Fir, Oak): both are kept as printed; check the record',
    ]);
    const against = { for: 1, against: 3, abstentions: null, votedFor: ['Ash'], votedAgainst: ['Yew', 'Bay'], text: 'For (1) …' };
    expect(voteNameWarnings(7, [against])).toEqual([
      'item 7: a recorded vote counts 3 against but names 2 (Yew, Bay): both are kept as printed; check the record',
    ]);
  });

  it('warns of a post named on a side that the attendance gives no holder for, kept as printed', () => {
    const vote = { for: 3, against: 1, abstentions: null, votedFor: ['Ash', 'Elm', 'The Mayor'], votedAgainst: ['Oak'], text: 'For (3) …' };
    expect(voteNameWarnings('4', [vote])).toEqual([
      'item 4: a recorded vote names "The Mayor" for, and the attendance says no one held the post: kept as printed; add who held it by hand',
    ]);
    const deputy = { for: 1, against: 1, abstentions: null, votedFor: ['Ash'], votedAgainst: ['The Deputy Chair'], text: 'For (1) …' };
    expect(voteNameWarnings(null, [deputy])[0]).toContain('"The Deputy Chair" against');
  });

  it('says nothing of a vote whose names fit its counts, or of a side counted and named by no one', () => {
    const vote = { for: 2, against: 4, abstentions: 0, votedFor: ['Ash', 'Elm'], text: '…' };
    expect(voteNameWarnings(1, [vote])).toEqual([]);
  });
});
