/**
 * Items of a record with no numbers: its headings in capitals (underlined or not) and its title lines in any case
 * underlined ("Bus shelter" over "===========", as plain-text e-mailed minutes mark them), or, failing those, its lines
 * that are no sentences among lines or paragraphs that are. Apart from items.ts because finding headings without numbers
 * is one job of its own.
 */
import { capitalsLine, LIST_MARK, SENTENCE_END } from './item-lines.ts';
import { namesPaper } from './document-title.ts';
import { squash } from '../text.ts';
import { OUTCOME_MARK } from './decision-markers.ts';
import { joinsOn, proseRunsOn } from './runs-on.ts';
import { isOpeningLine } from './title-block-lines.ts';
import type { ItemSlice } from './item-slice.ts';
import { isUnderline, isUnderlined } from './underline.ts';
import { headingOf } from './attendance-headings.ts';

/** A heading in capitals standing on its own line: "ANNUAL GOVERNANCE REPORT 2008/09". */
function isCapitalHeading(line: string): boolean {
  const text = capitalsLine(line);
  return text !== null && text.length >= 6 && /[A-Z]{3}/.test(text) && text.split(' ').length >= 2;
}

/** Items of a record with no numbers: its headings in capitals, each to the next. */
export function headingSlices(lines: readonly string[], from: number, end: number, skip: ReadonlySet<number>): ItemSlice[] {
  const slices: ItemSlice[] = [];
  const title = openingParagraph(lines);
  const top = titleTop(lines, from, end);
  for (let index = from; index < end; index += 1) {
    const line = lines[index] ?? '';
    if (!skip.has(index) && !title.has(index) && index > top && isUnnumberedHeading(lines, index, slices.length > 0)) {
      slices.push({ number: null, title: squash(line), lines: [], line: index });
    } else {
      // A heading's underline is no text of its item: blanked, so line counts hold.
      const underline = slices.at(-1)?.line === index - 1 && isUnderline(lines, index);
      slices.at(-1)?.lines.push(underline ? '' : line);
    }
  }
  return slices;
}

/**
 * A heading in capitals of a record with no numbers. One underlined ("STAFFING" over "--------") is a heading however
 * short and whatever it says ("APOLOGIES FOR ABSENCE"; "MINUTES OF THE PREVIOUS MEETING" below the first heading, `after`).
 */
function isUnnumberedHeading(lines: readonly string[], index: number, after: boolean): boolean {
  const line = lines[index] ?? '';
  // A table's row in capitals ("COUNCILLOR A ASH<tab>PRESENT") is a row, not a heading.
  if (line.includes('\t') || OUTCOME_MARK.test(squash(line))) return false;
  if (isUnderlined(lines, index) && capitalsLine(line) !== null && /[A-Z]{3}/.test(line)) return after || !isOpeningLine(line);
  if (isUnderlinedTitle(lines, index)) return after || !isOpeningLine(line);
  // "SITE INSPECTION NOTES" over the date: the paper's own title, no item's heading.
  return isCapitalHeading(line) && !/^(?:PRESENT|APOLOGIES)\b/.test(squash(line)) && !isOpeningLine(line) && !namesPaper(line);
}

/** How many title lines at most stand over a record's opening line: the council's name, the body's, a date. */
const TITLE_LINES = 4;

/**
 * The record's opening line ("Draft Minutes of the Parish Council Meeting") under a few title lines and no sentence
 * ("UPPER LEA PARISH COUNCIL" over its row of equals signs, "PLANNING COMMITTEE"): the lines above it are the title's,
 * never headings of items, underlined or in capitals as they are. An opening line underlined is a heading
 * ("Minutes of the last meeting" over "-----"), not the record's title. `from - 1` when there is no such line.
 */
function titleTop(lines: readonly string[], from: number, end: number): number {
  let filled = 0;
  for (let index = from; index < end; index += 1) {
    const text = squash(lines[index] ?? '');
    if (text === '' || isUnderline(lines, index)) continue;
    if (isOpeningLine(text)) return isUnderlined(lines, index) ? from - 1 : index;
    filled += 1;
    if (filled > TITLE_LINES || SENTENCE_END.test(text)) break;
  }
  return from - 1;
}

/**
 * The lines under the record's opening line ("MINUTES OF THE ORDINARY MEETING OF THE TOWN COUNCIL" over "HELD IN THE
 * ASSEMBLY ROOMS" and "ON THURSDAY 12 FEBRUARY 2026 AT 7.15 PM") down to the blank line that ends its paragraph: the
 * title's place and date, which the header reads, never headings of items, in capitals as they are.
 */
function openingParagraph(lines: readonly string[]): Set<number> {
  const at = lines.findIndex((line) => isOpeningLine(line));
  const found = new Set<number>();
  for (let index = at + 1; at !== -1 && index < lines.length && squash(lines[index] ?? '') !== ''; index += 1) found.add(index);
  return found;
}

/**
 * "Playground inspection" over "---------------------": a title line in any case (no sentence, no list's mark, a dozen
 * words at most) over its underline, which marks it a heading. "Present" and "In attendance" so underlined head the
 * attendance, which the attendance reader reads above the items; "Apologies" heads an item, as it does in capitals.
 */
function isUnderlinedTitle(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? '';
  if (!isUnderlined(lines, index) || line.includes('\t') || !isPlainHeading(line, '')) return false;
  const attendance = headingOf(line);
  return attendance === null || attendance.role === 'apologies';
}

/**
 * True when a numbered run is a list inside one section of a record headed by underlined title lines, not its items:
 * two underlined headings or more stand above the run, none among its lines, and the run is one block (no blank line
 * within it) or has an underlined heading after it ("Correspondence" over "1. Letter from the Diocese …", "2. Email
 * from a resident …", then "Next meeting" over its dashes). Else the numbers are the record's items, as ever.
 */
export function isListInSection(lines: readonly string[], run: readonly { line: number }[], headings: readonly ItemSlice[]): boolean {
  const first = run[0]?.line ?? 0;
  const last = run.at(-1)?.line ?? 0;
  const underlined = headings.map(({ line }) => line).filter((line) => isUnderlined(lines, line));
  if (underlined.filter((line) => line < first).length < 2 || underlined.some((line) => line >= first && line <= last)) return false;
  const block = lines.slice(first, last + 1).every((line) => line.trim() !== '');
  return block || underlined.some((line) => line > last);
}

/** "Agenda Items", "Items": the list's own heading over its first item. */
const LIST_HEADING = /^(?:agenda\s+)?items?$|^agenda$|^business$/i;

/**
 * A short line with no stop that starts like a title and is not the first part of a sentence:
 * "Apologies for Absence", "Budget Strategy 2016/17", not "The Committee considered the report of the".
 */
function isPlainHeading(line: string, next: string): boolean {
  const text = squash(line);
  const title = /^[A-Z"'‘“]/.test(text) && !SENTENCE_END.test(text) && !proseRunsOn(text) && !LIST_MARK.test(text);
  return title && text.split(' ').length <= 12 && !/^\p{Ll}/u.test(next);
}

/** Filled lines, squashed; `row` for a table's row (cells parted by tabs), which is never a heading. */
type Filled = { text: string; index: number; row: boolean }[];
const ends = (text: string) => SENTENCE_END.test(text) || joinsOn(text);

/** Headings where every other line ends a sentence or carries a list on ("Aldermen A and B; and"); null where one does not. */
function lineHeadings(filled: Filled): Set<number> | null {
  const headings = new Set(
    filled.filter(({ text, row }, at) => !row && isPlainHeading(text, filled[at + 1]?.text ?? '')).map(({ index }) => index),
  );
  const prose = filled.filter(({ index }) => !headings.has(index));
  return headings.size >= 2 && prose.every(({ text }) => ends(text)) ? headings : null;
}

/**
 * Headings as paragraphs of one line between paragraphs of prose wrapped over lines (a PDF's text):
 * where every other paragraph ends a sentence, its one-line paragraphs that could be titles; null
 * where one does not.
 */
function paragraphHeadings(filled: Filled): Set<number> | null {
  const paragraphs: Filled[] = [];
  filled.forEach((line, at) => {
    // Lines next to each other are one paragraph; a blank line (or a line left out) parts them.
    if (filled[at - 1]?.index === line.index - 1) paragraphs.at(-1)?.push(line);
    else paragraphs.push([line]);
  });
  const headings = new Set<number>();
  for (const [at, paragraph] of paragraphs.entries()) {
    const only = paragraph.length === 1 ? paragraph[0] : undefined;
    if (only && !only.row && isPlainHeading(only.text, paragraphs[at + 1]?.[0]?.text ?? '')) headings.add(only.index);
    else if (!ends(paragraph.at(-1)?.text ?? '')) return null;
  }
  return headings.size >= 2 ? headings : null;
}

/** How far in a line starts: its spaces before the text. */
const indentOf = (line: string): number => /^ */.exec(line)?.[0].length ?? 0;

/**
 * The headings that stand at the text's margin, where some do and others are indented as its paragraphs open ("Amendment"
 * set in like the sentences under "Leisure Centre Charges", whose wrapped lines run back to the margin): one set in is a
 * heading within an item's text, not an item. All of them where none or all stand at the margin (headings centred alone).
 */
function atMargin(lines: readonly string[], headings: Set<number>, filled: Filled): Set<number> {
  const margin = Math.min(...filled.filter(({ index }) => !headings.has(index)).map(({ index }) => indentOf(lines[index] ?? '')));
  const kept = [...headings].filter((index) => indentOf(lines[index] ?? '') <= margin);
  return kept.length >= 2 && kept.length < headings.size ? new Set(kept) : headings;
}

/**
 * Items of a record with no numbers and no headings in capitals, whose headings are the lines that
 * are no sentences: on a page flattened with no blank lines (a CMIS meeting page) where every other
 * line ends a sentence, or between paragraphs of wrapped prose (a PDF's text) where every other
 * paragraph does. Only there, so wrapped prose never yields headings.
 */
export function sentenceSlices(lines: readonly string[], from: number, end: number, skip: ReadonlySet<number>): ItemSlice[] {
  const all = lines.map((line, index) => ({ text: squash(line), index, row: line.includes('\t') }));
  // Items start under the list's own heading ("Agenda Items") when the page prints one.
  const listed = all.find(({ text, index }) => index >= from && index < end && LIST_HEADING.test(text))?.index ?? from - 1;
  const inRange = all.filter(({ text, index }) => index > listed && index < end && text !== '' && !skip.has(index));
  // "Minutes of …" opens a record as its title only above its text: under a sentence it is an item's heading ("Minutes of the Council").
  const prose = inRange.find(({ text }) => SENTENCE_END.test(text))?.index ?? end;
  const filled = inRange.filter(({ text, index }) => index > prose || !isOpeningLine(text));
  const found = lineHeadings(filled) ?? paragraphHeadings(filled);
  if (found === null) return [];
  const headings = atMargin(lines, found, filled);
  const slices: ItemSlice[] = [];
  for (const { text, index } of filled) {
    if (headings.has(index)) slices.push({ number: null, title: text, lines: [], line: index });
    else slices.at(-1)?.lines.push(lines[index] ?? '');
  }
  return slices;
}
