/**
 * Where a table lined up with spaces (text-tables.ts) parts its columns, and each line's cells: a line's cells as the
 * gaps part them (table-cells.ts), its values set one space from the words before them told apart (valuesApart), and a
 * cell one space from the next told apart where the next starts in a heading's column (apartAtHeadings).
 */
import { filledCells, type Cell } from '../reader/table-cells.ts';

/** A cell's end: the column after its last character. */
export const endOf = (cell: Cell): number => cell.start + cell.text.trimEnd().length;

/**
 * "1,214.60", "£96.00", "15%", "+2.1%", "(£120.00)", "31/03/25": an amount or a date, which a typed table sets in a
 * column of its own, right or left, and which may stand one space from the words before it.
 */
const VALUE = /^(?:[(+-]?[£$€]?\d[\d,]*(?:\.\d+)?%?\)?|\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4}))$/;

/**
 * A cell's values at its end, each its own: figures set right in narrow columns leave one space between them ("840.00
 * 168.00" under "Net £" and "VAT £"), and a long cell may leave one before its row's first value ("Care leavers in
 * education, employment, training 54", "Procurement Mgr 28/02/25"), which parts no cell (table-cells.ts) but does part
 * their columns.
 */
function valuesApart(cell: Cell): Cell[] {
  const words = [...cell.text.matchAll(/\S+/g)];
  const first = words.findLastIndex(([word]) => !VALUE.test(word)) + 1;
  if (words.length < 2 || first === words.length) return [cell];
  const values = words.slice(first).map((word) => ({ text: word[0], start: cell.start + word.index }));
  return first === 0 ? values : [{ text: cell.text.slice(0, words[first]!.index).trimEnd(), start: cell.start }, ...values];
}

/** How far from a heading's first letter a word one space from the words before it may start and still open its column. */
const HEADING_SLACK = 1;

/**
 * A cell parted where a word in it starts in a later heading's column, one space after the words before it: a cell
 * filled to its column's edge ("Parish councillor No further action", "No" under "Outcome"), which parts no cell
 * (table-cells.ts) but does part their columns.
 */
function apartAtHeadings(cell: Cell, header: readonly Cell[]): Cell[] {
  const cuts = [...cell.text.matchAll(/(?<= )\S/g)]
    .map((word) => word.index)
    .filter((at) => header.some((heading) => heading.start > cell.start && Math.abs(heading.start - (cell.start + at)) <= HEADING_SLACK));
  const edges = [0, ...cuts, cell.text.length];
  return edges.slice(1).map((end, index) => ({ text: cell.text.slice(edges[index], end).trimEnd(), start: cell.start + edges[index]! }));
}

/** A line's cells under a header: parted by the gaps, then at its values and at the headings' columns. */
const lineCells = (line: string, header: readonly Cell[]): Cell[] =>
  filledCells(line)
    .flatMap((cell) => apartAtHeadings(cell, header))
    .flatMap(valuesApart);

/** How far a cell's last word may run past where the next column starts: a cell a character or two wider than its column. */
const OVERRUN = 2;

/**
 * Where each column after the first starts, for a header's cells and the lines below it: in each gap of the header, the
 * rightmost column that no line's cell runs across (a cell may start a little before its heading: a figure set right,
 * a heading set in the middle); else the rightmost that cells run past by OVERRUN characters at most ("Informal
 * resolution (apology)" over the "D" of "Days"), each read in the column where it starts; else the first column under
 * the heading itself that no cell runs across (a short code set in the middle of a long heading, "P" under
 * "Attendance"). Null when there is none: a line runs across the columns, so they are no table's.
 */
export function columnStarts(header: Cell[], lines: string[]): number[] | null {
  const cells = lines.flatMap((line) => lineCells(line, header));
  const free = (column: number, overrun = 0) => cells.every((cell) => cell.start >= column || endOf(cell) <= column + overrun);
  const starts: number[] = [];
  for (let index = 1; index < header.length; index++) {
    const { start } = header[index]!;
    const before = Array.from({ length: Math.max(0, start - endOf(header[index - 1]!)) }, (_column, back) => start - back);
    const under = Array.from({ length: Math.max(0, endOf(header[index]!) - start - 1) }, (_column, on) => start + 1 + on);
    const found =
      before.find((column) => free(column)) ?? before.find((column) => free(column, OVERRUN)) ?? under.find((column) => free(column));
    if (found === undefined) return null;
    starts.push(found);
  }
  return starts;
}

/**
 * A line's text in each column, the columns starting at `starts` (the first at the line's start): each of its cells
 * (lineCells) in the column where it starts, so a cell running a character past its column stays whole.
 */
export function cellsAt(line: string, starts: number[], header: readonly Cell[]): string[] {
  const columns: Cell[][] = [[], ...starts.map(() => [])];
  for (const cell of lineCells(line, header)) columns[starts.filter((at) => at <= cell.start).length]!.push(cell);
  return columns.map((cells) => (cells.length === 0 ? '' : line.slice(cells[0]!.start, endOf(cells.at(-1)!)).trim()));
}
