/**
 * A record table's header row says what it heads: each of its cells gets `scope="col"`, so a screen reader reads a
 * column's heading with each cell under it (WCAG 1.3.1). GFM gives a table one header row, the `th` cells of its
 * `thead`; the rows below are `td`, so nothing else is touched. It runs before the sanitiser, which keeps `scope` on
 * `th` with the values col and row only (sanitize-schema.ts).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isElement = (node: Root['children'][number] | Element['children'][number]): node is Element => node.type === 'element';

export function scopeHeaderCells(tree: Root): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'thead') return;
    for (const row of node.children.filter(isElement)) {
      for (const cell of row.children.filter(isElement)) {
        if (cell.tagName === 'th') cell.properties['scope'] = 'col';
      }
    }
  });
}

export default function rehypeTableScope() {
  return (tree: Root) => scopeHeaderCells(tree);
}
