/**
 * A record table may be wider than a phone's screen (an action list of six columns, a budget by year): it
 * scrolls sideways inside a region of its own, not the page. The region can take the keyboard's focus, so a
 * reader without a mouse can scroll it with the arrow keys, and it has a name, which a screen reader gives
 * as the region is entered (axe's `scrollable-region-focusable`, WCAG 2.1.1).
 *
 * It runs after the sanitiser (processor.ts), which lets no `div`, `role`, `tabindex` or `aria-label`
 * through from a record: every wrapper is ours.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Words of a label taken from the header row before the rest are counted: the label stays short to hear. */
const LABEL_COLUMNS = 4;

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const childElements = (node: Element, tagName: string): Element[] =>
  node.children.filter((child): child is Element => child.type === 'element' && child.tagName === tagName);

/**
 * The region's name: the table's caption when it has one; else its column headings, "Table with columns
 * Action, Owner, Due". Record text is rendered a block at a time and each block's HTML is kept for
 * later builds (render-cache.ts), so a table cannot be named by its place on the page ("Table 2 of the
 * minutes"): its own header row is what it holds, and the same on every page. With neither, its place
 * in its block of text.
 */
export function tableLabel(table: Element, place: number): string {
  const caption = childElements(table, 'caption')[0];
  if (caption !== undefined && squash(textOf(caption)) !== '') return squash(textOf(caption));
  const headRow = childElements(table, 'thead').flatMap((head) => childElements(head, 'tr'))[0];
  const headings = (headRow === undefined ? [] : childElements(headRow, 'th'))
    .map((cell) => squash(textOf(cell)))
    .filter((text) => text !== '');
  if (headings.length === 0) return `Table ${place} of this text`;
  const more = headings.length - LABEL_COLUMNS;
  const named = headings.slice(0, LABEL_COLUMNS).join(', ');
  return `Table with columns ${named}${more > 0 ? ` and ${more} more` : ''}`;
}

/** Puts each table in a focusable, named region that scrolls it (the site's CSS: .app-table-wrap). */
export function wrapTables(tree: Root): void {
  let place = 0;
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'table' || parent === undefined || index === undefined) return undefined;
    place += 1;
    const wrapper: Element = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['app-table-wrap'], role: 'region', ariaLabel: tableLabel(node, place), tabIndex: 0 },
      children: [node],
    };
    parent.children.splice(index, 1, wrapper);
    // The table is now inside the wrapper: go on after it, not into it again.
    return index + 1;
  });
}

export default function rehypeTableWrap() {
  return (tree: Root) => wrapTables(tree);
}
