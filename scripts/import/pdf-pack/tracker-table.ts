/**
 * A tracker's table, row by row: where it starts and ends, a cell wrapped onto the lines below its row joined back
 * in, the header printed again and a heading over the closed rows passed over, and a heading that names two columns
 * in one parted. Apart from reading what a row's cells say (tracker.ts) because a tracker record
 * (kinds/tracker.ts) keeps the table's own lines and what no cell took.
 */
import { continuesRow, joinedRow } from '../reader/table-cells.ts';
import { cellsOf, isRuleRow } from './tables.ts';
import { closedHeading, repeatsHeader, type ClosedHeading } from './tracker-sections.ts';
import { columnsOf, PAIRED_HEADING, pairedColumns, trackerHeader, type TrackerColumn as Column } from './tracker-columns.ts';

/** A cell that states nothing: empty, or a dash alone. */
export function blank(value: string): boolean {
  return /^[\s\-–—]*$/.test(value);
}

/** Where a cell under a heading that names two columns in one (PAIRED_HEADING) is parted: a slash with spaces round it ("Head of Transport / April 2026"). */
const PAIR_MARK = /\s+\/\s+/;

/**
 * A heading that names two columns in one ("Lead / timescale") over cells that give both, parted by a spaced
 * slash ("Head of Transport / April 2026"): each part read under its own heading. A cell with no such slash is
 * read as the first part's, with a warning.
 */
export function partPairedColumns(header: string[], rows: TableRow[]): { header: string[]; rows: TableRow[] } {
  const known = columnsOf(header);
  const paired = new Map<number, string[]>();
  header.forEach((cell, index) => {
    const pair = [...known.values()].includes(index) ? null : pairedColumns(cell, known);
    if (!pair) return;
    pair.forEach((column) => known.set(column, -1));
    paired.set(index, PAIRED_HEADING.exec(cell.trim())?.slice(1, 3) ?? []);
  });
  if (paired.size === 0) return { header, rows };
  const parted = rows.map((row) => {
    const warnings = [...row.warnings];
    const cells = row.cells.flatMap((cell, index) => {
      const headings = paired.get(index);
      if (!headings) return [cell];
      const parts = cell.split(PAIR_MARK);
      if (blank(cell) || parts.length === 2) return blank(cell) ? ['', ''] : parts;
      warnings.push(`"${cell}" under "${header[index] ?? ''}" is not parted by " / ": it is read as the ${headings[0] ?? ''} alone`);
      return [cell, ''];
    });
    return { cells, warnings };
  });
  return { header: header.flatMap((cell, index) => paired.get(index) ?? [cell]), rows: parted };
}

function squashCells(line: string): string {
  return cellsOf(line).filter(Boolean).join(' ');
}

/**
 * A row of the table with the lines that carried on its cells joined in, and what could not be placed; `closed`, the
 * heading over the rows closed since the last report that it stands under ("Completed actions").
 */
export interface TableRow {
  cells: string[];
  warnings: string[];
  closed?: ClosedHeading;
}

/** The tracker's table: the header's line, the line after the table, its rows, and lines in it that no cell took. */
export interface TrackerTable {
  index: number;
  end: number;
  header: string[];
  rows: TableRow[];
  unplaced: string[];
}

const PROSE_COLUMNS: Column[] = ['body', 'statusText', 'response', 'comment', 'subject'];

/** A cell whose words stop short: no full stop, question mark or closing bracket at its end. */
function unfinished(cell: string): boolean {
  return cell !== '' && !/[.!?)\]]$|<\/(?:p|li|ul|ol)>$/i.test(cell);
}

/**
 * The rows below the header. A cell may wrap onto the lines below its row: a line with tabs and
 * nothing in the row's first cell (its reference, else its subject) carries on the row's cells,
 * each in its own column; a line without tabs between two rows carries on the one wordy cell
 * (recommendation, update, response) that stops short, or is named in a warning when no cell or
 * more than one does. The table ends at the first line of plain text that no row follows.
 */
export function trackerTable(lines: string[], notes?: ReadonlyMap<number, string[]>): TrackerTable | null {
  const header = trackerHeader(lines);
  if (!header) return null;
  const { columns } = header;
  const keyAt = columns.get('reference') ?? columns.get('subject') ?? columns.get('body') ?? 0;
  const width = header.cells.length;
  const startsRow = (cells: string[]): boolean => (cells[keyAt] ?? '') !== '' && cells.length >= 3;
  // After a line of plain text, only a line as wide as half the header is taken for a row (not "Name<tab>Date").
  const isRow = (line: string): boolean => line.includes('\t') && startsRow(cellsOf(line)) && cellsOf(line).length >= Math.ceil(width / 2);
  const rows: TableRow[] = [];
  const unplaced: string[] = [];
  let end = lines.length;
  // "Recommendations closed since the last meeting": the heading the rows below it stand under.
  let closed: ClosedHeading | undefined;
  const tableRow = (cells: string[], at: number): TableRow => ({
    cells,
    warnings: [...(notes?.get(at) ?? [])],
    ...(closed ? { closed } : {}),
  });
  for (let at = header.index + 1; at < lines.length; at++) {
    const line = lines[at]!;
    if (line.trim() === '' || isRuleRow(line)) continue;
    const last = rows.at(-1);
    const cells = cellsOf(line);
    // The header printed again, over a later page's rows or the closed rows: no row.
    if (line.includes('\t') && repeatsHeader(cells, header.cells)) continue;
    // "OSMB-" over "25-07": a reference cell wrapped with the row's long cells is that row's line, as a typed table's is.
    if (line.includes('\t') && last && (cells[keyAt] ?? '') !== '' && continuesRow(cells, last.cells)) {
      last.cells = joinedRow(last.cells, cells);
      continue;
    }
    if (line.includes('\t') && startsRow(cells)) {
      rows.push(tableRow(cells, at));
      continue;
    }
    if (line.includes('\t') && last && (cells[keyAt] ?? '') === '') {
      cells.forEach((cell, column) => (last.cells[column] = [last.cells[column] ?? '', cell].filter(Boolean).join(' ')));
      continue;
    }
    const next = lines.slice(at + 1).find((later) => later.trim() !== '' && !isRuleRow(later));
    if (next === undefined || !isRow(next)) {
      end = at;
      break;
    }
    const heading = closedHeading(line);
    if (heading !== null) {
      closed = heading;
      continue;
    }
    const text = squashCells(line);
    const open = PROSE_COLUMNS.flatMap((column) => {
      const index = columns.get(column);
      return index !== undefined && unfinished(last?.cells[index] ?? '') ? [index] : [];
    });
    if (last && open.length === 1) {
      last.cells[open[0]!] = `${last.cells[open[0]!]} ${text}`;
    } else {
      unplaced.push(line);
      if (last)
        last.warnings.push(
          `a line below this row was not read into a cell ("${text}"): the cell it carries on is not known; it is kept in the tracker's text`,
        );
    }
  }
  // Lines between the header and the first row (a header on two lines): named on the first row.
  const firstAt = lines.findIndex((line, at) => at > header.index && line.includes('\t') && startsRow(cellsOf(line)));
  const above = firstAt < 0 ? [] : lines.slice(header.index + 1, firstAt).filter((line) => line.trim() !== '' && !isRuleRow(line));
  for (const line of above)
    rows[0]?.warnings.push(`a line above the first row was not read ("${squashCells(line)}"); it is kept in the tracker's text`);
  // Rows below a paragraph that ended the table: named, never silently lost.
  const later = lines.slice(end).filter(isRow).length;
  if (later > 0) {
    rows
      .at(-1)
      ?.warnings.push(
        `the tracker's table was read up to "${squashCells(lines[end]!)}"; ${later} line(s) below it that look like its rows were not read; they are kept in the tracker's text`,
      );
  }
  return { index: header.index, end, header: header.cells, rows, unplaced };
}
