import { describe, expect, it } from 'vitest';
import { MOVED, nameIn, SECONDED, WAY_WORDS } from './mover-names.ts';

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

describe('a mover "nominated" for a post, and a post named with its holder', () => {
  it('reads "nominated by" as moved by, as an election minutes a candidate\'s proposer', () => {
    expect(nameIn('Cllr Brough was nominated by Cllr Dace, seconded by Cllr Lyle.', MOVED)).toBe('Dace');
    expect(nameIn('Councillor Quirke was nominated by Councillor Ansell and seconded by Councillor Poole.', MOVED)).toBe('Ansell');
    expect(nameIn('Cllr Brough was nominated by Cllr Dace, seconded by Cllr Lyle.', SECONDED)).toBe('Lyle');
  });

  it('takes the member a post names in brackets or between commas after it, never the post alone', () => {
    const sentence = 'It was moved by the Mayor, seconded by the Leader of the Council (Councillor Rowntree) and supported by …';
    expect(nameIn(sentence, SECONDED)).toBe('Rowntree');
    expect(nameIn(sentence, MOVED)).toBe('The Mayor');
    expect(nameIn('Proposed by the Deputy Mayor (Cllr Jane Okafor), seconded by Cllr Platt.', MOVED)).toBe('Jane Okafor');
    expect(nameIn('Moved by the Cabinet Member for Housing, Councillor Deane, and seconded by Cllr Platt.', MOVED)).toBe('Deane');
  });
});
