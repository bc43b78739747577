/**
 * Bounded work for any record text. The Markdown parser (micromark) takes time that grows with
 * the square of the emphasis and bracket marks in one paragraph (100 KB of `*a*a…` took a build
 * from 4 s to 76 s), and a line nested hundreds of containers deep (`> > > …`) overflows the
 * stack of every tree walk after it. Such a block is not prose anyone wrote: it is shown as
 * written, as one plain paragraph, rather than parsed.
 */

/** Marks whose pairing the parser resolves by looking back over the paragraph: `* _ ~ [ ]`. */
const INLINE_MARK = /[*_~[\]]/g;

/** More marks than this in one paragraph and its block is shown as written (records hold a few dozen at most). */
export const MAX_INLINE_MARKS = 400;

/** Deeper nesting than this (quotes and lists on one line, or its indentation) and the block is shown as written. */
export const MAX_NESTING = 32;

/** How many containers a line opens: `>` and list markers before its text, and indentation in steps of two. */
function lineDepth(line: string): number {
  let depth = 0;
  let at = 0;
  let indent = 0;
  while (at < line.length && depth <= MAX_NESTING) {
    const char = line[at];
    if (char === ' ' || char === '\t') {
      indent += char === '\t' ? 4 : 1;
      at += 1;
    } else if (char === '>') {
      depth += 1;
      at += 1;
    } else {
      const marker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(at, at + 11));
      if (marker === null) break;
      depth += 1;
      at += marker[0].length;
    }
  }
  return depth + Math.floor(indent / 2);
}

/** A line that starts a new paragraph inside a block: a list item, quote, heading, table row or fence. */
const STARTS_UNIT = /^[ \t]*(?:[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|[>#|]|```|~~~)/;

/**
 * True when a block (text between blank lines) would cost the parser more than linear time or nest
 * too deep: more than MAX_INLINE_MARKS in one paragraph of it (a list item, a quote, or lines run
 * together), or a line nested more than MAX_NESTING deep.
 */
export function isPathological(block: string): boolean {
  let marks = 0;
  let start = 0;
  while (start <= block.length) {
    const end = block.indexOf('\n', start);
    const line = block.slice(start, end === -1 ? block.length : end);
    if (lineDepth(line) > MAX_NESTING) return true;
    if (STARTS_UNIT.test(line)) marks = 0;
    marks += line.match(INLINE_MARK)?.length ?? 0;
    if (marks > MAX_INLINE_MARKS) return true;
    if (end === -1) break;
    start = end + 1;
  }
  return false;
}
