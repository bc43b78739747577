import { describe, expect, it } from 'vitest';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Element, Root } from 'hast';
import { EMPTY_LINK_CONTEXT } from './link-context.ts';
import { renderMarkdown } from './render.ts';
import { tableLabel, wrapTables } from './rehype-table-wrap.ts';

/** Made-up tables, as a parish council's minutes might hold them. */
const ACTIONS = ['| Action | Owner | Due |', '| --- | --- | --- |', '| Paint the bus shelter | Clerk | June |'].join('\n');
const WIDE = [
  '| Fund | 2024 | 2025 | 2026 | 2027 | 2028 | 2029 |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  '| Verges | 1 | 2 | 3 | 4 | 5 | 6 |',
].join('\n');
const NO_HEADINGS = ['|  |  |', '| --- | --- |', '| Pond | Railings |'].join('\n');

function wrapped(markdown: string): string {
  const processor = remark().use(remarkGfm).use(remarkRehype).use(rehypeStringify);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  wrapTables(tree);
  return processor.stringify(tree);
}

describe('rehype-table-wrap', () => {
  it('puts each table in a focusable region named by its column headings', () => {
    const html = wrapped(`${ACTIONS}\n\nBetween the tables.\n\n${WIDE}`);
    expect(html.match(/<div class="app-table-wrap" role="region" aria-label="[^"]+" tabindex="0"><table>/g)).toHaveLength(2);
    expect(html).toContain('aria-label="Table with columns Action, Owner, Due"');
    // Many columns: the first four are named, the rest counted, so the name stays short to hear.
    expect(html).toContain('aria-label="Table with columns Fund, 2024, 2025, 2026 and 3 more"');
    expect(html.match(/<\/table><\/div>/g)).toHaveLength(2);
  });

  it('names a table by its caption when it has one, and by its place in the text when it has neither caption nor headings', () => {
    const table = (children: Element['children']): Element => ({ type: 'element', tagName: 'table', properties: {}, children });
    const caption: Element = {
      type: 'element',
      tagName: 'caption',
      properties: {},
      children: [{ type: 'text', value: ' Grants  agreed ' }],
    };
    expect(tableLabel(table([caption]), 1)).toBe('Grants agreed');
    expect(wrapped(`${ACTIONS}\n\n${NO_HEADINGS}`)).toContain('aria-label="Table 2 of this text"');
  });

  it('is on a rendered record table, after the sanitiser, with GOV.UK classes on the table', () => {
    const html = renderMarkdown(ACTIONS, EMPTY_LINK_CONTEXT);
    expect(html).toMatch(
      /^<div class="app-table-wrap" role="region" aria-label="Table with columns Action, Owner, Due" tabindex="0"><table class="govuk-table">/,
    );
  });

  it('a record cannot make a region of its own: raw HTML stays words, and the only region is the wrapper', () => {
    const html = renderMarkdown(`<div role="region" tabindex="0" aria-label="x">Hi</div>\n\n${ACTIONS}`, EMPTY_LINK_CONTEXT);
    expect(html.match(/role="region"/g)).toHaveLength(1);
    expect(html.match(/<div/g)).toHaveLength(1);
  });
});
