import { describe, expect, it } from 'vitest';
import { remark } from 'remark';
import { rehype } from 'rehype';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'hast';
import { addGovukClasses } from './rehype-govuk-classes.ts';

function render(markdown: string): string {
  const processor = remark().use(remarkRehype).use(rehypeStringify);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  addGovukClasses(tree);
  return processor.stringify(tree).trim();
}

describe('rehype-govuk-classes', () => {
  it('gives paragraphs, links and lists their GOV.UK classes', () => {
    expect(render('Text [a](/x/)')).toBe('<p class="govuk-body">Text <a href="/x/" class="govuk-link">a</a></p>');
    expect(render('- one')).toContain('<ul class="govuk-list govuk-list--bullet">');
    expect(render('1. one')).toContain('<ol class="govuk-list govuk-list--number">');
  });

  it('unwraps a link that has lost its address', () => {
    const processor = rehype();
    const tree: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'a', properties: {}, children: [{ type: 'text', value: 'bad' }] }],
    };
    addGovukClasses(tree);
    expect(processor.stringify(tree)).toBe('bad');
  });
});
