/**
 * An attendance table typed under a header parted by a wide gap ("Councillor      Attendance") whose rows lost their own
 * gaps ("Cllr S Cobbold Apologies"): each row's status words or key code at its end, split from the name. Apart because
 * the check for councillors in no list (leftovers.ts) reads a row's name so too, as well as the table reader (attendance-table.ts).
 */
import { squash } from './attendance-piece.ts';
import { filledCells } from './table-cells.ts';
import { readMarkKey, type MarkRole } from './attendance-marks.ts';
import { cellStatus, gapColumns } from './attendance-table-columns.ts';
import { type AttendanceTable, readRow } from './attendance-table-row.ts';
import { withKey } from './attendance-table-key.ts';

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
export function readGapTable(lines: string[], at: number): AttendanceTable | null {
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
