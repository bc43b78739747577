/**
 * The heading row of the items' table that follows a meeting's attendance ("Min No. / Item / Action / Officer"): no
 * person, and the end of the attendance list above it. Apart because it reads an items table's headings, not attendance.
 */
import { squash } from './attendance-piece.ts';
import { isMarginHeading } from './action-margin.ts';
import { ACTION_HEADING, ITEM_HEADING, SUBJECT_HEADING, TEXT_HEADING } from './column-headings.ts';
import { filledCells } from './table-cells.ts';

/** "Min No.", "Minute No.", "Item No.": the heading of the column of item numbers, shortened as minutes print it. */
const NUMBER_HEADING = /^(?:min(?:ute)?|(?:agenda\s+)?item)\.?\s+(?:no\.?|number)$/i;
/** Headings of an items table's other columns, as action tables print them: "Officer", "By", "Lead Officer", "Deadline". */
const ACTION_COLUMN_HEADING =
  /^(?:action(?:s|\s+by)?|(?:lead|responsible)(?:\s+officer)?|officer|owner|by(?:\s+when)?|deadline|date|timescale|status)$/i;

/** A cell of a heading row: each of its words parted by "/" or "and" a column's heading ("Action / Decision"). */
function isHeadingCell(cell: string): boolean {
  const parts = squash(cell).split(/\s*(?:\/|&|\band\b)\s*/);
  return parts.every((part) =>
    [NUMBER_HEADING, ITEM_HEADING, SUBJECT_HEADING, TEXT_HEADING, ACTION_HEADING, ACTION_COLUMN_HEADING].some((heading) =>
      heading.test(part),
    ),
  );
}

/**
 * The heading row of the items' table that follows the attendance ("Min No.<tab>Item<tab>Action / Decision<tab>Officer"),
 * of the column of minute numbers alone on its line ("Minute No."), or of an action column far to the right ("Action"
 * over the minutes' margin): no person, and the end of the list above it.
 */
export function isItemsTableHeading(line: string): boolean {
  const cells = filledCells(line).map((cell) => cell.text.trim());
  if (cells.length === 1) return NUMBER_HEADING.test(squash(line)) || isMarginHeading(line);
  return cells.length >= 2 && cells.every(isHeadingCell);
}
