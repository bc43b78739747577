/**
 * A pattern that reads a word in its own case inside words of any case reads the same whatever was imported before it
 * in the process. Node's regular expression compiler, once it has read some records (here a panel's minutes with an
 * attendance code column), matches the later branches of a `(?-i:a|b)` group in an `i`-flagged pattern in any case, as
 * it matches a `(?i:a|b)` group's in their own case only (vote-group-counts-order.test.ts): "Councillor Fell" became a
 * motion that fell. The record is read first here, then the sentences.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../import-sources.ts';
import { isClerkDecision, NOT_AS_PUT } from './decision-clerk-forms.ts';

const BEFORE = join(import.meta.dirname, '../fixtures/attendance-code-column/input.txt');

describe('words kept in their own case after another record was read', () => {
  parseSource(readFileSync(BEFORE, 'utf8'), 'before.txt', {});

  it('reads "fell" in lower case or capitals as a motion that fell, never a member named Fell', () => {
    const fell = [
      'The motion fell.',
      'THE AMENDMENT FELL',
      'Councillor Fell seconded the proposal',
      'The proposal from Cllr Fell was carried',
    ];
    expect(fell.map((sentence) => NOT_AS_PUT.test(sentence))).toEqual([true, true, false, false]);
  });

  it('reads an election to a civic post by the post as printed, the first letter a capital', () => {
    const elected = [
      'Councillor Ash was elected Chair',
      'Councillor Ash was elected Vice-Chair',
      'was elected CHAIR',
      'she was elected chair of the society',
    ];
    expect(elected.map((sentence) => isClerkDecision(sentence))).toEqual([true, true, false, false]);
  });
});
