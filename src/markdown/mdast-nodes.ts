/** Small builders and settings the link plugins share. */
import type { Link, PhrasingContent, Text } from 'mdast';

/** Nodes the link plugins never look inside: links, code, headings, raw HTML. */
export const NO_LINKS_INSIDE = ['link', 'linkReference', 'code', 'inlineCode', 'heading', 'html', 'definition'];

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
