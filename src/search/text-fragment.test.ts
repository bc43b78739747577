import { describe, expect, it } from 'vitest';
import { withTextFragment } from './text-fragment.ts';

describe('withTextFragment', () => {
  it('puts one text directive per term after the item anchor', () => {
    expect(withTextFragment('/scrutiny/meetings/a/#item-49', ['Signs of Safety', 'x'])).toBe(
      '/scrutiny/meetings/a/#item-49:~:text=Signs%20of%20Safety&text=x',
    );
  });

  it('works without an anchor, and escapes the directive syntax', () => {
    expect(withTextFragment('/reports/a/', ['Task & Finish, part-time'])).toBe('/reports/a/#:~:text=Task%20%26%20Finish%2C%20part%2Dtime');
  });

  it('leaves the address alone when no term has a letter or digit', () => {
    expect(withTextFragment('/a/#b', ['  ', '-'])).toBe('/a/#b');
  });

  it('keeps few, short, distinct terms', () => {
    const url = withTextFragment('/a/', ['one', 'one', 'two', 'three', 'four', 'five', 'six']);
    expect(url.match(/text=/g)).toHaveLength(5);
  });
});
