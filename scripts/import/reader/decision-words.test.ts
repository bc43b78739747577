import { describe, expect, it } from 'vitest';
import { isResolutionStart } from '../resolution-markers.ts';
import { BLOCK_WORDS, DECIDING_WORDS, ENTRY_DECIDING_WORDS, NOTING_WORDS, OUTCOME_WORDS, oneOf, oneOfTitled } from './decision-words.ts';
import { OUTCOME_MARK, opensBlock } from './decision-markers.ts';

describe('decision words', () => {
  it('groups the words by what they mean, each wider list holding the narrower', () => {
    expect(DECIDING_WORDS).toEqual(['RESOLVED', 'AGREED', 'DECIDED', 'DETERMINED']);
    expect(ENTRY_DECIDING_WORDS).toEqual([...DECIDING_WORDS, 'APPROVED']);
    expect(BLOCK_WORDS).toEqual([...DECIDING_WORDS, 'APPROVED', 'ACCEPTED', 'HOMOLOGATED']);
    expect(OUTCOME_WORDS).toEqual([...BLOCK_WORDS, ...NOTING_WORDS]);
  });

  it('writes a list as one regex group, in capitals or title case', () => {
    expect(oneOf(DECIDING_WORDS)).toBe('(?:RESOLVED|AGREED|DECIDED|DETERMINED)');
    expect(oneOfTitled(DECIDING_WORDS)).toBe('(?:Resolved|Agreed|Decided|Determined)');
  });

  it('opens a decision block with every deciding and approving word, after the body or alone', () => {
    for (const word of BLOCK_WORDS) {
      expect(opensBlock(`${word} that the plan be adopted.`)).toBe(true);
      expect(opensBlock(`The Panel ${word} the revised budget.`)).toBe(true);
    }
    expect(opensBlock('The officers ASKED for the plan.')).toBe(false);
  });

  it('opens a list entry with the entry words, never with ACCEPTED', () => {
    for (const word of ENTRY_DECIDING_WORDS) expect(opensBlock(`(ii) Street lights: ${word} to replace two lamps.`)).toBe(true);
    expect(opensBlock('(ii) Street lights: ACCEPTED to replace two lamps.')).toBe(false);
  });

  it('marks an outcome with every outcome word, never a title word', () => {
    for (const word of OUTCOME_WORDS) expect(OUTCOME_MARK.test(`${word} the report`)).toBe(true);
    expect(OUTCOME_MARK.test('APPROVALS PANEL')).toBe(false);
  });

  it('starts a resolution with each deciding word, in capitals or as a title-case label', () => {
    for (const word of DECIDING_WORDS) {
      expect(isResolutionStart(`${word}: that the grant be paid`)).toBe(true);
      expect(isResolutionStart(`${word.slice(0, 1)}${word.slice(1).toLowerCase()}: that the grant be paid`)).toBe(true);
    }
    expect(isResolutionStart('APPROVED: that the grant be paid')).toBe(false);
  });
});
