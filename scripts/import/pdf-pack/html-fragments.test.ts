import { describe, expect, it } from 'vitest';
import { htmlToInline, htmlToMarkdown, htmlToPlain } from './html-fragments.ts';

describe('htmlToMarkdown', () => {
  it('turns checkboxes into [x] and [ ] and drops the form-field names', () => {
    const cell = 'Yes <input checked="" type="checkbox"/> CheckBox1 No <input type="checkbox"/> CheckBox2';
    expect(htmlToMarkdown(cell)).toBe('Yes [x] No [ ]');
  });

  it('turns paragraphs and bullet lists into Markdown blocks', () => {
    const cell = '<p>Documents:</p> <ul style="list-style-type: none"> • One – with a dash • Two</ul> <p>After.</p>';
    expect(htmlToMarkdown(cell)).toBe('Documents:\n\n- One – with a dash\n- Two\n\nAfter.');
  });

  it('splits on dashes when they are the only bullets, and on <li> tags', () => {
    expect(htmlToMarkdown('<ul> – Act 2014 – Care Act')).toBe('- Act 2014\n- Care Act');
    expect(htmlToMarkdown('<ul><li>a</li><li>b</li></ul>')).toBe('- a\n- b');
  });

  it('keeps emphasis, drops empty links and escapes what still looks like a tag', () => {
    expect(htmlToMarkdown('<i>EssexCares</i> and <b>bold</b> [guidance](#)')).toBe('*EssexCares* and **bold** guidance');
    expect(htmlToMarkdown('a <script>alert(1)</script> b')).toBe('a alert(1) b');
    expect(htmlToMarkdown('x &lt;script&gt;')).toBe('x \\<script>');
  });
});

describe('htmlToInline and htmlToPlain', () => {
  it('put a list on one line for a table cell or a field', () => {
    expect(htmlToInline('<ul><li>a</li><li>b</li></ul>')).toBe('• a • b');
    expect(htmlToPlain('<p>Report of <i>Essex Cares</i> , received</p>')).toBe('Report of Essex Cares, received');
  });
});
