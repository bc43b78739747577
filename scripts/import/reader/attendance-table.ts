/**
 * Attendance printed as a table, as ModernGov's attendance page and some minutes print it: a header row whose cells
 * name the people's column and how each attended ("Attendee / Role / Attendance / Notes", "Name / Status"), or a grid
 * whose columns are statuses ("Councillor / Present / Apologies / Absent", a mark in one of them), then one person a
 * row, the cells separated by tabs (as the PDF and web page readers give a table's rows). Each row's status
 * says the list ("Present", "Present, virtual", "Present as substitute", "Apologies", "Absent", "In attendance"); a
 * row whose status says nothing the reader knows is left unread, for the caller to warn of.
 */
import { readPiece } from './attendance-person.ts';
import { squash, type Person } from './attendance-piece.ts';
import { MEMBER_NOTE } from './person-notes.ts';
import { ORGANISATION_WORD } from './person-posts.ts';
import { AUTHORITY_COLUMN, authorityCell, sittingFor } from './attendance-authority.ts';
import { markColumns, markedIn } from './table-grid.ts';
import { isCouncilName } from './council-name.ts';
import { isMarginHeading } from './action-margin.ts';
import { ACTION_HEADING, ITEM_HEADING, SUBJECT_HEADING, TEXT_HEADING } from './column-headings.ts';
import { filledCells, isPipeRule, tabOrPipeCells } from './table-cells.ts';
import { spacedRows } from './attendance-spaced.ts';
import { plainMark, readMarkKey, type MarkRole } from './attendance-marks.ts';
import { BOARD_ROLE_WORDS, ROLE_WORDS } from './role-words.ts';

/**
 * How a row says its person attended; `expected` when the table was printed before the meeting; `alsoPresent` for the
 * rows of a table under a heading of guests ("Visitors", "Also present"), which no row's cell says.
 */
export type TableStatus = 'present' | 'substitute' | 'apologies' | 'absent' | 'inAttendance' | 'alsoPresent' | 'expected';

/** One person of an attendance table, read as a list's line would be ("Name (Role) (Notes)"). */
export interface TableRow {
  person: Person;
  status: TableStatus;
  /** The row's role cell says more than that the person sits on the body ("Registered Nurse", not "Committee Member"). */
  roled: boolean;
}

export interface AttendanceTable {
  /** The header row as printed, its cells joined by spaces. */
  header: string;
  rows: TableRow[];
  /** Rows whose person or status could not be read, as printed. */
  unread: string[];
  /** 0-based indexes of the lines the table stands on, header first. */
  lines: number[];
}

/** The heading of the column of names: "Attendee", "Name", "Member", "Councillor". */
export const WHO = /^(?:attendee|name|member|councillor|person|visitor)s?(?:\s+name)?$/i;
/** "Status", "Attendance", "Attended": the heading of the column that says how each person attended. */
export const HOW = /^(?:attendance|status|attended|attendance\s+status)$/i;
const ROLE = /^(?:role|position|post|title)$/i;
const NOTES = /^(?:notes?|comments?|remarks?|details)$/i;
/** "Item", "Agenda item": the column of the item a person came for. */
const ITEM_COLUMN = /^(?:agenda\s+)?items?$/i;
/** The body a person comes from or represents: kept as a note, unless it is a council (whom a member represents). */
const BODY = /^(?:organi[sz]ation|representing|body|agency|employer)$/i;
/** A role cell that says only that the person sits on the body: no role worth keeping. */
const PLAIN_MEMBER = /^(?:(?:committee|panel|board|council|cabinet)\s+)?member$/i;

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

interface Columns {
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
function cellStatus(cell: string, answers: boolean, key: ReadonlyMap<string, MarkRole>): TableStatus | undefined {
  const coded = codedStatus(cell, key);
  const plain = answers && coded === undefined ? plainMark(cell) : undefined;
  return coded ?? (plain === undefined ? undefined : MARK_STATUS[plain]);
}

/** Where the header row at `line` puts each column, or null when the line is not an attendance table's header. */
function headerColumns(line: string, given?: TableStatus): Columns | null {
  const cells = tabOrPipeCells(line);
  return cells ? cellColumns(cells, given) : null;
}

/** Where a header row's cells put each column, or null when they are not an attendance table's header. */
function cellColumns(cells: string[], given?: TableStatus): Columns | null {
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

/** "Nominated by Health Board (Non-Executive Member)" -> "Nominated by Health Board, Non-Executive Member". */
function unbracket(cell: string): string {
  return squash(cell.replace(/\s*\(([^()]*)\)/g, ', $1'));
}

/**
 * "Chair - Cabinet Member for Health", "Substitute - Fellside ICB", "Non-voting - Vale Police": a role cell that leads
 * with the person's part on the body, a dash, then their post or body (as a CMIS page's attendance tables give it):
 * two notes, so the part is read as the lists read it alone (the chair's post, a substitute); any other cell is one.
 */
function roleParts(cell: string): string[] {
  const dashed = /^(.+?)\s+[-–—]\s+(\S.*)$/.exec(cell);
  const part = dashed?.[1] ?? '';
  const roleWords = part.split(/[\s/()]+/).every((word) => ROLE_WORDS.has(word.toLowerCase()) || BOARD_ROLE_WORDS.has(word.toLowerCase()));
  return dashed !== null && (roleWords || MEMBER_NOTE.test(part)) ? [part, dashed[2] ?? ''] : [cell];
}

/**
 * Whether a body's cell names a council, which is left out (whom a member represents), and the note in brackets after
 * the council's name ("Tarnby County Council (Chief Executive)"), kept as the person's; the note empty when none.
 */
function councilAndNote(cell: string): [boolean, string] {
  if (isCouncilName(cell)) return [true, ''];
  const noted = /^(.*\S)\s*\(([^()]+)\)$/.exec(cell);
  return noted !== null && isCouncilName(noted[1] ?? '') ? [true, noted[2] ?? ''] : [false, ''];
}

function readRow(cells: string[], columns: Columns, key: ReadonlyMap<string, MarkRole> = new Map()): TableRow | null {
  const cell = (index: number) => (index === -1 ? '' : (cells[index] ?? ''));
  const status =
    columns.given ?? (columns.how !== -1 ? cellStatus(cell(columns.how), columns.answers, key) : markedIn(cells, columns.marks));
  const role = PLAIN_MEMBER.test(cell(columns.role)) ? '' : cell(columns.role);
  const authority = columns.authority ? authorityCell(cell(columns.body)) : null;
  // "Tarnby County Council (Leader)": a council with the member's post in brackets after it, the post kept as a role's.
  const [council, post] = councilAndNote(cell(columns.body));
  const body = authority !== null || council ? '' : cell(columns.body);
  // "Nominated by Health Board (Non-Executive Member)": a cell's own brackets, opened inside the note's, would end it early.
  const item = cell(columns.item) === '' ? '' : `item ${cell(columns.item)}`;
  const notes = [...roleParts(role), post, body, ...(authority?.notes ?? []), cell(columns.notes), item]
    .filter((note) => note !== '')
    .map((note) => ` (${unbracket(note)})`);
  const read = readPiece(`${cell(columns.who)}${notes.join('')}`);
  if (status === undefined || read.kind !== 'person' || read.name === '') return null;
  const piece = authority === null ? read : sittingFor(read, authority);
  // A guest's body in its own column ("Visitor / Organisation"): the guest comes from it, whatever its name's words.
  if (status === 'alsoPresent' && body !== '' && !piece.officer) piece.elsewhere = true;
  return { person: piece, status, roled: role !== '' || authority !== null };
}

/** A header cell of a table printed one cell a line, each of whose rows' cells a word list can check (never notes, which may be empty). */
const CHECKED_HEADER = [WHO, HOW, ROLE, BODY];
const ORGANISATION = new RegExp(String.raw`\b${ORGANISATION_WORD}\b`);

/** True when a row's cell is what its column holds: a status, a role's words, or a council or another body. */
function cellFits(cell: string, column: number, columns: Columns): boolean {
  if (column === columns.how) return cellStatus(cell, columns.answers, new Map()) !== undefined;
  if (column === columns.role)
    return cell.split(/[\s/()-]+/).some((word) => ROLE_WORDS.has(word.toLowerCase()) || BOARD_ROLE_WORDS.has(word.toLowerCase()));
  if (column === columns.body) return isCouncilName(cell) || ORGANISATION.test(cell);
  return false;
}

/** The next `count` filled lines from `from`, with their indexes. */
function filledLines(lines: string[], from: number, count: number): { cells: string[]; indexes: number[] } {
  const cells: string[] = [];
  const indexes: number[] = [];
  for (let index = from; index < lines.length && cells.length < count; index++) {
    if ((lines[index] ?? '').trim() === '') continue;
    cells.push(squash(lines[index] ?? ''));
    indexes.push(index);
  }
  return { cells, indexes };
}

/** The filled lines from `from` up to the next blank line (blank lines before them passed over), with their indexes. */
function lineGroup(lines: string[], from: number): { cells: string[]; indexes: number[] } {
  let index = from;
  while (index < lines.length && (lines[index] ?? '').trim() === '') index++;
  const cells: string[] = [];
  const indexes: number[] = [];
  for (; index < lines.length && (lines[index] ?? '').trim() !== ''; index++) {
    cells.push(squash(lines[index] ?? ''));
    indexes.push(index);
  }
  return { cells, indexes };
}

/**
 * True when the rows under a header of cells one a line are parted by blank lines, as an integration joint board's
 * minute prints "Members / Role" and then each member's name over their role: the first two groups of lines each no
 * longer than a row. A row of fewer lines then is a person whose last cells are empty, never the next row's start.
 */
function partedRows(lines: string[], from: number, width: number): boolean {
  if ((lines[from] ?? '').trim() !== '') return false;
  const first = lineGroup(lines, from);
  const second = lineGroup(lines, (first.indexes.at(-1) ?? from) + 1);
  return [first, second].every((group) => group.cells.length >= 1 && group.cells.length <= width);
}

/**
 * A table whose cells a PDF gives one a line ("Member" / "Representing", then "Councillor A Ash" / "Ashby
 * District Council", alternating), read only where the alternation is clear: its header's cells on lines of
 * their own, then rows of as many lines, each a person's name and cells that fit their columns (a status, a
 * role's words, a body), or rows parted by blank lines (partedRows). It ends at a line that names no one; a row whose cells do not fit (an empty cell the
 * PDF left out shifts the rest) leaves the whole table unread (null), for the caller to warn of.
 */
function readCellLines(lines: string[], at: number, given?: TableStatus): AttendanceTable | null {
  const header: string[] = [];
  for (let index = at; index < lines.length && header.length < CHECKED_HEADER.length; index++) {
    const cell = squash(lines[index] ?? '');
    if (!CHECKED_HEADER.some((pattern) => pattern.test(cell)) || (header.length === 0 && !WHO.test(cell))) break;
    header.push(cell);
  }
  const columns = header.length >= 2 ? headerColumns(header.join('\t'), given) : null;
  if (!columns || columns.marks.size > 0) return null;
  const table: AttendanceTable = { header: header.join(' '), rows: [], unread: [], lines: header.map((_cell, offset) => at + offset) };
  const parted = partedRows(lines, at + header.length, header.length);
  for (let from = at + header.length; from < lines.length;) {
    const { cells, indexes } = parted ? lineGroup(lines, from) : filledLines(lines, from, header.length);
    if (parted && cells.length > header.length) break;
    const who = readPiece(cells[columns.who] ?? '');
    if ((!parted && cells.length < header.length) || cells.length === 0 || who.kind !== 'person' || who.name === '') break;
    const fits = cells.every((cell, column) => column === columns.who || cellFits(cell, column, columns));
    const row = fits ? readRow(cells, columns) : null;
    if (row === null) return null;
    table.rows.push(row);
    table.lines.push(...indexes);
    from = (indexes.at(-1) ?? from) + 1;
  }
  return table.rows.length >= 2 ? table : null;
}

/**
 * Whether a row that could head a table ("Councillor Darren Egerton | Member | Present": "Member" a names' heading,
 * "Present" a status's) is a person's row of the table read: it reads as one, and its names' cell is no heading.
 */
const isPersonsRow = (cells: string[], columns: Columns, row: TableRow | null): boolean =>
  row !== null && !WHO.test(squash(cells[columns.who] ?? ''));

/**
 * The attendance table whose header row is `lines[at]`, read to its last row (blank lines between rows are passed
 * over; a line with no tab, or another table's header, ends it); null when `lines[at]` is no such header. A header
 * whose cells stand one a line is read as such a table's (readCellLines).
 */
export function readAttendanceTable(lines: string[], at: number, given?: TableStatus): AttendanceTable | null {
  const headerCells = tabOrPipeCells(lines[at] ?? '');
  if (headerCells === null) return readGapTable(lines, at) ?? readSpacedTable(lines, at, given) ?? readCellLines(lines, at, given);
  const columns = cellColumns(headerCells, given);
  if (!columns) return null;
  const key = readMarkKey(lines);
  const table: AttendanceTable = { header: headerCells.filter(Boolean).join(' '), rows: [], unread: [], lines: [at] };
  for (let index = at + 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    // A Markdown table's rule under its header ("|---|---|") holds no row.
    if (isPipeRule(line)) {
      table.lines.push(index);
      continue;
    }
    const cells = tabOrPipeCells(line);
    if (cells === null) break; // the table's end
    const row = readRow(cells, columns, key.key);
    if (headerColumns(line, given) !== null && !isPersonsRow(cells, columns, row)) break; // the next table's header
    // With no status column to say a row is a person's, a row that names no one is the next table's ("Item / Minute / Action").
    if (!row && columns.given !== undefined) break;
    if (row) table.rows.push(row);
    else table.unread.push(cells.filter(Boolean).join(' '));
    table.lines.push(index);
  }
  return withKey(table, lines, key.lines);
}

/**
 * A table typed with spaces ("Name      Organisation      Role" over its rows, attendance-spaced.ts), read as the same
 * table with tabs would be; the rows that could not be parted into its columns are unread, each named by its line.
 */
function readSpacedTable(lines: string[], at: number, given?: TableStatus): AttendanceTable | null {
  const spaced = spacedRows(lines, at, (cells) => cellColumns(cells, given) !== null);
  const table = spaced === null ? null : readAttendanceTable(spaced.lines, at, given);
  if (spaced === null || table === null) return null;
  const unread = [...table.unread, ...spaced.unparted.map((index) => squash(lines[index] ?? ''))];
  return { ...table, unread, lines: [...new Set([...table.lines, ...spaced.unparted])].sort((a, b) => a - b) };
}

/**
 * The table with the key printed straight after it ("Key: P = Present, Ap = Apologies, A = Absent", only blank lines
 * between), which its codes were read by: read with it, so that the key is not left over as a list of its own.
 */
function withKey(table: AttendanceTable, lines: string[], keyLines: number[]): AttendanceTable {
  const last = table.lines.at(-1) ?? 0;
  const key = keyLines.find((index) => index > last && lines.slice(last + 1, index).every((line) => line.trim() === ''));
  if (key === undefined) return table;
  const run = keyLines.filter((index) => index >= key && index - key === keyLines.indexOf(index) - keyLines.indexOf(key));
  return { ...table, lines: [...table.lines, ...run] };
}

/**
 * The lines of a key printed straight over an attendance table's header ("Key: ✓ = present, A = apologies" over
 * "Councillor | Attendance", only blank lines or the key's other lines between): the table's, whose codes it reads, so
 * that the key is read with it and is not taken for a sentence that runs on into the table.
 */
export function keyOverTable(lines: readonly string[]): number[] {
  const key = readMarkKey(lines).lines;
  return key.filter((index) => {
    let next = index + 1;
    while (next < lines.length && ((lines[next] ?? '').trim() === '' || key.includes(next))) next += 1;
    return next < lines.length && isAttendanceTableHeader(lines[next] ?? '');
  });
}

/**
 * A header row of the names' column and the statuses' parted by a wide gap ("Councillor      Attendance"), as a clerk
 * types it; a table typed so with its rows in the columns reaches here with tabs (formats/text-tables.ts).
 */
function gapColumns(line: string): Columns | null {
  if (line.includes('\t')) return null;
  const cells = filledCells(line).map((cell) => squash(cell.text));
  const columns = cells.length === 2 ? cellColumns(cells) : null;
  return columns && columns.who === 0 && columns.how === 1 ? columns : null;
}

/**
 * "Cllr Y Hallam Present" under "Councillor    Attendance", the row's own gap lost: the status words or key code
 * at the row's end (up to four words), split from the name before them; null when the row ends in none.
 */
function trailingStatus(line: string, answers: boolean, key: ReadonlyMap<string, MarkRole>): [string, string] | null {
  const words = squash(line).split(' ');
  for (let from = Math.max(1, words.length - 4); from < words.length; from++) {
    const said = words.slice(from).join(' ');
    if (cellStatus(said, answers, key) !== undefined) return [words.slice(0, from).join(' '), said];
  }
  return null;
}

/**
 * A row's words before the status words or key code at its end ("Cllr S Cobbold Apologies", "Cllr S Cobbold Ap" under a
 * key "Ap = Apologies": "Cllr S Cobbold"), the row itself when it ends in none: the name a row of a table gives, as the
 * check for councillors in no list (leftovers.ts) reads it, so that a status is taken for no surname.
 */
export function beforeStatus(row: string, key: ReadonlyMap<string, MarkRole>): string {
  return trailingStatus(row, false, key)?.[0] ?? row;
}

/**
 * The rows under a gap-parted header whose own gaps were lost ("Cllr S Cobbold Apologies", "Cllr U Ellery A" under
 * "Councillor      Attendance"): each row's status words or key code at its end, split from the name. The rows run to
 * a line that ends in no status or a key's line; a row still parted by a gap whose status says nothing known (a code
 * the key does not state) is left unread, to be warned of, never guessed.
 */
function readGapTable(lines: string[], at: number): AttendanceTable | null {
  const columns = gapColumns(lines[at] ?? '');
  if (!columns) return null;
  const key = readMarkKey(lines);
  const table: AttendanceTable = { header: squash(lines[at] ?? ''), rows: [], unread: [], lines: [at] };
  for (let index = at + 1; index < lines.length && !key.lines.includes(index); index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    if (line.includes('\t') || gapColumns(line) !== null) break;
    const split = trailingStatus(line, columns.answers, key.key);
    if (split === null && filledCells(line).length < 2) break;
    const row = split ? readRow(split, columns, key.key) : null;
    if (row) table.rows.push(row);
    else table.unread.push(squash(line));
    table.lines.push(index);
  }
  return table.lines.length > 1 ? withKey(table, lines, key.lines) : null;
}
