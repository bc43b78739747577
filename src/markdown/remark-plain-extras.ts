/**
 * Markdown features a record should not bring onto a page turned back into words:
 * images become their alt text (no third-party requests from untrusted records) and task-list
 * items keep their "[x]" as text (no form controls in minutes); footnotes stay where they are
 * as "[1]" and "[1] text" (one page shows many records, and footnote ids would clash).
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { textNode } from './mdast-nodes.ts';

export function plainExtras(tree: Nodes): void {
  visit(tree, (node, index, parent) => {
    if ((node.type === 'image' || node.type === 'imageReference') && parent !== undefined && index !== undefined) {
      const alt = node.alt ?? '';
      if (alt === '') parent.children.splice(index, 1);
      else parent.children.splice(index, 1, textNode(alt));
      return index;
    }
    if (node.type === 'footnoteReference' && parent !== undefined && index !== undefined) {
      parent.children.splice(index, 1, textNode(`[${node.label ?? node.identifier}]`));
      return index;
    }
    if (node.type === 'footnoteDefinition' && parent !== undefined && index !== undefined) {
      const [first, ...rest] = node.children;
      const mark = textNode(`[${node.label ?? node.identifier}] `);
      const opening =
        first?.type === 'paragraph'
          ? [{ ...first, children: [mark, ...first.children] }]
          : [{ type: 'paragraph' as const, children: [mark] }, ...(first === undefined ? [] : [first])];
      parent.children.splice(index, 1, ...opening, ...rest);
      return index;
    }
    if (node.type === 'listItem' && typeof node.checked === 'boolean') {
      const mark = node.checked ? '[x] ' : '[ ] ';
      node.checked = null;
      const first = node.children[0];
      if (first?.type === 'paragraph') first.children.unshift(textNode(mark));
      else node.children.unshift({ type: 'paragraph', children: [textNode(mark.trim())] });
    }
    return undefined;
  });
  dropEmptyParagraphs(tree);
}

/** Drops paragraphs left empty (an image with no alt text was all they held). */
function dropEmptyParagraphs(tree: Nodes): void {
  visit(tree, (node) => {
    if ('children' in node) {
      const kept = node.children.filter((child) => child.type !== 'paragraph' || child.children.length > 0);
      if (kept.length !== node.children.length) node.children = kept as typeof node.children;
    }
  });
}

export default function remarkPlainExtras() {
  return (tree: Root) => plainExtras(tree);
}
