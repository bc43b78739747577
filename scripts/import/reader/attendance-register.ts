/**
 * An attendance register over several meetings, as a parish or town council prints one at the top of its minutes: a
 * key of marks ("Key: ✓ = present   A = apologies   – = absent   S = substitute"), a header of the members' column
 * and one column a meeting's date ("Member   12 Jan   9 Mar   11 May"), then a member a row with a mark under each
 * date. Only the column of this meeting's date says who attended it: the others are other meetings'. A mark is read by
 * the printed key (attendance-marks.ts), else only a mark no key is needed for (a tick, a cross, Y, N); a mark
 * neither says, and a register with no column of this meeting's date, are warned of and nothing of them guessed: the
 * member is then one whose attendance the record does not state.
 */
import { dayAndMonth, type DayAndMonth } from '../../../src/model/dates.ts';
import { plainMark, readMarkKey, type MarkRole } from './attendance-marks.ts';
import { readPiece } from './attendance-person.ts';
import { squash } from './attendance-piece.ts';
import { WHO } from './attendance-table-columns.ts';
import { cellsUnder, filledCells, tabOrPipeCells, type Cell } from './table-cells.ts';

/** A register read: each member in the list their mark for this meeting says ('members' when it says none), the lines read, the warnings. */
export interface Register {
  entries: { role: MarkRole; text: string }[];
  lines: number[];
  warnings: string[];
}

/** "ATTENDANCE REGISTER", "Register of attendance": the register's title, alone on its line above it. */
const TITLE = /^(?:(?:councillors['’]?\s+|members['’]?\s+)?attendance\s+register|register\s+of\s+(?:members['’]?\s+)?attendance)$/i;

/** A register's header: the headings' cells (their places, for a row set out with spaces), each date column's date. */
interface Header {
  at: number;
  heads: Cell[];
  dates: (DayAndMonth | null)[];
  tabbed: boolean;
}

/** The header at `at`: a names' heading ("Member", "Councillor") then only dates, one a meeting; null for any other line. */
function headerAt(lines: readonly string[], at: number): Header | null {
  const line = lines[at] ?? '';
  const tabbed = tabOrPipeCells(line);
  const heads = tabbed ? tabbed.map((text, index) => ({ text, start: index })) : filledCells(line);
  const [names, ...rest] = heads.map((cell) => squash(cell.text));
  const dates = rest.map(dayAndMonth);
  if (names === undefined || !WHO.test(names) || dates.length === 0 || dates.some((date) => date === null)) return null;
  return { at, heads, dates: [null, ...dates], tabbed: tabbed !== null };
}

/** Whether the lines hold a register's header (so the caller need find the meeting's date before the attendance only then). */
export function holdsRegister(lines: readonly string[]): boolean {
  return lines.some((_line, at) => headerAt(lines, at) !== null);
}

/** A row's cells under the header's headings: a table's by their order, a typed row's by where each stands (cellsUnder). */
function rowCells(line: string, header: Header): string[] {
  return header.tabbed ? (tabOrPipeCells(line) ?? []) : cellsUnder(line, header.heads);
}

/** The column of `date` (ISO): its day and month, and its year when the heading prints one; -1 when none is. */
function columnOf(header: Header, date: string | null): number {
  const [year, month, day] = (date ?? '').split('-').map(Number);
  return header.dates.findIndex(
    (heading) => heading !== null && heading.day === day && heading.month === month && (heading.year === null || heading.year === year),
  );
}

/** The register's rows under its header: each a member's, to the first line that names no one (blank lines passed over). */
function rowsUnder(lines: readonly string[], header: Header): { at: number; cells: string[] }[] {
  const rows: { at: number; cells: string[] }[] = [];
  for (let at = header.at + 1; at < lines.length; at += 1) {
    const line = lines[at] ?? '';
    if (line.trim() === '') continue;
    const cells = rowCells(line, header);
    const person = readPiece(squash(cells[0] ?? ''));
    if (person.kind !== 'person' || person.name === '') break;
    rows.push({ at, cells });
  }
  return rows;
}

/** The lines just above the header that are the register's: its key's, and its title's. */
function linesAbove(lines: readonly string[], at: number, keyLines: readonly number[]): number[] {
  const above: number[] = [];
  for (let index = at - 1; index >= 0; index -= 1) {
    const text = squash(lines[index] ?? '');
    if (keyLines.includes(index) || TITLE.test(text)) above.push(index);
    else if (text !== '') break;
  }
  return above;
}

/**
 * The attendance register in `lines` with this meeting's column read (`date`, ISO: the meeting's date, null when not
 * known), or null when the lines hold none. Rows whose mark the register's key does not state (or, with no key, a mark
 * other than a tick, a cross, Y or N), or every row when no column is this meeting's, are members whose attendance it
 * does not state, each warned of.
 */
export function readRegister(lines: readonly string[], date: string | null): Register | null {
  const header = lines.map((_line, at) => headerAt(lines, at)).find((found) => found !== null);
  if (header === undefined) return null;
  const rows = rowsUnder(lines, header);
  if (rows.length === 0) return null;
  const key = readMarkKey(lines);
  const printed = squash(header.heads.map((cell) => cell.text).join(' '));
  const column = columnOf(header, date);
  const read = [...linesAbove(lines, header.at, key.lines), header.at, ...rows.map((row) => row.at)].sort((a, b) => a - b);
  if (column === -1) {
    const warning = `the attendance register "${printed}" has no column for this meeting's date (${date ?? 'not known'}): no one's attendance is read from it; add it to the meeting file by hand`;
    return { entries: rows.map((row) => ({ role: 'members', text: squash(row.cells[0] ?? '') })), lines: read, warnings: [warning] };
  }
  const heading = squash(header.heads[column]?.text ?? '');
  const warnings: string[] = [];
  const entries = rows.map((row) => {
    const text = squash(row.cells[0] ?? '');
    const mark = squash(row.cells[column] ?? '');
    const role = key.key.get(mark) ?? (key.key.size === 0 ? plainMark(mark) : undefined);
    if (role !== undefined) return { role, text };
    const which = key.key.size === 0 ? 'which it prints no key for' : 'which its key does not state';
    warnings.push(
      mark === ''
        ? `the attendance register "${printed}" has no mark for "${text}" under ${heading}: their attendance at this meeting is not read; add it to the meeting file by hand`
        : `the attendance register "${printed}" marks "${text}" with "${mark}" under ${heading}, ${which}: their attendance at this meeting is not read; add it to the meeting file by hand`,
    );
    return { role: 'members' as const, text };
  });
  return { entries, lines: read, warnings };
}
