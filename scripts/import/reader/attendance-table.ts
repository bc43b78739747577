/**
 * Attendance printed as a table, as ModernGov's attendance page and some minutes print it: a header row whose cells
 * name the people's column and how each attended ("Attendee / Role / Attendance / Notes", "Name / Status"), or a grid
 * whose columns are statuses ("Councillor / Present / Apologies / Absent", a mark in one of them), then one person a
 * row, the cells separated by tabs (as the PDF and web page readers give a table's rows). Each row's status
 * says the list ("Present", "Present, virtual", "Present as substitute", "Apologies", "Absent", "In attendance"); a
 * row whose status says nothing the reader knows is left unread, for the caller to warn of. This module reads a table
 * row by row from its header; the header's columns (attendance-table-columns.ts), a row (attendance-table-row.ts), the
 * cells one a line (attendance-cell-lines.ts), the gap-parted header (attendance-gap-table.ts) and the key printed
 * with a table (attendance-table-key.ts) are read apart.
 */
import { squash } from './attendance-piece.ts';
import { isPipeRule, tabOrPipeCells } from './table-cells.ts';
import { spacedRows } from './attendance-spaced.ts';
import { readMarkKey } from './attendance-marks.ts';
import { cellColumns, type Columns, headerColumns, type TableStatus, WHO } from './attendance-table-columns.ts';
import { type AttendanceTable, readRow, type TableRow } from './attendance-table-row.ts';
import { readCellLines } from './attendance-cell-lines.ts';
import { readGapTable } from './attendance-gap-table.ts';
import { withKey } from './attendance-table-key.ts';

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
