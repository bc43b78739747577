/**
 * A table's row as text extraction leaves it: one line, its cells parted by tabs (a PDF's table read by
 * formats/pdf-columns.ts, a web page's by formats/html-text.ts) or by wide gaps (a PDF's text kept in its
 * layout). The items' table (item-table.ts), the action column (action-column.ts), attendance's columns
 * (attendance.ts) and the page-break join (meeting.ts) all part rows here, so they part them alike.
 */

/**
 * What parts two cells of a row: a tab, or a gap of two spaces or more, which prose does not leave between
 * words; in brackets, so that a split keeps it and each cell's column can be counted.
 */
const CELLS = /(\t|\s{2,})/;

/** A cell's text and the column it starts at. */
export interface Cell {
  text: string;
  start: number;
}

/**
 * A row's cells, each with the column its text starts at. A row with tabs is parted at each tab only,
 * an empty cell kept (two tabs together: a blank cell); a row without at each wide gap, where an indent
 * gives an empty first cell (the row leaves its first cells blank). Spaces at the row's end part nothing.
 */
export function rowCells(line: string): Cell[] {
  const parted = line.trimEnd().split(line.includes('\t') ? /(\t)/ : CELLS);
  const cells: Cell[] = [];
  let at = 0;
  parted.forEach((part, index) => {
    // The odd parts are what parted the cells.
    if (index % 2 === 0) cells.push({ text: part, start: at + (part.length - part.trimStart().length) });
    at += part.length;
  });
  return cells;
}

/** A row's cells' texts. */
export const cellTexts = (line: string): string[] => rowCells(line).map((cell) => cell.text);

/** A row's filled cells: its words in columns, blank cells left out. */
export const filledCells = (line: string): Cell[] => rowCells(line).filter((cell) => cell.text.trim() !== '');
