import { describe, expect, it } from 'vitest';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { autolinkBreaks } from './remark-autolink-breaks.ts';

function render(markdown: string, fix = true): string {
  const processor = remark().use(remarkGfm).use(remarkRehype).use(rehypeStringify);
  const tree = processor.parse(markdown);
  if (fix) autolinkBreaks(tree);
  return processor.stringify(processor.runSync(tree)).trim();
}

describe('remark-autolink-breaks', () => {
  it('gives the backslash back to the line break after an address', () => {
    expect(render('W: www.ofsted.gov.uk\\\nNext line', false)).toContain('%5C');
    const html = render('W: www.ofsted.gov.uk\\\nNext line');
    expect(html).toBe('<p>W: <a href="http://www.ofsted.gov.uk">www.ofsted.gov.uk</a><br>\nNext line</p>');
  });

  it('leaves other links alone', () => {
    expect(render('See www.example.org for more')).toBe('<p>See <a href="http://www.example.org">www.example.org</a> for more</p>');
  });
});
