import { describe, expect, it } from 'vitest';
import { findResolutions } from '../resolutions.ts';
import { tailsLeftOut } from './points-left.ts';

const tails = (lines: string[]) => {
  const text = lines.join('\n');
  return tailsLeftOut(text, findResolutions(text));
};

describe("a resolution's words cut off from it by a blank line", () => {
  it('names the line that carries on a point cut mid-sentence (lower case under a word that runs on)', () => {
    expect(
      tails([
        'RESOLVED:',
        '1. That the hall hire charges be frozen.',
        '2. That the loan of £9,000 be approved, repayable over five years with',
        '',
        'interest at the Public Works Loan Board rate.',
      ]),
    ).toEqual(['interest at the Public Works Loan Board rate.']);
  });

  it('names it under a small word whatever its first letter', () => {
    expect(
      tails(['RESOLVED that the Clerk write on behalf of the Council to the Chair of', '', 'Westfield Residents’ Association.']),
    ).toEqual(['Westfield Residents’ Association.']);
  });

  it('names nothing after a resolution that ends whole, nor under a line that goes on as the list does', () => {
    expect(tails(['RESOLVED: That the report be noted.', '', 'The Chair thanked the officers.'])).toEqual([]);
    expect(tails(['RESOLVED: That the report be noted', '', 'The Chair thanked the officers.'])).toEqual([]);
  });
});
