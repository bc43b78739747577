/**
 * A parsed web page's elements, whatever they hold: finding one, reading its attributes and classes, and the
 * tags that open a paragraph or a heading. Apart because the page's own reading (html-text.ts), its furniture
 * and blocks (html-blocks.ts) and its tables' shape (html-table-shape.ts) all look elements up so.
 */
import type { Element, Root } from 'hast';

/** Elements that start and end a paragraph. */
export const BLOCK_TAGS = new Set(
  'address article aside blockquote body caption center dd details div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 hgroup hr html li main ol p pre section summary table tbody thead tfoot tr ul'.split(
    ' ',
  ),
);
/** Elements that head a part of the page: a heading's level is not read, only that it is one. */
export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The first element under `node` (breadth first) that passes `test`; null when none does. */
export function find(node: Root | Element, test: (el: Element) => boolean): Element | null {
  const queue: (Root | Element)[] = [node];
  for (let i = 0; i < queue.length; i++) {
    for (const child of queue[i]!.children) {
      if (child.type !== 'element') continue;
      if (test(child)) return child;
      queue.push(child);
    }
  }
  return null;
}

/** An attribute's value as a string (a class list joined by spaces); null when the element has none. */
export function attr(el: Element, name: string): string | null {
  const key = name === 'class' ? 'className' : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const value = el.properties[key] ?? el.properties[name];
  if (value === undefined || value === null || value === false) return null;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The element's class names. */
export function classList(el: Element): string[] {
  return classTokens(attr(el, 'class'));
}

/** A class or `rel` attribute's words. */
export function classTokens(value: string | null): string[] {
  return value === null ? [] : value.split(/\s+/).filter(Boolean);
}
