/**
 * Minutes typed in two columns, as some parish clerks set them: each item's heading in a left margin ("APOLOGIES",
 * "MATTERS ARISING", "4. Planning"), its text in a column further right, a long heading going on down the margin.
 * Read line by line the heading runs into the text's first line, so no item is found at all. Here each heading
 * opens an item (its further lines in the margin join its title) and the text column, each line cut where the
 * column starts, is the item's text: the one-column form the item reader reads, so decisions, votes and movers
 * are read in it as anywhere else. Only a body laid out so throughout is read so (see marginItems); ordinary
 * minutes, whose text is indented under a number, have no heading beside their text.
 */
import { squash } from '../text.ts';
import { OUTCOME_MARK } from './decision-markers.ts';
import type { ItemSlice } from './item-slice.ts';
import { candidateAt } from './numbering.ts';
import { filledCells } from './table-cells.ts';

/** The narrowest margin: a number's hanging indent ("1.    Apologies") is narrower, and is no margin. */
const MIN_MARGIN = 10;
/** The widest: past it, the left "column" is a line's first words, not a margin. */
const MAX_MARGIN = 40;
/** Fewest headings beside their text: one or two are labelled lines ("Present:   Cllr A Ash"). */
const MIN_HEADINGS = 3;
/** The share of the filled lines from the first heading on that must stand in the two columns. */
const MOST = 0.8;
/** The most words a heading in the margin holds, each of its lines. */
const HEADING_WORDS = 5;
/** "RESOLVED" in the margin beside a decision's words: the decision's own lead, no heading. */
const DECISION_LEAD = new RegExp(String.raw`${OUTCOME_MARK.source}\s*[:\-–—]?$`);

/**
 * A margin's heading: a few words in capitals ("COUNTY COUNCILLOR"), or a number and a subject ("4. Planning"), with
 * no stop or colon at its end (a label, "Present:", is the attendance's; a sentence is no heading); never a number alone.
 */
function isMarginHeading(text: string, line: number): boolean {
  const words = squash(text);
  if (words === '' || words.split(' ').length > HEADING_WORDS || /[.:;,]$/.test(words) || DECISION_LEAD.test(words)) return false;
  const number = candidateAt(words, line);
  // "FGP25/41" alone, its title after a wide gap ("FGP25/41   Apologies for absence"): a number's hanging indent,
  // however wide, as one space after it would be; the title beside it is no text.
  if (number !== null && number.title === null) return false;
  const subject = number?.title ?? null;
  return (subject !== null && /^\p{Lu}/u.test(subject)) || (words === words.toUpperCase() && /\p{Lu}{3}/u.test(words));
}

/** The column the text stands in: the one most headings' text starts at, found in three or more; null when none is. */
function textColumn(lines: readonly string[], from: number): number | null {
  const counts = new Map<number, number>();
  lines.forEach((line, at) => {
    const [left, right] = filledCells(line);
    if (at < from || left === undefined || right === undefined || left.start > 0) return;
    if (right.start < MIN_MARGIN || right.start > MAX_MARGIN || !isMarginHeading(left.text, at)) return;
    counts.set(right.start, (counts.get(right.start) ?? 0) + 1);
  });
  const [column, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return count >= MIN_HEADINGS ? column : null;
}

/** A line cut at the text's column: what stands in the margin, and the text (its own indent past the column kept). */
function cut(line: string, column: number): { margin: string; text: string } | null {
  const margin = line.slice(0, column);
  // A line running across the column (prose at the left edge, "The meeting closed at …") stands in neither: the margin
  // ends two spaces or more before the column.
  if (margin.trim() !== '' && margin.trimEnd().length > column - 2) return null;
  return { margin: margin.trim(), text: line.slice(column).trimEnd() };
}

/** Whether a line's cut parts are a heading in the margin beside its text's first line. */
const opensItem = (parts: { margin: string; text: string } | null, at: number): boolean =>
  parts !== null && parts.text.trim() !== '' && isMarginHeading(parts.margin, at);

/** What ends a sentence: the text beside a heading that ends so is whole, and the next heading opens an item of its own. */
const SENTENCE_END = /[.!?:;]["'”’)]*$/;

/**
 * Whether words in the margin straight under a heading go on with its title ("Open spaces" over "and play area"):
 * they start in lower case, or the text beside the heading stops mid-sentence (or there is none yet), so the line is
 * the same paragraph's; under text that ended its sentence, a heading opens the next item ("PLANNING" over "TREES"), as
 * a numbered one always does.
 */
function goesOn(margin: string, item: ItemSlice, at: number): boolean {
  const above = item.lines.findLast((line) => line.trim() !== '');
  if (candidateAt(margin, at) !== null) return false;
  return /^\p{Ll}/u.test(margin) || above === undefined || !SENTENCE_END.test(above.trim());
}

/** The items a run of two-column lines holds from its first heading, and the line after it. */
function marginRun(lines: readonly string[], first: number, column: number): { items: ItemSlice[]; end: number } {
  const items: ItemSlice[] = [];
  let headed = false;
  let at = first;
  for (; at < lines.length; at += 1) {
    const parts = cut(lines[at] ?? '', column);
    if (parts === null) break;
    const { margin, text } = parts;
    const item = items.at(-1);
    if (margin !== '' && DECISION_LEAD.test(margin) && item !== undefined) item.lines.push(`${margin} ${text.trim()}`);
    else if (margin !== '' && headed && item !== undefined && goesOn(margin, item, at)) {
      item.title = squash(`${item.title} ${margin}`);
      if (text.trim() !== '') item.lines.push(text);
    } else if (margin !== '' && !isMarginHeading(margin, at)) break;
    else if (margin !== '') {
      const number = candidateAt(margin, at);
      const title = number?.title ?? margin;
      items.push({ number: number?.number ?? null, title: squash(title), lines: text.trim() === '' ? [] : [text], line: at });
    } else item?.lines.push(text);
    headed = margin !== '' && !DECISION_LEAD.test(margin);
  }
  return { items, end: at };
}

const filledFrom = (lines: readonly string[], from: number, to: number): number =>
  lines.slice(from, to).filter((line) => line.trim() !== '').length;

/**
 * The items of a record set in two columns: where its first heading in the margin is, and an item for each heading
 * there. Three headings or more must stand beside their text at one column (textColumn), and the lines in the two
 * columns from the first heading on must be most of the lines below it: a record's foot ("The meeting closed at …",
 * a line to sign on) goes to the last item's text, as text after the last item does elsewhere. Null for any other body.
 */
export function marginItems(lines: readonly string[], from: number): { start: number; items: ItemSlice[] } | null {
  const column = textColumn(lines, from);
  if (column === null) return null;
  const first = lines.findIndex((line, at) => at >= from && opensItem(cut(line, column), at));
  const { items, end } = marginRun(lines, first, column);
  if (items.length < MIN_HEADINGS || filledFrom(lines, first, end) < MOST * filledFrom(lines, first, lines.length)) return null;
  if (end < lines.length) items.at(-1)?.lines.push('', ...lines.slice(end));
  return { start: first, items };
}
