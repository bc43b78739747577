import { describe, expect, it } from 'vitest';
import { wordCase } from './heading-case.ts';

describe('a heading in capitals shown as words (wordCase)', () => {
  it('keeps an acronym in brackets that spells the words before it', () => {
    expect(wordCase('STANDING ADVISORY COUNCIL ON RELIGIOUS EDUCATION (SACRE)')).toBe(
      'Standing Advisory Council on Religious Education (SACRE)',
    );
    expect(wordCase('HEALTH OVERVIEW AND SCRUTINY COMMITTEE (HOSC)')).toBe('Health Overview and Scrutiny Committee (HOSC)');
  });

  it('cases a word in brackets that is no acronym, and leaves mixed case as printed', () => {
    expect(wordCase('COUNCILLOR RUTH ABBOTT (CHAIR)')).toBe('Councillor Ruth Abbott (Chair)');
    expect(wordCase('Joint Waste Board (jwb)')).toBe('Joint Waste Board (jwb)');
  });
});
