import { describe, expect, it } from 'vitest';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { plainExtras } from './remark-plain-extras.ts';

function render(markdown: string): string {
  const processor = remark().use(remarkGfm).use(remarkRehype).use(rehypeStringify);
  const tree = processor.parse(markdown);
  plainExtras(tree);
  return processor.stringify(processor.runSync(tree)).trim();
}

describe('remark-plain-extras', () => {
  it('turns images into their alt text', () => {
    expect(render('See ![the chart](https://tracker.example/p.png) here')).toBe('<p>See the chart here</p>');
    expect(render('![](https://tracker.example/p.png)\n\nNext')).toBe('<p>Next</p>');
  });

  it('keeps task-list marks as text, with no checkbox', () => {
    const html = render('- [x] done\n- [ ] open');
    expect(html).not.toContain('<input');
    expect(html).toContain('<li>[x] done</li>');
    expect(html).toContain('<li>[ ] open</li>');
  });

  it('keeps footnotes in place as bracketed text, with no ids', () => {
    const html = render('Text[^a].\n\n[^a]: The note.');
    expect(html).toBe('<p>Text[a].</p>\n<p>[a] The note.</p>');
  });
});
