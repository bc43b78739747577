/**
 * A parish or town council's comments on planning applications, as its planning item lists them: each
 * application on a line that opens with its reference and ends with what the council says of it
 * ("25/0418/HH – 3 Quarry Row – rear porch. No objection.", or a table's row, its cells parted by tabs:
 * "25/0418/HH	3 Quarry Row	Rear porch	Support"). The council is a consultee: the comment is its decision
 * on that application, read only in an item titled Planning, where a list of applications is what it
 * comments on. "Approved" or "Refused" after an application is the planning authority's decision,
 * notified to the council, and no comment of its own.
 */
import { squash } from '../text.ts';
import { tableRows, tabOrPipeCells } from './table-cells.ts';
import { APPLICATION_REFERENCE } from './application-reference.ts';

/** "Planning", "PLANNING APPLICATIONS", "Planning matters", "Planning – applications received". */
const PLANNING_TITLE = /^\s*planning(?:\s+(?:applications?|matters|consultations?|comments?))?\s*(?:[:–—-].*)?$/i;

/**
 * What a consultee says of an application: "No objection", "No comment", "Support", "Objection – access and
 * flooding", "Objection: access is unsafe". Every one is the council's comment, so its decision: "No objection"
 * as much as "Objection".
 */
const COMMENT = String.raw`(?:No\s+objections?|No\s+comments?|Support(?:ed|s)?|Objections?|Object(?:s|ed)?)(?:(?:\s*:|\s+[–—-])\s+[^\t|]{1,120}?)?`;
/** "(Cllr Haverstock did not vote.)": a note in brackets after the comment, of who took part; no words of the comment. */
const NOTE_AFTER = String.raw`(?:\s+\([^()]{1,80}\)\.?)?`;

/**
 * A line that opens with an application's reference and ends with a comment, after a sentence's stop, a
 * dash, a tab or a table's cell border (the comment its own column or sentence, never the end of one:
 * "… rear extension to support the barn" says no comment). Group 1 the reference.
 */
const COMMENT_LINE = new RegExp(
  String.raw`^\s*\|?\s*(${APPLICATION_REFERENCE})(?![\w/])(?:.*?(?:[.;]\s+|\s+[–—-]\s+|\s*\t\s*|\s*\|\s*))(?:${COMMENT})\s*[.|]?(${NOTE_AFTER})\s*$`,
  'i',
);

/** True for an item's title that says it holds the council's planning business. */
export function isPlanningTitle(title: string): boolean {
  return PLANNING_TITLE.test(title);
}

/**
 * Each application's line with the council's comment, as printed (a table's cells joined by " – "), in
 * order; none when no line gives a comment, and none whose reference the other decisions name already.
 */
export function planningComments(minutes: string, decided: readonly string[]): string[] {
  return withWrappedLinesJoined(withWrappedRowsJoined(minutes.split('\n'))).flatMap((line) => {
    const found = COMMENT_LINE.exec(line);
    if (found === null) return [];
    const reference = found[1] ?? '';
    if (decided.some((decision) => decision.includes(reference))) return [];
    // The note in brackets after the comment (group 2) is left out.
    const printed = line.trimEnd();
    const cells = printed
      .slice(0, printed.length - (found[2] ?? '').length)
      .split(/\t|\|/)
      .map((cell) => squash(cell))
      .filter((cell) => cell !== '');
    return [cells.join(' – ')];
  });
}

/**
 * A table's rows with the rows a cell wrapped onto joined to theirs, cell by cell, and the rule under the header left
 * out (table-cells.ts's tableRows: "| DC/25/1417 | Land east of Dyke | … | Objection – loss of |" over "|  | Farm | … |
 * hedgerow |"), each row written with pipes between its cells, so each application's comment is read whole, never cut
 * at the wrap.
 */
function withWrappedRowsJoined(lines: readonly string[]): string[] {
  const joined: string[] = [];
  let table: string[][] = [];
  const endTable = () => {
    joined.push(...tableRows(table).map((cells) => `| ${cells.join(' | ')} |`));
    table = [];
  };
  for (const line of lines) {
    const cells = tabOrPipeCells(line);
    if (cells !== null) table.push(cells);
    else {
      endTable();
      joined.push(line);
    }
  }
  endTable();
  return joined;
}

/** A line that opens with an application's reference. */
const OPENS_WITH_REFERENCE = new RegExp(String.raw`^\s*\|?\s*${APPLICATION_REFERENCE}(?![\w/])`);

/**
 * An application's line with the lines it wraps onto joined to it: its sentence open at its end (no stop) and the
 * next line filled, opening with no reference of its own ("24/0561/FUL Manor Farm – barn. Objection: access onto the"
 * over "B4470 is unsafe."), so a comment is read whole. A table's rows are joined by their cells above.
 */
function withWrappedLinesJoined(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const above = joined.at(-1);
    const wraps =
      above !== undefined &&
      OPENS_WITH_REFERENCE.test(above) &&
      tabOrPipeCells(above) === null &&
      !/[.;:)]\s*$/.test(above) &&
      line.trim() !== '' &&
      !OPENS_WITH_REFERENCE.test(line);
    if (wraps) joined[joined.length - 1] = `${above.trimEnd()} ${line.trim()}`;
    else joined.push(line);
  }
  return joined;
}
