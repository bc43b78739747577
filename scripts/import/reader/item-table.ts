/**
 * Minutes whose items are a table's rows, as scrutiny panels, parish councils and health boards print them:
 * "Item | Subject | Discussion / Decision | Action by", one row an item. Text extraction gives each row as a
 * line of cells parted by tabs (a PDF's table, formats/pdf-columns.ts; a web page's, formats/html-text.ts),
 * or by wide gaps (table-cells.ts); a long cell wraps onto rows of its own whose number cell is empty. Each
 * numbered row is an item: its number, its title from the subject cell (or, with none, "No. | Minute |
 * Action", the minute's lead-in), the discussion cells its text (where the decision reader finds "AGREED:"
 * in them), and the action cell kept as action-column.ts keeps one ("Action: M Tennant").
 */
import { squash } from '../text.ts';
import { actionLines } from './action-column.ts';
import { DECISION_HEADING, DUE_HEADING, ITEM_HEADING, OWNER_HEADING, SUBJECT_HEADING, TEXT_HEADING } from './column-headings.ts';
import type { ItemSlice, ReadAs } from './item-slice.ts';
import { OUTCOME_MARK } from './decision-markers.ts';
import { candidateAt } from './numbering.ts';
import { chooseScheme } from './numbering-scheme.ts';
import { cellTexts, filledCells, isDashRule } from './table-cells.ts';
import { UNMARKED } from './table-grid.ts';
import { printedVote, spokenVote, voteColumns, type VotePart } from './register-votes.ts';

/** What each column of the table holds, by index: the number, the title, the text, who acts and by when. */
interface Columns {
  width: number;
  /** The header row's headings, as printed: a register's cells are kept under them. */
  headings: string[];
  /** Null for a table with no subject column ("No. | Minute | Action"): the title is the minute's lead-in. */
  subject: number | null;
  texts: number[];
  action: number | null;
  due: number | null;
  /** The register's vote columns ("Prop | Sec | For | Agst | Abs"), by what each holds: their indexes. */
  votes: Map<VotePart, number>;
  /** A register's "Resolution" or "Decision" column, whose cell is the row's resolution; null in any other table. */
  decision: number | null;
}

/**
 * The last columns of a header row that say who is to act and by when ("Action by", "Officer | By",
 * "Owner | Deadline"), at most one of each, in either order: their indexes, and how many they are.
 */
function actionColumns(cells: readonly string[], from: number): { action: number | null; due: number | null; count: number } {
  let action: number | null = null;
  let due: number | null = null;
  for (let at = cells.length - 1; at >= from; at -= 1) {
    const cell = cells[at] ?? '';
    if (action === null && OWNER_HEADING.test(cell)) action = at;
    else if (due === null && DUE_HEADING.test(cell)) due = at;
    else break;
  }
  return { action, due, count: (action === null ? 0 : 1) + (due === null ? 0 : 1) };
}

/** "Description" over a column the minutes' text follows ("Item | Description | Decision"): what each item is, its title. */
const DESCRIPTION_HEADING = /^description$/i;

/**
 * The columns of a header row: an item column first, a subject column next or none, then one or more
 * columns of the minutes' text, and last who is to act and by when, or neither; null for any other row.
 */
function columnsOf(cells: string[]): Columns | null {
  const headings = cells.map(squash);
  const [first = '', second = '', third = ''] = headings;
  const described = DESCRIPTION_HEADING.test(second) && TEXT_HEADING.test(third);
  const named = SUBJECT_HEADING.test(second) || described;
  const votes = voteColumns(headings, named ? 2 : 1);
  const { action, due, count: acting } = actionColumns(headings.slice(0, headings.length - votes.size), named ? 2 : 1);
  const count = acting + votes.size;
  // "Minute No. | Item | Action": the one column between the number and who acts holds the minute, its lead-in the title.
  const subject = named && headings.length - count > 2 ? 1 : null;
  const from = subject === null ? 1 : 2;
  const texts = headings.slice(from, headings.length - count);
  const textual = texts.every((cell) => TEXT_HEADING.test(cell)) || (named && subject === null && count > 0);
  if (!ITEM_HEADING.test(first) || texts.length === 0 || !textual) return null;
  const decided = texts.findIndex((cell) => DECISION_HEADING.test(cell));
  const decision = votes.size > 0 && decided !== -1 ? decided + from : null;
  return { width: cells.length, headings, subject, texts: texts.map((_cell, at) => at + from), action, due, votes, decision };
}

/** A minute's lead-in and what follows it: "Budget monitoring. The Director …", "GRIT BINS – Two …", "Hall hire: the …". */
const LEAD_IN = /^(\S.{0,60}?)(?:\.|:|\s+[-–—])\s+(\S.*)$/;
/** A lead-in that opens a sentence, not a subject: an article, a pronoun or a person ("The Clerk: …", "Cllr Ash: …"). */
const PROSE_START = /^(?:the|a|an|this|that|these|those|it|he|she|they|we|there|members?|cllrs?|councillors?|mr|mrs|ms|miss|dr)\b/i;
/** A word that makes a lead-in a sentence: a verb ("were", "reported", "said"). */
const VERB = /^(?:is|are|was|were|has|have|had|will|would|should|can|could|may|must|be|been|said|gave|took|made|met|\p{Ll}{3,}ed)$/u;
/** "Agreed:", "Noted.": a decision's lead, no subject. */
const DECIDED = new RegExp(OUTCOME_MARK.source, 'i');

/**
 * The title of a row with no subject cell: the minute's lead-in when it is a short phrase naming a subject
 * (six words at most, no verb), as minutes print a run-in heading; '' when there is none, and the item is
 * then titled by its number (item-text.ts), the minute kept whole: a sentence is never made a title.
 */
export function leadTitle(text: string): { title: string; rest: string } {
  // "Finance." on a line of its own, the minute on the lines below: the whole line is the lead-in.
  const lead = LEAD_IN.exec(text) ?? /^(\S.{0,60}?)[.:]()$/.exec(text.trim());
  const title = lead?.[1]?.trim() ?? '';
  return lead && namesSubject(title, 6) ? { title, rest: lead[2] ?? '' } : { title: '', rest: text };
}

/**
 * A phrase naming a subject, as a run-in heading does ("Hall hire", "Apologies for absence"), not a sentence's
 * opening: `most` words at most, none a verb, not opening with an article, a pronoun or a person, no decision.
 * The minutes' text is the rest of the line, so a phrase that may be a sentence's start is never made a title.
 */
export function namesSubject(title: string, most: number): boolean {
  const words = title.split(/\s+/);
  return words.length <= most && !PROSE_START.test(title) && !DECIDED.test(title) && !words.some((word) => VERB.test(word));
}

/** The header row's cells, by their text. */
const headerCells = (line: string): string[] => cellTexts(line.trim());

/** How far a cell may start from its heading's first letter and still stand under it. */
const SLACK = 2;

/** True when each of a row's cells starts under a heading of the header row, as a text export keeps a table's columns. */
const aligned = (line: string, starts: readonly number[]): boolean =>
  filledCells(line).every(({ start }) => starts.some((column) => Math.abs(column - start) <= SLACK));

/**
 * A gap-parted row's cells put in the header's columns, each under the heading it starts nearest to: a
 * wrapped cell's next line keeps its column's place (its cells to the left blank), which the gaps alone
 * do not tell. Two pieces under one heading (a wide gap inside a sentence) are one cell.
 */
export function placedCells(line: string, starts: readonly number[]): string[] {
  const cells = starts.map(() => '');
  for (const { text, start } of filledCells(line)) {
    const distances = starts.map((column) => Math.abs(column - start));
    const column = distances.indexOf(Math.min(...distances));
    cells[column] = squash(`${cells[column] ?? ''} ${text}`);
  }
  return cells;
}

/**
 * A gap-parted row's cells. A row that opens at the number column, its cells in the columns' order, is read
 * cell by cell unless each cell stands under a heading; a line indented past the number column is a
 * wrapped cell's next line, placed by where it starts.
 */
function gapCells(line: string, starts: readonly number[]): string[] {
  const [first] = filledCells(line);
  const indented =
    first !== undefined && starts.length > 1 && Math.abs((starts[0] ?? 0) - first.start) > Math.abs((starts[1] ?? 0) - first.start);
  return indented || aligned(line, starts) ? placedCells(line, starts) : cellTexts(line.trim());
}

/**
 * What a row's number cell may hold besides a number: nothing (a wrapped row), or a short label for an
 * item with no number ("AOB", "Any other business"); never a sentence, which is text under the table.
 */
const isLabel = (cell: string): boolean => cell.split(/\s+/).length <= 4 && !/\p{Ll}{2}[.!?;:]$/u.test(cell);

/** One item as the rows build it up. */
interface Row {
  number: string | null;
  line: number;
  title: string[];
  texts: string[][];
  action: string[];
  due: string[];
  votes: Map<VotePart, string[]>;
}

/**
 * A row's cells added to its item: a wrapped cell's next line goes on where that cell left off; a web page's
 * row of its own (`wholeRows`) is a paragraph of its own.
 */
function addCells(row: Row, cells: string[], columns: Columns, wholeRows: boolean): void {
  const subject = squash(cells[columns.subject ?? -1] ?? '');
  if (subject !== '') row.title.push(subject);
  columns.texts.forEach((column, at) => {
    const text = squash(cells[column] ?? '');
    const cell = row.texts[at];
    if (text === '' || cell === undefined) return;
    if (wholeRows && cell.length > 0) cell.push('');
    cell.push(text);
  });
  const action = squash(cells[columns.action ?? -1] ?? '');
  // "–" in the action column: no one is to act.
  if (action !== '' && !UNMARKED.test(action)) row.action.push(action);
  const due = squash(cells[columns.due ?? -1] ?? '');
  if (due !== '' && !UNMARKED.test(due)) row.due.push(due);
  for (const [part, column] of columns.votes) {
    const cell = squash(cells[column] ?? '');
    if (cell !== '') row.votes.set(part, [...(row.votes.get(part) ?? []), cell]);
  }
}

/**
 * A web page's minute whose first paragraph stands alone over the rest of it, a phrase naming a subject with no stop
 * ("APOLOGIES FOR ABSENCE", as Word's "Save as HTML" prints a minute's title in bold over its text): that paragraph is
 * the title. Only a web page's row (`wholeRows`) is whole: a PDF's first line may be a wrapped sentence's start.
 */
function standingTitle(minute: readonly string[]): { title: string; rest: string } | null {
  const [first = '', ...rest] = minute;
  const under = rest.some((line) => line.trim() !== '');
  return under && !/[.!?;,:]$/.test(first) && namesSubject(first, 6) ? { title: first, rest: '' } : null;
}

/** The item of a row: its text cells a paragraph each, then who is to act; with no subject cell, titled by the minute's lead-in. */
function sliceOf(row: Row, columns: Columns, wholeRows: boolean): ItemSlice {
  const texts = row.texts.filter((lines) => lines.length > 0);
  const [first = []] = texts;
  const leadIn = columns.subject === null && first[0] !== undefined ? leadTitle(first[0]) : null;
  const lead = leadIn?.title === '' && wholeRows ? (standingTitle(first) ?? leadIn) : leadIn;
  // A lead-in alone on its line ("Finance.") leaves no text there: the minute starts on the next.
  if (lead !== null) texts[0] = [lead.rest, ...first.slice(1)].filter((_line, at, all) => all.slice(0, at + 1).some((text) => text !== ''));
  // A register's decision cell is the row's resolution, kept under its printed heading; the readers take it as "Resolution: …".
  const readAs: ReadAs[] = [];
  const decided = columns.decision === null ? -1 : texts.indexOf(row.texts[columns.texts.indexOf(columns.decision)] ?? []);
  if (decided !== -1) {
    const cell = texts[decided]?.join(' ') ?? '';
    texts[decided] = [`${columns.headings[columns.decision ?? -1] ?? ''}: ${cell}`];
    readAs.push({ printed: texts[decided]?.[0] ?? '', read: `Resolution: ${cell}` });
  }
  const lines = texts.flatMap((text, at) => (at === 0 ? text : ['', ...text]));
  const action = row.action.join(' ');
  const due = row.due.join(' ');
  // The vote cells under their headings, as printed; the vote reader takes them as it reads a vote in prose.
  const vote = printedVote(row.votes, columns.votes, columns.headings);
  if (vote !== '') readAs.push({ printed: vote, read: spokenVote(row.votes) });
  const reworded = readAs.filter(({ printed, read }) => printed !== read);
  return {
    number: row.number,
    title: lead?.title ?? row.title.join(' '),
    lines: [...(action === '' && due === '' ? lines : [...lines, ...actionLines(action, due)]), ...(vote === '' ? [] : ['', vote])],
    ...(reworded.length > 0 ? { readAs: reworded } : {}),
    line: row.line,
  };
}

/**
 * The items of a record whose items are a table: where its header row is, and an item for each row whose
 * first cell is a number (rows with that cell empty carry its cells on). The table ends at the first line
 * that is no row; what follows goes to the last item's text, as text after the last item does elsewhere.
 * Null when no header row of such a table opens the items: when a run of numbered items stands above it,
 * the table is one item's (a work programme's), not the items. With `wholeRows` (a web page's table, each
 * `<tr>` one line) no row wraps: a row with its number cell empty and a subject of its own is an item with no
 * number; one with no subject either (a paragraph the page put in a row of its own) stays its item's text.
 */
export function itemTable(lines: readonly string[], from: number, wholeRows = false): { start: number; items: ItemSlice[] } | null {
  const heading = lines.findIndex((line, index) => index >= from && columnsOf(headerCells(line)) !== null);
  if (heading === -1) return null;
  const tabbed = (lines[heading] ?? '').includes('\t');
  const columns = columnsOf(headerCells(lines[heading] ?? '')) as Columns;
  const starts = filledCells(lines[heading] ?? '').map((cell) => cell.start);
  const rows: Row[] = [];
  let end = lines.length;
  for (let index = heading + 1; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    const cells = tabbed ? cellTexts(line) : gapCells(line, starts);
    // "-----------  -------": the rule a typed table draws under its header is no row.
    if (rows.length === 0 && isDashRule(cells)) continue;
    const number = candidateAt(squash(cells[0] ?? ''), index);
    // Without tabs, a numbered row fills three columns or more (two with no subject column); a row with its number cell blank carries a wrapped cell on.
    const filled = cells.filter((cell) => cell !== '').length;
    const isRow = tabbed
      ? line.includes('\t') && cells.length <= columns.width && (number !== null || isLabel(squash(cells[0] ?? '')))
      : number !== null
        ? filled >= (columns.subject === null ? 2 : 3) && cells.length <= columns.width
        : cells[0] === '' && rows.length > 0;
    if (!isRow) {
      end = index;
      break;
    }
    // A row with its first cell empty carries the cells above on (a wrapped cell); one with words there ("AOB") is an item
    // with no number, and so, on a web page, is a row naming a subject of its own: a row there is never a wrapped cell's.
    const titled = wholeRows && columns.subject !== null && squash(cells[columns.subject] ?? '') !== '';
    const opens = number !== null || squash(cells[0] ?? '') !== '' || titled;
    if (opens)
      rows.push({
        number: number?.number ?? null,
        line: index,
        title: [],
        texts: columns.texts.map(() => []),
        action: [],
        due: [],
        votes: new Map(),
      });
    const row = rows.at(-1);
    if (row === undefined) return null;
    addCells(row, cells, columns, wholeRows);
  }
  const above = chooseScheme(lines).filter((candidate) => candidate.line >= from && candidate.line < heading);
  if (rows.length < 2 || above.length >= 2) return null;
  const items = rows.map((row) => sliceOf(row, columns, wholeRows));
  if (end < lines.length) items.at(-1)?.lines.push('', ...lines.slice(end));
  return { start: heading, items };
}
