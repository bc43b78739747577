/**
 * GFM's autolink literal swallows the backslash of a hard line break that follows an
 * address ("W: www.ofsted.gov.uk\" at a line end), giving a link to "…uk%5C". Addresses
 * never end in a backslash, so it goes back to being the line break the record meant.
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export function autolinkBreaks(tree: Nodes): void {
  visit(tree, 'link', (node, index, parent) => {
    if (!node.url.endsWith('\\') || parent === undefined || index === undefined) return;
    node.url = node.url.replace(/\\+$/, '');
    const last = node.children.at(-1);
    if (last?.type === 'text') last.value = last.value.replace(/\\+$/, '');
    const next = parent.children[index + 1];
    if (next?.type === 'text' && next.value.startsWith('\n')) {
      parent.children.splice(index + 1, 0, { type: 'break' });
      next.value = next.value.slice(1);
    }
  });
}

export default function remarkAutolinkBreaks() {
  return (tree: Root) => autolinkBreaks(tree);
}
