import { describe, expect, it } from 'vitest';
import { readMeeting } from './meeting.ts';
import { findVotes } from './votes.ts';

/** Minutes of a planning committee with one item, its lines as given. */
function minutes(item: string[]): string[] {
  return [
    'GLENARDAN COUNCIL',
    'PLANNING COMMITTEE',
    'Tuesday 4 March 2025 at 10.00 am, Council Offices, Glenardan',
    '',
    'Present: Councillors Ailsa Baird (Convener), Rory Cant, Hamish Dow and Iona Fyfe',
    '',
    '1. Apologies',
    '',
    'There were none.',
    '',
    '2. Wind Farm at Corrie Hill',
    '',
    ...item,
  ];
}

const warningsOf = (lines: string[]) => readMeeting(lines, {}, lines.join('\n')).warnings ?? [];

describe('a casting vote', () => {
  it("is warned once, kept in the vote's text, when a division ties", () => {
    const warnings = warningsOf(
      minutes([
        'On a division, 2 members voted for the motion and 2 members voted for the amendment. The Convener used her casting vote in favour of the motion.',
        '',
        'Decision: The Committee agreed to grant planning permission.',
      ]),
    );
    expect(warnings.filter((warning) => /casting vote/.test(warning))).toEqual([expect.stringMatching(/^Item 2: .*casting vote/)]);
  });

  it('is warned when the chair casts it on a recommendation, in other words', () => {
    const warnings = warningsOf(
      minutes(['The recommendation was put to the vote. The Chair exercised a casting vote against the recommendation and it was LOST.']),
    );
    expect(warnings).toContainEqual(expect.stringMatching(/^Item 2: .*casting vote/));
  });
});

describe('a tie a casting vote settles in the sentence after it', () => {
  const read = (text: string) =>
    findVotes(text).map(({ outcome, for: votesFor, against, text: said }) => ({ outcome, for: votesFor, against, said }));

  it('reads the tied counts of "3 voted for and 3 against." with the casting vote and outcome said after, the vote\'s text keeping both', () => {
    const text =
      'Councillor Penhallow asked that the shortfall be met from reserves. Councillor Tresize seconded. On being put to the vote, 3 voted for and 3 against. The Chair gave a casting vote against, and the proposal fell.';
    expect(read(text)).toEqual([
      {
        outcome: 'lost',
        for: 3,
        against: 3,
        said: 'On being put to the vote, 3 voted for and 3 against. The Chair gave a casting vote against, and the proposal fell.',
      },
    ]);
  });

  it('reads "(4 for, 4 against)" before "The Chairman used his casting vote in favour and the motion was CARRIED."', () => {
    const text =
      'The motion was put to the vote (4 for, 4 against). The Chairman used his casting vote in favour and the motion was CARRIED.';
    expect(read(text)).toMatchObject([{ outcome: 'carried', for: 4, against: 4 }]);
  });
});
