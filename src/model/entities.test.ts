import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities.ts';

describe('decodeEntities', () => {
  it('decodes named and numeric references', () => {
    expect(decodeEntities('A &amp; B &ndash; &#8217;s &#x2014; &pound;5&nbsp;m')).toBe('A & B – ’s — £5\u00a0m');
  });

  it('gives U+FFFD, never an exception, for numbers that are no character', () => {
    for (const bad of ['&#99999999;', '&#0;', '&#xD800;', '&#x110000;', `&#${'9'.repeat(400)};`]) {
      expect(() => decodeEntities(bad)).not.toThrow();
      expect(decodeEntities(bad)).toBe('\ufffd');
    }
  });

  it('leaves unknown names as written', () => {
    expect(decodeEntities('&zzqq; & x')).toBe('&zzqq; & x');
  });
});
