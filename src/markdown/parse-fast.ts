/**
 * Most record text is plain prose: paragraphs with no Markdown syntax at all, and simple lists
 * of them (resolutions, bullet points). Parsing those with micromark was most of a large build's
 * rendering time, so such paragraphs and lists become mdast nodes directly; any other block that
 * might hold syntax (emphasis, links, escapes, HTML, entities, addresses GFM would autolink, lists
 * of any other kind) still goes through the full parser. The test beside this file checks both
 * paths give the same HTML on every record we hold and on lists of every kind. A block that would
 * make the parser's work grow faster than its size (bounded.ts) is shown as written, as a paragraph.
 */
import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { isPathological } from './bounded.ts';

/**
 * Characters, line starts and line ends that can make Markdown syntax (GFM included): escapes,
 * code, emphasis, links, HTML, entities (`&`, a name or number, `;`: "Health & Wellbeing" and "T&F"
 * are plain, and were two in five of the blocks parsed in a synthetic archive), tables, strikethrough,
 * e-mail and web addresses that GFM autolinks, indented or marked lines (lists, quotes, headings),
 * and hard line breaks.
 */
// Each alternative does bounded work from where it starts (`[ \t]{2}`, not `[ \t]{2,}`), so a long run of
// spaces costs linear time, not the square of its length.
const SYNTAX =
  /[\\`*_[\]<>|~@]|&#?[a-z\d]{1,32};|https?:|mailto:|\bwww\.|(?:^|\n)[ \t]*(?:[-+*>#=]|\d+[.)])|(?:^|\n)[ \t]|[ \t]{2}(?:\n|$)|^\s*$/i;

/** A block of text that is certainly one plain paragraph. */
export function isPlainParagraph(block: string): boolean {
  return !SYNTAX.test(block);
}

/** Blocks of text separated by blank lines. */
export function blocksOf(markdown: string): string[] {
  return (
    markdown
      .replace(/\r\n?/g, '\n')
      .split(/\n[ \t]*\n/)
      // trimEnd, not /\s+$/: that pattern rescans every run of spaces inside the block (quadratic time).
      .map((block) => block.replace(/^\n+/, '').trimEnd())
      .filter((block) => block !== '')
  );
}

/** A paragraph node for plain text: lines keep their soft breaks, as micromark keeps them. */
export function plainParagraph(block: string): Paragraph {
  const value = block
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
  return { type: 'paragraph', children: [{ type: 'text', value }] };
}

/** One line of a simple list: its marker (`-`, `*`, `+`, or a number and `.` or `)`), one space, then its text. */
const LIST_LINE = /^(?:([-*+])|(\d{1,9})([.)])) (?=\S)(.*)$/;

/**
 * A block that is certainly one tight list whose items are each one line of plain text, all with the
 * same marker (`- a` / `- b`, `1. That …` / `2. That …`), as micromark would parse it; else null.
 * Most minutes' resolutions are such lists, and parsing them was most of what was left for micromark.
 */
export function simpleList(block: string): List | null {
  let bullet: string | undefined;
  let delimiter: string | undefined;
  let start: number | null = null;
  const items: ListItem[] = [];
  for (const line of block.split('\n')) {
    const match = LIST_LINE.exec(line);
    const text = match?.[4];
    if (match === null || text === undefined || !isPlainParagraph(text)) return null;
    if (items.length === 0) [bullet, delimiter, start] = [match[1], match[3], match[2] === undefined ? null : Number(match[2])];
    // Another marker starts another list.
    else if (match[1] !== bullet || match[3] !== delimiter) return null;
    items.push({ type: 'listItem', spread: false, checked: null, children: [plainParagraph(text)] });
  }
  return { type: 'list', ordered: start !== null, start, spread: false, children: items };
}

/**
 * Parses record Markdown: plain paragraphs and simple lists directly, every other block (and the
 * text as a whole when blocks might belong together, e.g. a list with blank lines between items) with
 * `parse`. A simple list is taken directly only between plain paragraphs (or the ends of the text):
 * after a blank line, another list or an indented block could continue it.
 */
export function parseRecordMarkdown(markdown: string, parse: (text: string) => Root): Root {
  const blocks = blocksOf(markdown);
  // A pathological block (bounded.ts) is shown as written, like a plain paragraph, never parsed.
  const asWritten = blocks.map((block) => isPlainParagraph(block) || isPathological(block));
  const standsAlone = (at: number) => asWritten[at - 1] !== false && asWritten[at + 1] !== false;
  const direct = blocks.map((block, at): RootContent | null => {
    if (asWritten[at] === true) return plainParagraph(block);
    return standsAlone(at) ? simpleList(block) : null;
  });
  if (direct.every((node) => node === null)) return parse(markdown);
  const children: RootContent[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) children.push(...parse(pending.join('\n\n')).children);
    pending = [];
  };
  for (const [at, block] of blocks.entries()) {
    const node = direct[at] ?? null;
    if (node === null) pending.push(block);
    else {
      flush();
      children.push(node);
    }
  }
  flush();
  return { type: 'root', children };
}
