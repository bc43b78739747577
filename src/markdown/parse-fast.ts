/**
 * Most record text is plain prose: paragraphs with no Markdown syntax at all. Parsing those
 * with micromark is most of a large build's rendering time, so such paragraphs become mdast
 * paragraph nodes directly; any block that might hold syntax (list markers, emphasis, links,
 * escapes, HTML, entities, addresses GFM would autolink) still goes through the full parser.
 * The test beside this file checks both paths give the same HTML on every record we hold.
 * A block that would make the parser's work grow faster than its size (bounded.ts) is shown as
 * written in the same way.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { isPathological } from './bounded.ts';

/**
 * Characters, line starts and line ends that can make Markdown syntax (GFM included): escapes,
 * code, emphasis, links, HTML, entities (an `&` before a letter, a digit or `#`; "Health & Wellbeing"
 * is plain, and was two in five of the blocks parsed in a synthetic archive), tables, strikethrough,
 * e-mail and web addresses that GFM autolinks, indented or marked lines (lists, quotes, headings),
 * and hard line breaks.
 */
// Each alternative does bounded work from where it starts (`[ \t]{2}`, not `[ \t]{2,}`), so a long run of
// spaces costs linear time, not the square of its length.
const SYNTAX = /[\\`*_[\]<>|~@]|&[#a-z\d]|https?:|mailto:|\bwww\.|(?:^|\n)[ \t]*(?:[-+*>#=]|\d+[.)])|(?:^|\n)[ \t]|[ \t]{2}(?:\n|$)|^\s*$/i;

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

/**
 * Parses record Markdown: plain paragraphs directly, every other block (and the text as a whole
 * when blocks might belong together, e.g. a list with blank lines between items) with `parse`.
 */
export function parseRecordMarkdown(markdown: string, parse: (text: string) => Root): Root {
  const blocks = blocksOf(markdown);
  // A pathological block (bounded.ts) is shown as written, like a plain paragraph, never parsed.
  const asWritten = (block: string) => isPlainParagraph(block) || isPathological(block);
  if (!blocks.some(asWritten)) return parse(markdown);
  const children: RootContent[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) children.push(...parse(pending.join('\n\n')).children);
    pending = [];
  };
  for (const block of blocks) {
    if (asWritten(block)) {
      flush();
      children.push(plainParagraph(block));
    } else {
      pending.push(block);
    }
  }
  flush();
  return { type: 'root', children };
}
