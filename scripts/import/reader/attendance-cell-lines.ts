/**
 * An attendance table whose cells a PDF gives one a line ("Member" / "Representing", then a name and a council
 * alternating), read only where every row's cells fit their columns, or its rows are parted by blank lines. Apart
 * from the table reader (attendance-table.ts), which turns to it for a header with no tabs, as this layout is read by rules
 * of its own.
 */
import { readPiece } from './attendance-person.ts';
import { squash } from './attendance-piece.ts';
import { ORGANISATION_WORD } from './person-posts.ts';
import { isCouncilName } from './council-name.ts';
import { BOARD_ROLE_WORDS, ROLE_WORDS } from './role-words.ts';
import { BODY, cellStatus, type Columns, HOW, headerColumns, ROLE, type TableStatus, WHO } from './attendance-table-columns.ts';
import { type AttendanceTable, readRow } from './attendance-table-row.ts';

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
export function readCellLines(lines: string[], at: number, given?: TableStatus): AttendanceTable | null {
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
