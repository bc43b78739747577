/**
 * A parish or town council's comments on planning applications, as its planning item lists them: each
 * application on a line that opens with its reference and ends with what the council says of it
 * ("25/0418/HH – 3 Quarry Row – rear porch. No objection.", or a table's row, its cells parted by tabs or pipes:
 * "25/0418/HH | 3 Quarry Row | Rear porch | Support"). The council is a consultee: the comment is its decision
 * on that application, read only in an item titled Planning, where a list of applications is what it
 * comments on. "Approved" or "Refused" after an application is the planning authority's decision,
 * notified to the council, and no comment of its own.
 */
import { squash } from '../text.ts';
import { isPipeRule, tableRows } from './table-cells.ts';
import { PLANNING_REFERENCE } from './application-reference.ts';

/** "Planning", "PLANNING APPLICATIONS", "Planning matters", "Planning – applications received". */
const PLANNING_TITLE = /^\s*planning(?:\s+(?:applications?|matters|consultations?|comments?))?\s*(?:[:–—-].*)?$/i;

/**
 * What may follow a comment's word as its reason or its condition: after a colon, comma, semicolon or dash ("Objection –
 * access and flooding", "No objection, subject to …", "OBJECT - overdevelopment; …"), or a word that goes on with it ("No
 * objection subject to the Conservation Officer's views", "Objects to the loss of …", "OBJECTION ON GROUNDS OF …",
 * "Support in principle"); never a noun run on ("Supported living annexe" is a proposal, no comment).
 */
const REASON = String.raw`(?:(?:\s*[:,;]|\s+[–—-])\s*|\s+(?=(?:subject|provided|on|in|to|as|but|due|because|if|unless|with|until|pending|however)\b))[^\t|]{1,300}?`;

/**
 * What a consultee says of an application, in any case: "No objection", "No comment", "Support", "Objection – access
 * and flooding", "OBJECT - overdevelopment", "No objection subject to …", or "Comments: …" (a remark that neither supports
 * nor objects). Every one is the council's comment, so its decision: "No objection" as much as "Objection".
 */
const COMMENT = String.raw`(?:(?:No\s+objections?|No\s+comments?|Support(?:ed|s)?|Objections?|Object(?:s|ed)?)(?:${REASON})?|(?:Comments?|Observations?)\s*:\s*[^\t|]{1,300}?)`;
/** "(Cllr Haverstock did not vote.)": a note in brackets after the comment, of who took part, kept with it (no field holds it). */
const NOTE_AFTER = String.raw`(?:\s+\([^()]{1,80}\)\.?)?`;

/**
 * A line that opens with an application's reference and ends with a comment, after a sentence's stop, a
 * dash or a comma (the comment its own sentence or clause, never the end of one: "… rear extension to support
 * the barn" says no comment). Group 1 the reference.
 */
const COMMENT_LINE = new RegExp(
  String.raw`^\s*(${PLANNING_REFERENCE})(?:.*?(?:[.;,]\s+|\s+[–—-]\s+))(?:${COMMENT})\s*\.?${NOTE_AFTER}\s*$`,
  'i',
);

/** A table's cell that is a comment, whole: its words, its reason and a note after it. */
const COMMENT_CELL = new RegExp(String.raw`^\s*(?:${COMMENT})\s*\.?${NOTE_AFTER}\s*$`, 'i');

/**
 * "Approved", "Refused", "Permission granted", "Withdrawn": the planning authority's decision on an application, which a
 * planning item's table may list beside the council's comments; no comment of the council's, and none it failed to read.
 */
const AUTHORITY_DECISION =
  /^\s*(?:(?:conditionally\s+)?approved|refused|granted|permitted|withdrawn|pending|awaited|appeal\b|permission\s+(?:granted|refused)|decision\s+(?:awaited|pending))/i;

/** True for an item's title that says it holds the council's planning business. */
export function isPlanningTitle(title: string): boolean {
  return PLANNING_TITLE.test(title);
}

/**
 * Each application's line with the council's comment, as printed (a table's cells joined by " – ", a note in brackets
 * after the comment kept), in order; none when no line gives a comment, and none whose reference the other decisions
 * name already.
 */
export function planningComments(minutes: string, decided: readonly string[]): string[] {
  return applicationLines(minutes).flatMap(({ printed, reference, comment }) =>
    isRead(printed, comment) && !decided.some((decision) => decision.includes(reference)) ? [printed] : [],
  );
}

/**
 * The applications of a planning item whose comment is not read, each as its reference and the words that were not
 * ('25/0415/FUL: "Members were divided"'), for a warning: the line or row is kept in the minutes, no decision holds it.
 * A table's row is named by its comment column, a plain line whole; a plain line only in a list of comments (one line
 * of the item, at least, with its comment read: a list of applications received has none). A row whose comment column
 * is blank, a line or row that gives the planning authority's decision, and an application a decision names or
 * reads a sentence of (`decided`) say no comment.
 */
export function unreadComments(minutes: string, title: string, decided: readonly string[] = []): string[] {
  if (!isPlanningTitle(title)) return [];
  const lines = applicationLines(minutes);
  const commenting = lines.some(({ printed, plain }) => plain && isRead(printed, null));
  return lines.flatMap(({ printed, reference, comment, plain }) => {
    // A decision that names the application, or is a sentence of its line ("The CC agreed to object …"), holds its comment.
    const held = decided.some((decision) => decision.includes(reference) || (decision.trim() !== '' && printed.includes(squash(decision))));
    if (held || isRead(printed, comment)) return [];
    if (plain) return commenting && !AUTHORITY_DECISION.test(lastClause(printed)) ? [`${reference}: "${printed}"`] : [];
    return comment === null || comment === '' || AUTHORITY_DECISION.test(comment) ? [] : [`${reference}: "${comment}"`];
  });
}

/** A line's last clause, after its last stop, semicolon, comma or spaced dash ("… – porch – Refused by the District Council."). */
const lastClause = (line: string): string =>
  line
    .split(/\s[–—-]\s|[.;,]\s+/)
    .filter((part) => part.trim() !== '')
    .at(-1) ?? '';

/** Whether an application's line, or its table row's comment column, gives a comment (a row's cells may hold a line's sentences). */
const isRead = (printed: string, comment: string | null): boolean =>
  COMMENT_LINE.test(printed) || (comment !== null && COMMENT_CELL.test(comment));

/**
 * An application's line or table row: as printed, its reference, and its comment column's text: null on a line or in a
 * table whose header names no comment column, blank when the row leaves it so.
 */
interface ApplicationLine {
  printed: string;
  reference: string;
  comment: string | null;
  /** A line of a list, no table's row. */
  plain: boolean;
}

/** Each line or table row that opens with an application's reference, a line's wrapped lines and a row's wrapped cells joined on. */
function applicationLines(minutes: string): ApplicationLine[] {
  return withWrappedLinesJoined(withWrappedRowsJoined(minutes.split('\n'))).flatMap((line): ApplicationLine[] => {
    if (typeof line === 'string') {
      const reference = OPENS_WITH_REFERENCE.exec(line)?.[1];
      return reference === undefined ? [] : [{ printed: squash(line), reference, comment: null, plain: true }];
    }
    const reference = OPENS_WITH_REFERENCE.exec(line.cells[0] ?? '')?.[1];
    if (reference === undefined) return [];
    const filled = line.cells.filter((cell) => cell !== '');
    // The comment is in the column its header names: a row that leaves it blank (a shorter row, or a blank cell) has none.
    const comment = line.commentAt === null ? null : filled.length > 1 ? (line.cells[line.commentAt] ?? '') : '';
    return [{ printed: filled.join(' – '), reference, comment, plain: false }];
  });
}

/** A table's row, its wrapped lines joined, and the column its header names as the comments' (null when none does). */
interface TableRow {
  cells: string[];
  commentAt: number | null;
}

/**
 * "Comments", "Town Council response", "Observations", "Members' views": a header's heading over the council's comments,
 * in any column after the reference's ("Application | Comment | Address", "Ref | Comments | Proposal | Site").
 */
const COMMENT_HEADING = /\b(?:comments?|responses?|observations?|views?|recommendations?|remarks?)\W*$/i;

/**
 * A table's rows with the rows a cell wrapped onto joined to theirs, cell by cell, and the rule under the header left
 * out (table-cells.ts's tableRows: "| DC/25/1417 | Land east of Dyke | … | Objection – loss of |" over "|  | Farm | … |
 * hedgerow |"), so each application's comment is read whole, never cut at the wrap; other lines as they are.
 */
function withWrappedRowsJoined(lines: readonly string[]): (string | TableRow)[] {
  const joined: (string | TableRow)[] = [];
  let table: string[] = [];
  const endTable = () => {
    const rows = tableRows(table.map((line) => columnCells(line, /^\s*\|/.test(table[0] ?? ''))));
    const header = rows[0] ?? [];
    // The last such heading, where two are ("Officer recommendation | Town Council comments"): the council's own, set last.
    const at = OPENS_WITH_REFERENCE.test(header[0] ?? '')
      ? -1
      : header.findLastIndex((heading, column) => column > 0 && COMMENT_HEADING.test(heading));
    joined.push(...rows.map((cells) => ({ cells, commentAt: at > 0 ? at : null })));
    table = [];
  };
  for (const line of lines) {
    if (isColumnRow(line)) table.push(line);
    else {
      endTable();
      joined.push(line);
    }
  }
  endTable();
  return joined;
}

/** A pipe between two cells, none escaped ("\\|" is a pipe in a cell's words). */
const PIPE = /(?<!\\)\|/;

/** Whether a line is a table's row: its cells parted by tabs, or by pipes (a pipe rule under a header is one too). */
const isColumnRow = (line: string): boolean => line.includes('\t') || PIPE.test(line) || isPipeRule(line);

/**
 * A row's cells, parted by tabs, by pipes, or by a tab before a pipe (a table typed with pipes between its columns, as the
 * typed-table reader leaves it: "25/0311/HH\t| 7 Weaver Street\t| …"). A table whose rows open with a pipe (a Markdown
 * table: `outer`) has no cell before its first pipe nor after its last; one typed with pipes only between its columns
 * leaves a wrapped row's first cells blank ("              |        | trees; poor access").
 */
function columnCells(line: string, outer: boolean): string[] {
  const inner = outer
    ? line
        .trim()
        .replace(/^\|/, '')
        .replace(/(?<!\\)\|$/, '')
    : line.trimEnd();
  return inner.split(/\t[ \t]*(?<!\\)\|?|(?<!\\)\|/).map((cell) => squash(cell.replace(/\\\|/g, '|')));
}

/** A line that opens with an application's reference, group 1: a bare one too ("25/0198 – …"), the item being a planning item. */
const OPENS_WITH_REFERENCE = new RegExp(String.raw`^\s*(${PLANNING_REFERENCE})`);

/**
 * An application's line with the lines it wraps onto joined to it: its sentence open at its end (no stop) and the
 * next line filled, opening with no reference of its own ("24/0561/FUL Manor Farm – barn. Objection: access onto the"
 * over "B4470 is unsafe."), so a comment is read whole. A table's rows are joined by their cells above.
 */
function withWrappedLinesJoined(lines: readonly (string | TableRow)[]): (string | TableRow)[] {
  const joined: (string | TableRow)[] = [];
  for (const line of lines) {
    const above = joined.at(-1);
    const wraps =
      typeof above === 'string' &&
      typeof line === 'string' &&
      OPENS_WITH_REFERENCE.test(above) &&
      !/[.;:)]\s*$/.test(above) &&
      line.trim() !== '' &&
      !OPENS_WITH_REFERENCE.test(line);
    if (wraps) joined[joined.length - 1] = `${above.trimEnd()} ${line.trim()}`;
    else joined.push(line);
  }
  return joined;
}
