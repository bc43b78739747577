/**
 * An attendance table's header row and the words of its status cells: which column holds the people, which says how
 * each attended (a status's words, a key's code, a yes or a no) or, in a grid, which status each column's mark gives,
 * and which hold a role, a body, notes or an item; a header typed with a wide gap between two headings as well. Apart
 * because every way of reading a table's rows (attendance-table.ts, attendance-gap-table.ts, attendance-cell-lines.ts) reads
 * its header so.
 */
import { squash } from './attendance-piece.ts';
import { AUTHORITY_COLUMN } from './attendance-authority.ts';
import { markColumns } from './table-grid.ts';
import { filledCells, tabOrPipeCells } from './table-cells.ts';
import { plainMark, type MarkRole } from './attendance-marks.ts';

/**
 * How a row says its person attended; `expected` when the table was printed before the meeting; `alsoPresent` for the
 * rows of a table under a heading of guests ("Visitors", "Also present"), which no row's cell says.
 */
export type TableStatus = 'present' | 'substitute' | 'apologies' | 'absent' | 'inAttendance' | 'alsoPresent' | 'expected';

/** The heading of the column of names: "Attendee", "Name", "Member", "Councillor". */
export const WHO = /^(?:attendee|name|member|councillor|person|visitor)s?(?:\s+name)?$/i;
/** "Status", "Attendance", "Attended": the heading of the column that says how each person attended. */
export const HOW = /^(?:attendance|status|attended|attendance\s+status)$/i;
/** "Role", "Position", "Post", "Title": the heading of the column of each person's role. */
export const ROLE = /^(?:role|position|post|title)$/i;
const NOTES = /^(?:notes?|comments?|remarks?|details)$/i;
/** "Item", "Agenda item": the column of the item a person came for. */
const ITEM_COLUMN = /^(?:agenda\s+)?items?$/i;
/** The body a person comes from or represents: kept as a note, unless it is a council (whom a member represents). */
export const BODY = /^(?:organi[sz]ation|representing|body|agency|employer)$/i;

/** Statuses as tables word them; the first that matches the start of the cell wins. */
const STATUSES: readonly (readonly [RegExp, TableStatus])[] = [
  [/^present\s+as\s+(?:a\s+)?substitute\b/i, 'substitute'],
  [/^(?:present|attended|virtual|remote)\b/i, 'present'],
  [/^apol(?:og|s\b)/i, 'apologies'],
  [/^(?:absent|did\s+not\s+attend|not\s+present)\b/i, 'absent'],
  [/^in\s+attendance\b/i, 'inAttendance'],
  [/^expected\b/i, 'expected'],
];

/**
 * A column whose heading asks whether each person attended ("Attended", "Present", "Attendance"): its cells may answer
 * the question, as a web page's attendance table does ("Yes", "No"), besides naming a status.
 */
const ASKS_ATTENDED = /^(?:attended|present|attendance)$/i;

/** Where an attendance table's header puts each column (-1 for a column it has not), read by cellColumns. */
export interface Columns {
  who: number;
  /** The column that words each row's status; -1 in a grid of marks. */
  how: number;
  /** The status column's heading asks whether each person attended, so a yes or a no answers it (plainMark). */
  answers: boolean;
  role: number;
  notes: number;
  /** The column of the items a person came for ("Visitor / Organisation / Item"), kept as a note ("item 6"). */
  item: number;
  body: number;
  /** The body column names the authority each member sits for (AUTHORITY_COLUMN), kept with the member. */
  authority: boolean;
  /** The status of every row, from the list heading over a table with no status column ("Present:" over "Name / Role"). */
  given?: TableStatus;
  /** A grid's columns headed by a status ("Present", "Apologies", "Absent"), whose marked cell says the row's. */
  marks: Map<number, TableStatus>;
}

function statusOf(cell: string): TableStatus | undefined {
  return STATUSES.find(([pattern]) => pattern.test(cell))?.[1];
}

/**
 * A grid column's heading: a status, or "Attended" / "Attendance" / "In attendance" over the marks of those present
 * ("Member / Attended / Apologies / Absent"), where no column is headed "Present"; as a row's cell, "Attendance"
 * says nothing and "In attendance" an officer's attendance.
 */
function headingStatus(cell: string): TableStatus | undefined {
  return /^(?:attended|attendance|in\s+attendance)$/i.test(cell) ? 'present' : statusOf(cell);
}

/** The list each mark of a printed key stands for, as a table's status ("Key: P = Present, Ap = Apologies, A = Absent"). */
const MARK_STATUS: Record<MarkRole, TableStatus | undefined> = {
  present: 'present',
  apologies: 'apologies',
  absent: 'absent',
  substitutes: 'substitute',
  members: undefined,
};

/** A status cell's code read by the table's printed key ("Ap"), or its words ("Apologies"); a code no key states says nothing. */
function codedStatus(cell: string, key: ReadonlyMap<string, MarkRole>): TableStatus | undefined {
  const coded = key.get(cell);
  return coded !== undefined ? MARK_STATUS[coded] : statusOf(cell);
}

/**
 * A status cell read by its column: a code or a status's words; under "Attended" (`answers`) a code no key states may
 * answer the question, as a yes or a tick (present) or a no or a cross (absent) does (plainMark).
 */
export function cellStatus(cell: string, answers: boolean, key: ReadonlyMap<string, MarkRole>): TableStatus | undefined {
  const coded = codedStatus(cell, key);
  const plain = answers && coded === undefined ? plainMark(cell) : undefined;
  return coded ?? (plain === undefined ? undefined : MARK_STATUS[plain]);
}

/** Where the header row at `line` puts each column, or null when the line is not an attendance table's header. */
export function headerColumns(line: string, given?: TableStatus): Columns | null {
  const cells = tabOrPipeCells(line);
  return cells ? cellColumns(cells, given) : null;
}

/** Where a header row's cells put each column, or null when they are not an attendance table's header. */
export function cellColumns(cells: string[], given?: TableStatus): Columns | null {
  const named = cells.findIndex((cell) => WHO.test(cell));
  const takes = (cell: string, index: number) => index !== named && cell.split(' ').length <= 4;
  const plain = markColumns(cells, statusOf, takes);
  // Beside a column headed "Present", "In attendance" heads those who attended but are no members (officers).
  const grid = [...plain.values()].includes('present') ? plain : markColumns(cells, headingStatus, takes);
  // "Member / Attended / Apologies / Absent": with another status beside it, "Attended" heads a grid's marks, not a status column.
  // "Name / Role / Present": a column headed "Present" alone, no grid beside it, holds each row's answer.
  const how = grid.size >= 2 ? -1 : cells.findIndex((cell) => HOW.test(cell) || ASKS_ATTENDED.test(cell));
  const marks = how === -1 ? grid : new Map<number, TableStatus>();
  // A grid's first header cell over the names may be empty.
  const who = named !== -1 ? named : cells[0] === '' && marks.size >= 2 ? 0 : -1;
  const role = cells.findIndex((cell) => ROLE.test(cell));
  const body = cells.findIndex((cell) => BODY.test(cell) || AUTHORITY_COLUMN.test(cell));
  // Under a list's heading, a header of a name's column and a role's or body's: the heading gives each row's status.
  const headed = given !== undefined && how === -1 && marks.size === 0 && named !== -1 && (role !== -1 || body !== -1);
  if (who === -1 || (how === -1 && marks.size < 2 && !headed)) return null;
  const answers = ASKS_ATTENDED.test(cells[how] ?? '');
  const notes = cells.findIndex((cell) => NOTES.test(cell));
  const item = cells.findIndex((cell) => ITEM_COLUMN.test(cell));
  const authority = AUTHORITY_COLUMN.test(cells[body] ?? '');
  return { who, how, answers, role, notes, item, body, authority, marks, ...(headed ? { given } : {}) };
}

/** Whether a line is an attendance table's header row (so a list above it stops there). */
export function isAttendanceTableHeader(line: string): boolean {
  return headerColumns(line) !== null || gapColumns(line) !== null;
}

/**
 * A header row of the names' column and the statuses' parted by a wide gap ("Councillor      Attendance"), as a clerk
 * types it; a table typed so with its rows in the columns reaches here with tabs (formats/text-tables.ts).
 */
export function gapColumns(line: string): Columns | null {
  if (line.includes('\t')) return null;
  const cells = filledCells(line).map((cell) => squash(cell.text));
  const columns = cells.length === 2 ? cellColumns(cells) : null;
  return columns && columns.who === 0 && columns.how === 1 ? columns : null;
}
