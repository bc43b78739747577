/**
 * GOV.UK Frontend styles elements through classes, not bare tags: this adds them to the
 * sanitised output (so the classes are ours, never a record's). Headings and quotes get none:
 * the page moves headings below its own (their level is not known here) and styles them. A link the sanitiser took the
 * address from (javascript:…) is unwrapped to its words, so no dead link is left.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export const GOVUK_CLASSES: Record<string, string[]> = {
  p: ['govuk-body'],
  a: ['govuk-link'],
  ul: ['govuk-list', 'govuk-list--bullet'],
  ol: ['govuk-list', 'govuk-list--number'],
  hr: ['govuk-section-break', 'govuk-section-break--m', 'govuk-section-break--visible'],
  table: ['govuk-table'],
  thead: ['govuk-table__head'],
  tbody: ['govuk-table__body'],
  tr: ['govuk-table__row'],
  th: ['govuk-table__header'],
  td: ['govuk-table__cell'],
};

export function addGovukClasses(tree: Root): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'a' && node.properties['href'] === undefined && parent !== undefined && index !== undefined) {
      parent.children.splice(index, 1, ...node.children);
      return index;
    }
    const classes = GOVUK_CLASSES[node.tagName];
    if (classes !== undefined) node.properties['className'] = [...classes];
    return undefined;
  });
}

export default function rehypeGovukClasses() {
  return (tree: Root) => addGovukClasses(tree);
}
