/**
 * An attendance table typed with spaces instead of tabs, as a partnership board's minutes type their attendees: a header
 * row of the columns' headings ("Name      Organisation      Role") over one person a row, each cell started under its
 * heading. The rows are given back with tabs between their cells, to be read as any attendance table is
 * (attendance-table.ts); a row that cannot be parted into the columns is left out of them, its line named, to be warned
 * of, never read as a person.
 */
import { squash } from './attendance-piece.ts';
import { type Cell, filledCells } from './table-cells.ts';

/** A roster's lines with the table typed in spaces retyped with tabs, and the rows that could not be parted (indexes). */
export interface SpacedRows {
  lines: string[];
  unparted: number[];
}

/** How far a row's cell may start from its heading's first letter and still stand under it. */
const SLACK = 2;
/** A heading cell: words alone ("Name", "Organisation", "Role"), no figure and no bracket, as no person's row is. */
const HEADING_CELL = /^\p{L}[\p{L}'’\s/&-]*$/u;

/**
 * The row's cells under the header's headings (one per heading, empty where the row leaves it blank), or null when the
 * row cannot be parted so: a cell that starts under no heading, or that runs over the next heading's start while a
 * later cell follows it, or a first cell (the names') that runs into the second column. A body's or a post's cell
 * may run long into the empty column after it ("… Council (Chief Executive)"); a name never runs so far, so a first
 * cell over the next column is a name and a body closed up together, which no rule can part.
 */
function partedRow(line: string, heads: readonly Cell[]): string[] | null {
  const cells = heads.map(() => '');
  const filled = filledCells(line);
  for (const [index, cell] of filled.entries()) {
    const column = heads.findIndex((head) => Math.abs(head.start - cell.start) <= SLACK);
    if (column === -1 || cells[column] !== '') return null;
    const ends = cell.start + cell.text.trimEnd().length;
    const next = heads[column + 1]?.start ?? Infinity;
    if (ends >= next && (index < filled.length - 1 || column === 0)) return null;
    cells[column] = squash(cell.text);
  }
  return cells;
}

/**
 * The lines with the table whose header row is `lines[at]` retyped with tabs, when that row is a header typed with
 * spaces (two headings or more, words only, no tab) over rows down to a blank line, one of them at least parted into
 * its columns; null when it is none. `isHeader` says whether the headings are an attendance table's (the caller's).
 */
export function spacedRows(lines: readonly string[], at: number, isHeader: (cells: string[]) => boolean): SpacedRows | null {
  const header = lines[at] ?? '';
  const heads = filledCells(header);
  if (header.includes('\t') || heads.length < 2 || !heads.every((head) => HEADING_CELL.test(head.text.trim()))) return null;
  if (!isHeader(heads.map((head) => squash(head.text)))) return null;
  const retyped = [...lines];
  retyped[at] = heads.map((head) => squash(head.text)).join('\t');
  const unparted: number[] = [];
  let parted = 0;
  for (let index = at + 1; index < lines.length && (lines[index] ?? '').trim() !== '' && !(lines[index] ?? '').includes('\t'); index++) {
    const cells = partedRow(lines[index] ?? '', heads);
    // A row left out stands blank in the retyped lines, so the table reads on past it.
    retyped[index] = cells === null ? '' : cells.join('\t');
    if (cells === null) unparted.push(index);
    else parted += 1;
  }
  return parted === 0 ? null : { lines: retyped, unparted };
}
