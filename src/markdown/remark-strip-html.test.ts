import { describe, expect, it } from 'vitest';
import { stripHtml } from './remark-strip-html.ts';
import { htmlAfter } from './test-helpers.test-data.ts';

const render = (markdown: string) => htmlAfter(markdown, stripHtml);

describe('remark-strip-html', () => {
  it('turns block HTML into paragraphs of its words', () => {
    expect(render('<p>Para one</p>\n<p>Para two</p>')).toBe('<p>Para one</p>\n<p>Para two</p>');
    expect(render('<div>\n\n**bold**\n\n</div>')).toBe('<p><strong>bold</strong></p>');
  });

  it('drops inline tags, keeps their words, and drops inline script content', () => {
    expect(render('Hello <b>there</b> <script>alert(1)</script> friend')).toBe('<p>Hello there  friend</p>');
    expect(render('a <input type="checkbox" checked> b')).toBe('<p>a  b</p>');
  });

  it('leaves no html nodes and no raw tags', () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<iframe src="https://evil.example"></iframe>');
    expect(html).not.toMatch(/<(script|img|iframe)/);
    expect(html).not.toContain('alert');
  });

  it('keeps a tag-like word as visible text', () => {
    expect(render('Reply to <Chairman> please')).toBe('<p>Reply to &#x3C;Chairman> please</p>');
  });
});
