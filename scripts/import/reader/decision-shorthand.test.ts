/**
 * A decision's second part in the clerk's shorthand, printed on the line after it: "Clause 4 of the hire agreement to be
 * amended …" has no marker of its own, yet was decided with the decision above it.
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('a shorthand decision under a decision', () => {
  it('is kept with the decision it follows', () => {
    const text = [
      'Proposed: Cllr Marsh',
      'Seconded: Cllr Pettit',
      'Resolved to set the hall hire charges above from 1st April 2026, with the community rate unchanged.',
      'Clause 4 of the hire agreement (deposits) to be amended to require a deposit of £50 for evening',
      'bookings.',
    ].join('\n');
    expect(findDecisions(text)).toEqual([
      'to set the hall hire charges above from 1st April 2026, with the community rate unchanged. Clause 4 of the hire agreement (deposits) to be amended to require a deposit of £50 for evening bookings.',
    ]);
  });

  it('is kept so in another wording, and a sentence of report after a decision is not', () => {
    const kept = ['It was agreed that the cemetery fees rise by 3%.', 'The table of memorial charges to be updated on the website.'].join(
      '\n',
    );
    expect(findDecisions(kept)).toEqual([
      'It was agreed that the cemetery fees rise by 3%. The table of memorial charges to be updated on the website.',
    ]);
    const report = ['It was agreed that the cemetery fees rise by 3%.', 'The Clerk reported that the wall is to be repaired in May.'].join(
      '\n',
    );
    expect(findDecisions(report)).toEqual(['It was agreed that the cemetery fees rise by 3%.']);
  });
});
