import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('an outcome alone after the proposal it carried', () => {
  it('takes what was proposed as the decision when a member "proposed and … seconded that …"', () => {
    const minutes = [
      'With the Chairman away, Cllr Hobbs proposed and Cllr Lyle seconded that Cllr Madge',
      'take the chair for this meeting. Agreed unanimously.',
    ].join('\n');
    expect(findDecisions(minutes)).toEqual(['that Cllr Madge take the chair for this meeting.']);
  });

  it('takes it so when the proposal is moved by name, the outcome on the next line', () => {
    const minutes = ['It was moved by Cllr Ince and seconded by Cllr Rowe that the hedge be cut back in March.', 'Agreed.'].join('\n');
    expect(findDecisions(minutes)).toEqual(['that the hedge be cut back in March.']);
  });

  it('keeps an outcome after a sentence that proposes nothing as it stands', () => {
    expect(findDecisions('The Clerk read the letter from the school. Agreed unanimously.')).toEqual(['Agreed unanimously.']);
  });
});
