/** Small builders and settings the link plugins share. */
import type { Link, Paragraph, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Node } from 'unist';
import { findAndReplace } from 'mdast-util-find-and-replace';

/** Nodes the link plugins never look inside: links, code, headings, raw HTML. */
export const NO_LINKS_INSIDE = ['link', 'linkReference', 'code', 'inlineCode', 'heading', 'html', 'definition'];

const NO_LINKS = new Set(NO_LINKS_INSIDE);

/**
 * Calls `visit` on each text node below `parent` that is not inside a node the links skip, in
 * document order; `visit` returns the index to go on from (after any nodes it put in the text's place).
 */
export function eachText(parent: Parent, visit: (parent: Parent, index: number) => number): void {
  for (let index = 0; index < parent.children.length;) {
    const child = parent.children[index] as Node;
    if (child.type === 'text') index = visit(parent, index);
    else {
      if (!NO_LINKS.has(child.type) && 'children' in child) eachText(child as Parent, visit);
      index += 1;
    }
  }
}

/**
 * mdast-util-find-and-replace's findAndReplace (ignoring NO_LINKS_INSIDE), run only on the text nodes
 * for which `mayMatch` is true: a cheap test that is true of every text any pattern of `list` matches
 * in. Most text of a large archive holds nothing to link, and walking every node for every pattern was
 * most of the time the link plugins took. Each node is replaced in its parent by what findAndReplace
 * makes of it, in document order, so the tree is findAndReplace's on the whole tree as long as each
 * replacement depends on nothing but its match (or, with one pattern, the matches before it: a person
 * is linked at the first mention).
 */
export function findAndReplaceWhere(tree: Root, list: Parameters<typeof findAndReplace>[1], mayMatch: (text: string) => boolean): void {
  eachText(tree, (parent, index) => {
    const text = parent.children[index] as Text;
    if (!mayMatch(text.value)) return index + 1;
    const holder: Paragraph = { type: 'paragraph', children: [text] };
    findAndReplace(holder, list, { ignore: NO_LINKS_INSIDE });
    parent.children.splice(index, 1, ...holder.children);
    return index + holder.children.length;
  });
}

/** True of text with a digit in it: every reference, date and numbered mention has one. */
export function hasDigit(text: string): boolean {
  return /\d/.test(text);
}

export function textNode(value: string): Text {
  return { type: 'text', value };
}

/** A link keeping the record's own words as its text; the target's label becomes the title. */
export function linkNode(words: string, target: { url: string; label: string }): Link {
  const link: Link = { type: 'link', url: target.url, children: [textNode(words)] };
  if (target.label !== '' && target.label !== words) link.title = target.label;
  return link;
}

/** The words followed by a plain-text note, e.g. "(not held in this archive)". */
export function withNote(words: string, note: string): PhrasingContent[] {
  return [textNode(`${words} (${note})`)];
}
