/**
 * One row of an attendance table read as a person and how they attended: its cells by the header's columns
 * (attendance-table-columns.ts), its status from the status cell, the grid's marked cell or the list heading over the
 * table, its role, body, notes and item kept after the name as a list's line keeps them. Apart because tables of every
 * layout (attendance-table.ts, attendance-gap-table.ts, attendance-cell-lines.ts) read their rows by this.
 */
import { readPiece } from './attendance-person.ts';
import { type Person, squash } from './attendance-piece.ts';
import { MEMBER_NOTE } from './person-notes.ts';
import { authorityCell, sittingFor } from './attendance-authority.ts';
import { markedIn } from './table-grid.ts';
import { isCouncilName } from './council-name.ts';
import { type MarkRole } from './attendance-marks.ts';
import { BOARD_ROLE_WORDS, ROLE_WORDS } from './role-words.ts';
import { cellStatus, type Columns, type TableStatus } from './attendance-table-columns.ts';

/** One person of an attendance table, read as a list's line would be ("Name (Role) (Notes)"). */
export interface TableRow {
  person: Person;
  status: TableStatus;
  /** The row's role cell says more than that the person sits on the body ("Registered Nurse", not "Committee Member"). */
  roled: boolean;
}

/** An attendance table as read: its header, its people's rows, the rows it could not read and the lines it stands on. */
export interface AttendanceTable {
  /** The header row as printed, its cells joined by spaces. */
  header: string;
  rows: TableRow[];
  /** Rows whose person or status could not be read, as printed. */
  unread: string[];
  /** 0-based indexes of the lines the table stands on, header first. */
  lines: number[];
}

/** A role cell that says only that the person sits on the body: no role worth keeping. */
const PLAIN_MEMBER = /^(?:(?:committee|panel|board|council|cabinet)\s+)?member$/i;

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

/** A table's row read by its header's columns and the table's key, or null when it names no person or says no status. */
export function readRow(cells: string[], columns: Columns, key: ReadonlyMap<string, MarkRole> = new Map()): TableRow | null {
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
