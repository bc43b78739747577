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

/** "| Cllr H Abbot | X | | |": a Markdown table's row, as a clerk types a table in a plain-text record, its first cell after a pipe. */
const PIPED_ROW = /^\s*\|.*\|/;
/** "|---|:--:|": the rule under a Markdown table's header row, which holds no cell. */
const PIPE_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$/;

/** Whether a line is the rule under a Markdown table's header row ("|---|---|"). */
export const isPipeRule = (line: string): boolean => PIPE_RULE.test(line);

/**
 * A Markdown table's row's cells, between its pipes (the outer pipes left off, a blank cell kept, an escaped "\|" no
 * parting); null when the line is no such row. Only a reader that asks for it parts a row so: rowCells parts none at pipes.
 */
export function pipeCells(line: string): string[] | null {
  if (!PIPED_ROW.test(line) || isPipeRule(line)) return null;
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/**
 * A table's row's cells: parted by tabs (as the PDF and web page readers give a table's rows), or by pipes (a Markdown
 * table typed in a plain-text record: "| Member | Attended | Apologies |"); null when the line is neither.
 */
export function tabOrPipeCells(line: string): string[] | null {
  const tidy = (cell: string) => cell.replace(/\s+/g, ' ').trim();
  return line.includes('\t') ? line.split('\t').map(tidy) : (pipeCells(line)?.map(tidy) ?? null);
}
