/**
 * Records are untrusted: raw HTML in them never reaches a page. Each `html` node becomes plain
 * text (its words, see html-to-text.ts); the text between an inline `<script>` and `</script>`
 * goes too. Runs before the link plugins so words from HTML can still be linked.
 */
import type { Nodes, Paragraph, Parent, Root, RootContent } from 'mdast';
import { htmlToText, opensDroppedElement } from './html-to-text.ts';
import { textNode } from './mdast-nodes.ts';

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function asParagraphs(text: string): Paragraph[] {
  return text
    .split(/\n[ \t\u00a0]*\n\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => ({ type: 'paragraph', children: [textNode(part)] }));
}

function replaceChildren(parent: Parent): void {
  const flow = FLOW_PARENTS.has(parent.type);
  const out: RootContent[] = [];
  let skipUntil: string | null = null;
  for (const child of parent.children) {
    if (skipUntil !== null) {
      if (child.type === 'html' && new RegExp(`^</${skipUntil}\\s*>$`, 'i').test(child.value.trim())) skipUntil = null;
      continue;
    }
    if (child.type !== 'html') {
      if ('children' in child) replaceChildren(child);
      out.push(child);
      continue;
    }
    skipUntil = flow ? null : opensDroppedElement(child.value);
    const text = htmlToText(child.value);
    if (flow) out.push(...asParagraphs(text));
    // Whole runs of white space (linear time): a run with a line break becomes one space.
    else if (text !== '') out.push(textNode(text.replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space))));
  }
  parent.children = out as Parent['children'];
}

export function stripHtml(tree: Nodes): void {
  if ('children' in tree) replaceChildren(tree);
}

export default function remarkStripHtml() {
  return (tree: Root) => stripHtml(tree);
}
