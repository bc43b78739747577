/**
 * A tracker may list, below its open recommendations, those closed since it was last reported, under a heading of
 * their own ("Recommendations closed since the last meeting", "Completed actions") over rows of the same columns,
 * the header perhaps printed again. The heading states where those rows stand; a row's own status cell, when it
 * says anything, is read first (pdf-pack/tracker.ts).
 */
import { squash } from '../text.ts';

/** The words a heading over closed rows uses: "closed", "completed", "complete", "implemented", "done". */
const DONE_WORD = String.raw`(closed|completed?|implemented|done)`;
/** What the rows are: recommendations, actions, resolutions, items. */
const ROWS_WORD = String.raw`(?:(?:scrutiny\s+)?(?:recommendations?|actions?|resolutions?|items?))`;

/**
 * "Recommendations closed since the last meeting", "Completed actions", "Closed recommendations:", "Actions completed
 * since the last report": group 1 or 2 is the word that says where the rows stand.
 */
const CLOSED_HEADING = new RegExp(
  String.raw`^(?:${ROWS_WORD}\s+(?:now\s+|that\s+have\s+been\s+)?${DONE_WORD}|${DONE_WORD}\s+${ROWS_WORD})(?:\s+(?:since|from|at)\b.{0,60})?\s*:?$`,
  'i',
);

/** A heading over closed rows: the heading as printed, and its word for where they stand ("closed", "Completed"). */
export interface ClosedHeading {
  heading: string;
  word: string;
}

/** The heading a line is, when it heads rows closed or completed; null for any other line. */
export function closedHeading(line: string): ClosedHeading | null {
  const heading = squash(line.replace(/\t+/g, ' '));
  const match = CLOSED_HEADING.exec(heading);
  const word = match?.[1] ?? match?.[2];
  return word === undefined ? null : { heading, word };
}

/** The table's header printed again over a later part of it: the same cells, whatever their case or spacing. */
export function repeatsHeader(cells: readonly string[], header: readonly string[]): boolean {
  const key = (row: readonly string[]) =>
    row
      .map((cell) => squash(cell).toLowerCase())
      .filter((cell) => cell !== '')
      .join('\t');
  return key(cells) !== '' && key(cells) === key(header);
}
