import { describe, expect, it } from 'vitest';
import { rememberedByKey } from './remembered.ts';

describe('rememberedByKey', () => {
  it('works a value out once per key and gives the same value after', () => {
    const asked: string[] = [];
    const length = rememberedByKey((key) => {
      asked.push(key);
      return key.length;
    });
    expect([length('abc'), length('de'), length('abc'), length('de')]).toEqual([3, 2, 3, 2]);
    expect(asked).toEqual(['abc', 'de']);
  });
});
