/**
 * How wide a text export's page is and whether its width ended a line: the title reader (title-wrap.ts) joins a title
 * the width cut, the decision reader (decision-pieces.ts) ends a list point the writer ended. Apart, with no imports,
 * so both read lines one way.
 */

/** The narrowest page, in characters, whose width may cut a title: a shorter record is read as whole lines. */
const MIN_PAGE_WIDTH = 60;

/**
 * The width the record's lines are wrapped at: the length that nine in ten of its lines with text stay within (so a
 * wide table row or a page number set far right does not stretch it), and never less than MIN_PAGE_WIDTH.
 */
export function pageWidth(lines: readonly string[]): number {
  const lengths = lines
    .map((line) => line.trimEnd().length)
    .filter((length) => length > 0)
    .sort((a, b) => a - b);
  return Math.max(MIN_PAGE_WIDTH, lengths[Math.floor(lengths.length * 0.9)] ?? 0);
}

/** True when the first word of `next` would not have fitted on `line` within `width`: the page's width ended the line, not its title. */
export function cutByWidth(line: string, next: string, width: number): boolean {
  const word = next.trim().split(/\s+/)[0] ?? '';
  return line.trimEnd().length + 1 + word.length > width;
}
