/**
 * A vote counted by group reads the same whatever was imported before it in the process. Node's regular expression
 * compiler, once it has read some records (here a panel's minutes with an attendance code column), matches the later
 * branches of a `(?i:a|b)` group in their own case only, so "County Councillors - 1 for" lost its label and the group's
 * vote was read as the first group's counts alone. The record is read first here, then the votes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../import-sources.ts';
import { findVotes, findVotesAndMotions } from './votes.ts';
import { PARTNER_AUTHORITIES } from '../recommendations/addressed.ts';

const BEFORE = join(import.meta.dirname, '../fixtures/attendance-code-column/input.txt');

describe('a vote counted by group after another record was read', () => {
  parseSource(readFileSync(BEFORE, 'utf8'), 'before.txt', {});

  it.each([
    [
      ['City Councillors - 1 for, 3 against', 'County Councillors - 1 for, 2 against'],
      'City Councillors - 1 for, 3 against County Councillors - 1 for, 2 against',
    ],
    [
      ['Borough Members: 2 for, 3 against', 'PARISH REPRESENTATIVES: 0 for, 2 against'],
      'Borough Members: 2 for, 3 against PARISH REPRESENTATIVES: 0 for, 2 against',
    ],
  ])('reads the groups one a line, labels in any case, as it does alone: %j', (lines, text) => {
    const { votes } = findVotesAndMotions([...lines, '', 'RECOMMENDED: That the Board objects.'].join('\n'));
    expect(votes.map(({ for: votesFor, against, outcome, text: said }) => ({ votesFor, against, outcome, said }))).toEqual([
      { votesFor: 2, against: 5, outcome: 'lost', said: text },
    ]);
  });

  it('reads a count in words of any case after its label', () => {
    const counts = (text: string) => findVotes(text).map((vote) => [vote.for, vote.against]);
    expect(counts('The amendment was put to the vote and LOST (For: Three, Against: Seven).')).toEqual([[3, 7]]);
    expect(counts('The motion was CARRIED (For: TWELVE, Against: Nil).')).toEqual([[12, 0]]);
  });

  it("reads the partner authorities' words in any case", () => {
    const partners = new RegExp(`^${PARTNER_AUTHORITIES}$`, 'u');
    expect(['Constituent Councils', 'each of the Local Authorities'].filter((words) => partners.test(words))).toHaveLength(2);
  });
});
