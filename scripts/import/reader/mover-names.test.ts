import { describe, expect, it } from 'vitest';
import { WAY_WORDS } from './mover-names.ts';

describe('WAY_WORDS', () => {
  it('holds a word of every way a mover or seconder is named, so no sentence a way reads is passed over', () => {
    for (const [ways, words] of WAY_WORDS) {
      for (const way of ways) {
        // "[Mm]oved" is "Moved" to the test of words.
        for (const pattern of [way.name, way.post]) expect(words.test(pattern.source.replace(/\[(\p{L})\p{L}\]/gu, '$1'))).toBe(true);
      }
    }
  });
});
