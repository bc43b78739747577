/**
 * Page furniture in printed records: what a PDF prints on every page or at its foot and that
 * belongs to no item. Lines are blanked, never removed, so line numbers in messages still hold.
 */
import { squash } from '../text.ts';

/**
 * Page numbers as text extraction leaves them: "3", "- 3 -", "Page 3 of 5", "Page | 1", "!2", and a
 * minute book's page reference, the year, the committee's code and the page: "2023 KAC 41".
 */
const PAGE_MARK = /^(?:-\s*\d{1,3}\s*-|Page\s*\|?\s*\d+(?:\s+of\s+\d+)?|!\d{1,3}|\d{1,3}\s+of\s+\d{1,3})$/i;
const MINUTE_BOOK_PAGE = /^(?:19|20)\d{2}\s+[A-Z&]{2,8}\s+\d{1,4}$/;
/** Lines that close a page or a record and say nothing about an item. */
const CLOSING = [
  /^this page is intentionally left blank\.?$/i,
  /^signed\b.{0,80}\bdated?\b.*$/i,
  /^(?:signed|dated?|date)\s*[:.]?\s*[_.…]{3,}.*$/i,
  /^(?:chair(?:man|person)?|signed)\s*[:.]?\s*[_.…]{3,}\s*$/i,
  /^[_.…]{6,}\s*(?:\(?chair(?:man|person)?\)?)?$/i,
];
const MIN_REPEATS = 3;

/** True for a page-number or signature line. */
export function isFurnitureLine(line: string): boolean {
  const text = squash(line);
  return PAGE_MARK.test(text) || MINUTE_BOOK_PAGE.test(text) || CLOSING.some((pattern) => pattern.test(text));
}

/** A line that may be a running header or footer: short prose, not a bare number (item numbers repeat too). */
function mayRepeat(text: string): boolean {
  return text.length >= 10 && text.length <= 160 && /[A-Za-z]{3}/.test(text) && !/^[-•·*]/.test(text) && !/[.:;,]$/.test(text);
}

/** Blank, or a page break: what a running header or footer has on one side. */
const APART = /^[\s\f]*$/;
/** A header of three lines ("AUDIT COMMITTEE" over "24 SEPTEMBER 2009") is found in three passes. */
const BLOCK_LINES = 3;

/**
 * Lines printed on at least three pages, each time standing apart from the page's text: with a blank
 * line, a page break or the text's end on one side, or beside another such line (a header of two lines):
 * running headers such as "Audit Committee 24 September 2009" and footers such as an e-mail address. A
 * line of prose that minutes repeat ("the report recommendations were moved by Councillor A and seconded
 * by") runs on from the line above into the next, and stays.
 */
export function repeatedLines(lines: readonly string[]): Set<string> {
  const texts = lines.map(squash);
  const found = new Set<string>();
  const apart = (index: number): boolean =>
    index < 0 || index >= texts.length || APART.test(lines[index] ?? '') || found.has(texts[index] ?? '');
  for (let pass = 0; pass < BLOCK_LINES; pass += 1) {
    const counts = new Map<string, number>();
    texts.forEach((text, index) => {
      if (mayRepeat(text) && (apart(index - 1) || apart(index + 1))) counts.set(text, (counts.get(text) ?? 0) + 1);
    });
    const before = found.size;
    for (const [text, count] of counts) if (count >= MIN_REPEATS) found.add(text);
    if (found.size === before) break;
  }
  return found;
}

/**
 * The lines with page marks, signature blocks and running headers and footers blanked. Lines in
 * `keep` (a meeting's own title block, which its running header repeats) are not taken for running headers.
 */
export function blankFurniture(lines: readonly string[], keep: ReadonlySet<number> = new Set()): string[] {
  const repeated = repeatedLines(lines);
  return lines.map((line, index) => {
    const text = squash(line);
    if (isFurnitureLine(text)) return '';
    return repeated.has(text) && !keep.has(index) ? '' : line;
  });
}
