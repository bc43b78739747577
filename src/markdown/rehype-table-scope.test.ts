import { describe, expect, it } from 'vitest';
import { rehype } from 'rehype';
import rehypeSanitize from 'rehype-sanitize';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'hast';
import { EMPTY_LINK_CONTEXT } from './link-context.ts';
import { renderMarkdown } from './render.ts';
import { scopeHeaderCells } from './rehype-table-scope.ts';
import { recordSchema } from './sanitize-schema.ts';

/** A made-up action list, as a record's minutes hold one. */
const TABLE = ['| Action | Owner | Due |', '| --- | --- | --- |', '| Mend the pond railings | Clerk | May 2026 |'].join('\n');

function scoped(markdown: string): string {
  const processor = remark().use(remarkGfm).use(remarkRehype).use(rehypeStringify);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  scopeHeaderCells(tree);
  return processor.stringify(tree);
}

describe('rehype-table-scope', () => {
  it("gives each cell of a table's header row scope=col, and no body cell a scope", () => {
    const html = scoped(TABLE);
    expect(html.match(/<th scope="col">/g)).toHaveLength(3);
    expect(html).toContain('<td>Mend the pond railings</td>');
  });

  it('is on the cells of a rendered record table: the sanitiser keeps it', () => {
    const html = renderMarkdown(TABLE, EMPTY_LINK_CONTEXT);
    expect(html).toContain('<th scope="col" class="govuk-table__header">Action</th>');
    expect(html).toContain('<td class="govuk-table__cell">Clerk</td>');
  });

  it('the sanitiser keeps scope on th with the values col and row only', () => {
    const clean = (scope: string) =>
      rehype()
        .data('settings', { fragment: true })
        .use(rehypeSanitize, recordSchema)
        .processSync(`<table><tbody><tr><th scope="${scope}">Owner</th><td scope="col">Clerk</td></tr></tbody></table>`)
        .toString();
    expect(clean('row')).toBe('<table><tbody><tr><th scope="row">Owner</th><td>Clerk</td></tr></tbody></table>');
    expect(clean('colgroup')).toBe('<table><tbody><tr><th>Owner</th><td>Clerk</td></tr></tbody></table>');
  });
});
