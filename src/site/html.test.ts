import { describe, expect, it } from 'vitest';
import { shiftHeadings } from './html.ts';

describe('shiftHeadings', () => {
  it('moves h1 to the given level and keeps the rest in order, at most h6', () => {
    const html = '<h1 id="a">Purpose</h1><p>x</p><h2>Detail</h2><h5>Deep</h5>';
    expect(shiftHeadings(html, 3)).toBe('<h3 id="a">Purpose</h3><p>x</p><h4>Detail</h4><h6>Deep</h6>');
  });

  it('leaves other tags that start with h alone', () => {
    expect(shiftHeadings('<hr><header>x</header><h1>T</h1>', 2)).toBe('<hr><header>x</header><h2>T</h2>');
  });
});
