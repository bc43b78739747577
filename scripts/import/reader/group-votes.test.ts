/**
 * A vote taken by group, as a SACRE takes one ("Group A - in favour", "Committee B: against"): its lines are no part of the
 * decision under them, and they are found for the item's warning, as no vote holds a side per group.
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';
import { groupVoteLines } from './group-votes.ts';

const english = [
  'The adviser set out the school’s application for a determination.',
  '',
  'Votes by group:',
  'Group A - in favour',
  'Group B - against',
  'Group C - in favour',
  '',
  'The determination was GRANTED for five years from 1 September 2025.',
].join('\n');

const welsh = [
  'Each committee voted in turn:',
  'Committee A: for',
  'Committee B: abstained',
  'Committee C: for',
  'The request was REFUSED.',
].join('\n');

describe('a vote by group over the decision', () => {
  it('reads the decision alone, the group lines no part of it', () => {
    expect(findDecisions(english)).toEqual(['The determination was GRANTED for five years from 1 September 2025.']);
    expect(findDecisions(welsh)).toEqual(['The request was REFUSED.']);
  });

  it('finds the group lines as printed, for the warning', () => {
    expect(groupVoteLines(english)).toEqual(['Group A - in favour', 'Group B - against', 'Group C - in favour']);
    expect(groupVoteLines(welsh)).toEqual(['Committee A: for', 'Committee B: abstained', 'Committee C: for']);
  });

  it("reads every side word of the vote reader's one list (SIDE_WORDS), however a group's vote is worded", () => {
    const otherWords = [
      'Votes by group:',
      'Group A - agree',
      'Group B - opposed',
      'Group C: disagree',
      'Group D – dissented',
      'Committee E: abstains',
      'The variation to the syllabus was APPROVED.',
    ].join('\n');
    expect(groupVoteLines(otherWords)).toEqual([
      'Group A - agree',
      'Group B - opposed',
      'Group C: disagree',
      'Group D – dissented',
      'Committee E: abstains',
    ]);
    expect(findDecisions(otherWords)).toEqual(['The variation to the syllabus was APPROVED.']);
  });

  it('finds no group line in a sentence about a group', () => {
    expect(groupVoteLines('The Youth Group - for the second year running - asked for a grant.')).toEqual([]);
  });
});
