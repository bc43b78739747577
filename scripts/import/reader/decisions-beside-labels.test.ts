/**
 * "Resolved that …" opening a paragraph beside labelled decisions ("Decision: …"): a town or company committee's
 * minutes print the exclusion of the public so above the item it excludes them from. Both are decisions.
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('a "Resolved that" paragraph beside labelled decisions', () => {
  it('is a decision of its own, in the order printed', () => {
    const text = [
      'Resolved that under Section 100A(4) of the Local Government Act 1972 the public be excluded',
      'for the following item as it involves exempt information under paragraph 3.',
      '',
      'Ms Quill presented the quarterly accounts of Ferrybridge Parking Ltd.',
      '',
      'Decision: The Committee noted the accounts.',
    ].join('\n');
    expect(findDecisions(text)).toEqual([
      'that under Section 100A(4) of the Local Government Act 1972 the public be excluded for the following item as it involves exempt information under paragraph 3.',
      'The Committee noted the accounts.',
    ]);
  });

  it('is so when worded "Resolved to", after the labelled decision', () => {
    const text = [
      'Decision: The Board approved the dividend of £40,000 to the Council.',
      '',
      'Resolved to exclude the press and public for the remaining item of business.',
    ].join('\n');
    expect(findDecisions(text)).toEqual([
      'The Board approved the dividend of £40,000 to the Council.',
      'to exclude the press and public for the remaining item of business.',
    ]);
  });
});
