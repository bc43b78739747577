import { describe, expect, it } from 'vitest';
import { isUnderline, isUnderlined } from './underline.ts';

describe('underline', () => {
  it('reads a row of dashes or equals signs about as long as the line above as its underline', () => {
    const lines = ['STAFFING', '--------', '', 'TOWN COUNCIL', '=============', 'Text', '', '---'];
    expect(isUnderlined(lines, 0)).toBe(true);
    expect(isUnderline(lines, 1)).toBe(true);
    expect(isUnderlined(lines, 3)).toBe(true);
    // A rule under a blank line underlines nothing.
    expect(isUnderline(lines, 7)).toBe(false);
  });
  it('never reads a rule far longer or shorter than the line above, nor a line of words, as an underline', () => {
    const lines = ['Date', '-'.repeat(40), 'The Committee noted the report of the Director of Finance.', '-----', 'NOTED', 'not a rule'];
    expect(isUnderline(lines, 1)).toBe(false);
    expect(isUnderline(lines, 3)).toBe(false);
    expect(isUnderline(lines, 5)).toBe(false);
  });
});
