import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, opensDroppedElement } from './html-to-text.ts';

describe('html-to-text', () => {
  it('keeps the words of known elements, with paragraph breaks for blocks', () => {
    expect(htmlToText('<p>Hello <b>there</b></p><p>Again</p>').trim()).toBe('Hello there\n\n\n\nAgain');
    expect(htmlToText('<ul><li>One</li><li>Two</li></ul>').split(/\n+/).filter(Boolean)).toEqual(['One', 'Two']);
  });

  it('drops scripts, styles and form controls with their content', () => {
    expect(htmlToText('<script>alert(1)</script>')).toBe('');
    expect(htmlToText('<style>p{}</style><input type="checkbox" checked>')).toBe('');
    expect(htmlToText('<SCRIPT src="x">never closed')).toBe('');
    expect(htmlToText('a<!-- secret -->b')).toBe('ab');
  });

  it('keeps things that only look like tags, and attributes with ">" inside', () => {
    expect(htmlToText('<Name>')).toBe('<Name>');
    expect(htmlToText('<a title="x>y" href="javascript:alert(1)">link</a>')).toBe('link');
  });

  it('decodes common character references only', () => {
    expect(decodeEntities('&amp; &lt;b&gt; &#8217; &#x2019; &unknown; &#0;')).toBe('& <b> ’ ’ &unknown; \ufffd');
  });

  it('spots an inline opening tag whose content must go', () => {
    expect(opensDroppedElement('<script type="text/javascript">')).toBe('script');
    expect(opensDroppedElement('<b>')).toBeNull();
  });
});
