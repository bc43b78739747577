/**
 * The paragraphs of the schedule of exempt information (Schedule 12A to the Local Government Act 1972, and its
 * Scottish and Northern Irish kin) that a record cites for an item held in private: in words ("paragraph 3",
 * "paragraphs 1, 2 and 5") or in a table of item numbers and paragraphs, as minutes and agendas print under
 * the resolution that excludes the public, or at their foot ("Item No. | Paragraph No. of Part 1 of Schedule 12A").
 */
import { squash } from '../text.ts';
import { LOWER_NUMERAL } from '../roman-numerals.ts';

/** "3", "1 and 3", "1, 2 & 5", "1 - 3": the numbers of a citation, after "paragraphs" or in a table's cell. Regex source. */
const PARAGRAPH_LIST = String.raw`\d{1,2}[a-z]?(?:\s*(?:,|and|&|or|to|-|–)\s*\d{1,2}[a-z]?)*`;

/** "paragraph", "paragraphs", "para", "paras.": the word a citation of the schedule's paragraphs opens with. Regex source. */
export const PARAGRAPH_WORD = String.raw`(?:paragraphs?|paras?\.?)`;

/** "paragraph 3", "paragraphs 1, 2 and 5", "paragraphs 1 - 3", "para 3": the numbers cited, never a report's "paragraph 4.2". */
const PARAGRAPHS = new RegExp(String.raw`\b${PARAGRAPH_WORD}\s+(${PARAGRAPH_LIST})(?![.\d]\d)`, 'gi');

/** The schedule's paragraphs a mark cites, as printed ("1-3" for a range); none when it cites none. */
export function citedParagraphs(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(PARAGRAPHS)) {
    const list = (match[1] ?? '').replace(/\s*(?:to|-|–)\s*/g, '-');
    for (const part of list.split(/\s*(?:,|and|&|or)\s*/)) if (part !== '' && !found.includes(part)) found.push(part);
  }
  return found;
}

/**
 * "16", "9a", Northern Ireland's "E047/25", a town council's "TC/25/210" or "25/210", "(ix)" or "ix" where a town council
 * numbers its items so (reader/roman-items.ts; the bracket opening it, closed after the match): an item's number as a
 * resolution or a table names it. Regex source.
 */
export const NAMED_NUMBER = String.raw`(?:[A-Z]{1,4}\d{1,4}\/\d{2}|(?:[A-Z]{1,5}\/)?\d{2}\/\d{1,4}|\d{1,3}[a-z]?|\(?${LOWER_NUMERAL}\b)`;

/**
 * "Item No.   Paragraph No. of Part 1 of Schedule 12A", "Minute No. | Paragraph(s)", "Agenda item  Paragraph": a
 * table's heading, an item's number over one column and the paragraph over the other.
 */
const TABLE_HEADING = /^(?:agenda\s+)?(?:items?|minutes?)(?:\s+(?:nos?\.?|numbers?))?(?:\s{2,}|\t|\s*\|\s*)paragraph/i;
/** "14          3", "15 | 1 and 3", "C23/25\t1, 2 and 7": one row, the item's number and the paragraphs cited for it. */
const TABLE_ROW = new RegExp(String.raw`^\|?\s*(${NAMED_NUMBER})\.?(?:\s{2,}|\t|\s*\|\s*)(${PARAGRAPH_LIST})\s*\|?$`, 'i');

/** A table of items and the paragraphs each is exempt under: its rows by item number, and its lines (lead-in, heading, rows). */
export interface ParagraphTable {
  /** What the record says above the rows: its lead-in ("… excluded from the meeting for the following items:") or, without one, the heading. */
  text: string;
  /** The paragraphs cited for each item, by its number in lower case. */
  rows: Map<string, string[]>;
  /** Indexes of the table's lines in the lines read: its lead-in (when it has one), heading and rows. */
  lines: number[];
}

/**
 * The tables of items and paragraphs in the lines: a heading naming the item's number and the paragraph, then
 * rows of a number and the paragraphs. A lead-in that ends with a colon, right above the heading, is the
 * table's. A heading with no row under it is no table; nor are numbers under any other heading ("Item No. Cost").
 */
export function paragraphTables(lines: readonly string[]): ParagraphTable[] {
  const tables: ParagraphTable[] = [];
  for (const [at, line] of lines.entries()) {
    if (!TABLE_HEADING.test(line.trim())) continue;
    const rows = new Map<string, string[]>();
    const taken = [at];
    for (let next = at + 1; next < lines.length; next += 1) {
      const row = TABLE_ROW.exec((lines[next] ?? '').trim());
      if (row === null) break;
      rows.set((row[1] ?? '').toLowerCase(), citedParagraphs(`paragraphs ${row[2] ?? ''}`));
      taken.push(next);
    }
    if (rows.size === 0) continue;
    const above = squash(lines[at - 1] ?? '');
    const leadIn = above.endsWith(':');
    tables.push({ text: leadIn ? above : squash(line), rows, lines: leadIn ? [at - 1, ...taken] : taken });
  }
  return tables;
}

/** The lines without the tables of items and paragraphs among them: read for the items they list, so nothing left unread. */
export function withoutParagraphTables(lines: readonly string[]): string[] {
  const taken = new Set(paragraphTables(lines).flatMap((table) => table.lines));
  return lines.filter((_line, index) => !taken.has(index));
}
