/**
 * A table's row as text extraction leaves it: one line, its cells parted by tabs (a PDF's table read by
 * formats/pdf-columns.ts, a web page's by formats/html-text.ts) or by wide gaps (a PDF's text kept in its
 * layout). The items' table (item-table.ts), the action column (action-table.ts), attendance's columns
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

/** Fewest characters of a cell read as words, placed by where it starts; a shorter one is a mark or a figure. */
const WORDS_FROM = 4;

/** How far a column lies from a heading's span: none inside it. */
const offSpan = (column: number, heading: Cell): number =>
  Math.max(0, heading.start - column, column - (heading.start + heading.text.trimEnd().length - 1));

/**
 * Which heading a gap-parted row's cell stands under, by its position: a mark or a short figure ("X", "✓", "12") by the
 * heading whose span holds its middle or lies nearest it (a grid sets its marks under a heading's middle or its end,
 * "X" under the "t" of "Against"), words by the heading they start nearest (set from their heading's first letter).
 */
export function headingUnder(cell: Cell, heads: readonly Cell[]): number {
  const text = cell.text.trim();
  const middle = cell.start + (text.length - 1) / 2;
  const distances = heads.map((heading) => (text.length < WORDS_FROM ? offSpan(middle, heading) : Math.abs(heading.start - cell.start)));
  return distances.indexOf(Math.min(...distances));
}

/** A gap-parted row's cells under the header's headings, each by its position (headingUnder); two under one heading joined. */
export function cellsUnder(line: string, heads: readonly Cell[]): string[] {
  const cells = heads.map(() => '');
  for (const cell of filledCells(line)) {
    const at = headingUnder(cell, heads);
    cells[at] = `${cells[at] ?? ''} ${cell.text.trim()}`.trim();
  }
  return cells;
}

/** "| Cllr H Abbot | X | | |": a Markdown table's row, as a clerk types a table in a plain-text record, its first cell after a pipe. */
const PIPED_ROW = /^\s*\|.*\|/;
/**
 * "|---|:--:|", "----|----": the rule under a Markdown table's header row, which holds no cell; as a typed table's rule
 * reaches the readers once its cells are parted by tabs (formats/text-tables.ts: "---<tab>---") too.
 */
const PIPE_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*[|\t])+(?:\s*:?-{3,}:?\s*)?$/;

/** Whether a line is the rule under a Markdown table's header row ("|---|---|"). */
export const isPipeRule = (line: string): boolean => PIPE_RULE.test(line);

/** A pipe that parts two cells: none escaped ("\|", a pipe in a cell's text). */
const PARTING_PIPE = /(?<!\\)\|/;

/**
 * A line's cells between its pipes ("Date | Item | Officer"): a blank cell kept, an escaped "\|" a pipe in its cell's
 * text; the pipes at its ends left off when the table is drawn with them (`edged`: "| Date | Item |"), else a pipe
 * first is a blank first cell's end ("      | | parking" under "Ref | Site | Comment"). Null when no pipe parts the line.
 */
export function pipeParted(line: string, edged = true): string[] | null {
  if (!PARTING_PIPE.test(line)) return null;
  const trimmed = line.trim();
  const inner = edged ? trimmed.replace(/^\|/, '').replace(/(?<!\\)\|$/, '') : trimmed;
  return inner.split(PARTING_PIPE).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/**
 * A Markdown table's row's cells, between its pipes (pipeParted), its first cell after a pipe; null when the line is no
 * such row. Only a reader that asks for it parts a row so: rowCells parts none at pipes.
 */
export function pipeCells(line: string): string[] | null {
  return PIPED_ROW.test(line) && !isPipeRule(line) ? pipeParted(line) : null;
}

/**
 * A table's row's cells: parted by tabs (as the PDF and web page readers give a table's rows), or by pipes (a Markdown
 * table typed in a plain-text record: "| Member | Attended | Apologies |"); null when the line is neither.
 */
export function tabOrPipeCells(line: string): string[] | null {
  const tidy = (cell: string) => cell.replace(/\s+/g, ' ').trim();
  return line.includes('\t') ? line.split('\t').map(tidy) : (pipeCells(line)?.map(tidy) ?? null);
}

/**
 * A table's row, two cells filled or more, parted by tabs or pipes, that is no list entry: the table a decision stands
 * over ("RESOLVED to approve the following payments:" over "Payee | Description | Amount"), kept in the minutes, ends
 * the decision's sentence; its cells run together are no words of it (resolution-block-lines.ts, decision-pieces.ts).
 */
export const isTableRow = (line: string): boolean => (tabOrPipeCells(line) ?? []).filter((cell) => cell !== '').length >= 2;

/** "-----------  ----  --------": the rule a typed table draws under its header, each filled cell a run of dashes; no row. */
export const isDashRule = (cells: readonly string[]): boolean =>
  cells.some((cell) => cell.trim() !== '') && cells.every((cell) => /^\s*(?:[-–—=_]{2,})?\s*$/.test(cell));

/** Whether a row's cells, by column, are filled. */
const filledAt = (cells: readonly string[]): boolean[] => cells.map((cell) => cell.trim() !== '');

/** "7", "£1,200", "17/07/2025", "23(b)": a cell that is a figure, which never wraps onto the next line as words do. */
const isFigure = (cell: string): boolean => /\d/.test(cell) && (cell.match(/\p{L}/gu) ?? []).length <= 3;

/** "(Cllr Duru)", "(continued)": a cell that is a bracketed aside alone, words in it, no list's label ("(a)", "(iv)"). */
const ASIDE = /^\((?=[^()]*(?:\p{L}{4}|\p{L}\s+\p{L}))[^()]+\)$/u;
/** A cell that ends open: no stop, colon or closing bracket after its last word ("… and the new"). */
const endsOpen = (cell: string): boolean => /[\p{L},–-]$/u.test(cell);

/**
 * Whether a cell carries on the cell above it, whatever the other cells do: a bracketed aside alone (who asked the question
 * above: "(Cllr Duru)"), or words starting lower-case under a cell that ends open ("routing software went live" under "… and the new").
 */
const carriesOn = (cell: string, above: string): boolean => ASIDE.test(cell) || (/^\p{Ll}/u.test(cell) && endsOpen(above));

/**
 * Whether a line is the row above's cells (as joined so far) wrapped onto a line of their own: its words only under cells the row above
 * fills, some of those left blank, and either its first cell blank ("" / "Magna" / "replacement garage" under
 * "25/01872/HOU …") or half the row above's cells or more blank, between its words (a long first cell wrapped too:
 * "Overview and Scrutiny" over "Committee", the Seats, Chair and Vice-Chair cells blank, the Members cell filled). A
 * list in columns, whose entries fill other columns than the row above's ("Cllr Ash | X |" over "Cllr Bell | | X") or
 * only its first ("Cllr Cole | Cllr Eyre |" over "Cllr Dunn |"), a row with one cell left empty, and a line under a figure
 * (a "Total" row's sum under the sums: a figure never wraps) are rows of their own, unless each of the line's cells carries on the one above (carriesOn).
 */
export function continuesRow(cells: readonly string[], above: readonly string[]): boolean {
  const own = filledAt(cells);
  const over = filledAt(above);
  const filled = own.filter(Boolean).length;
  const overFilled = over.filter(Boolean).length;
  const under = own.flatMap((isFilled, at) => (isFilled ? [above[at] ?? ''] : []));
  if (filled === 0 || under.some((cell) => cell.trim() === '' || isFigure(cell.trim()))) return false;
  if (cells.every((cell, at) => cell.trim() === '' || carriesOn(cell.trim(), (above[at] ?? '').trim()))) return true;
  if (filled >= overFilled) return false;
  // A list's last row fills its first cells and leaves the rest blank; a wrapped row leaves blank cells between its words.
  const gap = own.some((isFilled, at) => !isFilled && own.slice(at + 1).some(Boolean));
  return !own[0] || (gap && (overFilled - filled) * 2 >= overFilled);
}

/** A cell and the words it wrapped onto, with a space between; none after a word broken at its hyphen ("OSMB-" over "25-07"). */
const joinWrapped = (cell: string, wrapped: string): string =>
  (/\S-$/.test(cell.trim()) ? `${cell.trim()}${wrapped.trim()}` : `${cell} ${wrapped}`).replace(/\s+/g, ' ').trim();

/**
 * A table's rows as read: the rule under its header left out, each row's wrapped lines (continuesRow) joined to it cell
 * by cell. The PDF's, the web page's and the typed table's rows (formats/text-tables.ts) keep a line each in the text, so
 * line numbers still point into the file; the readers that show or read a whole row join them here.
 */
export function tableRows(rows: readonly string[][]): string[][] {
  const joined: string[][] = [];
  for (const cells of rows) {
    if (isDashRule(cells)) continue;
    const last = joined.at(-1);
    if (last === undefined || !continuesRow(cells, last)) joined.push([...cells]);
    else joined[joined.length - 1] = joinedRow(last, cells);
  }
  return joined;
}

/** A row's cells with its wrapped line's (continuesRow) joined on, cell by cell. */
export function joinedRow(row: readonly string[], wrapped: readonly string[]): string[] {
  const width = Math.max(row.length, wrapped.length);
  return Array.from({ length: width }, (_cell, at) => joinWrapped(row[at] ?? '', wrapped[at] ?? ''));
}

/** Fewest headings a typed table's header row has: "No. | Subject | Decision"; two gap-parted words may be a name and a role. */
const FEWEST_HEADINGS = 3;
/** How far a row's cell may start from a heading's first letter and still stand in its column. */
const COLUMN_SLACK = 2;
/** A heading: words, no figure ("Members' Decision", "Prop", "No."); a line with a figure is a row, a date or a sum. */
const isHeadingCell = (cell: Cell): boolean => /^\p{L}[\p{L}'’.\s/&-]*$/u.test(cell.text.trim());

/** Whether a gap-parted line's cells each start in a column of the header's (`starts`) and end before the next: prose runs across them. */
function inColumns(line: string, starts: readonly number[]): boolean {
  return filledCells(line).every(({ text, start }) => {
    const column = starts.findIndex((at) => Math.abs(at - start) <= COLUMN_SLACK);
    return column !== -1 && start + text.trimEnd().length < (starts[column + 1] ?? Infinity);
  });
}

/** The header's columns when a line is a typed table's header row (three headings or more, words only, no tab); null when not. */
function headerStarts(line: string): number[] | null {
  if (line.includes('\t')) return null;
  const cells = filledCells(line);
  return cells.length >= FEWEST_HEADINGS && cells.every(isHeadingCell) ? cells.map((cell) => cell.start) : null;
}

/** A typed table's place in the lines: its header row's index, and the index after its last row. */
export interface TypedTable {
  header: number;
  end: number;
}

/**
 * The typed tables in a record: a header row of words in columns, then a dashed rule under it or rows whose cells
 * start in its columns, down to a blank line or a line out of the columns.
 */
export function typedTables(lines: readonly string[]): TypedTable[] {
  const tables: TypedTable[] = [];
  lines.forEach((line, at) => {
    const starts = headerStarts(line);
    const next = lines[at + 1] ?? '';
    if (starts === null || at < (tables.at(-1)?.end ?? 0) || next.trim() === '') return;
    if (!isDashRule(cellTexts(next.trim())) && !(filledCells(next).length >= 2 && inColumns(next, starts))) return;
    let end = at + 1;
    while (
      end < lines.length &&
      (lines[end] ?? '').trim() !== '' &&
      (isDashRule(cellTexts((lines[end] ?? '').trim())) || inColumns(lines[end] ?? '', starts))
    )
      end += 1;
    tables.push({ header: at, end });
  });
  return tables;
}

/**
 * The lines of the typed tables in a record, header row included. A table's numbered rows ("1   Garden waste   That
 * the …   Agreed.") are its rows, never the record's item headings (numbering.ts).
 */
export function typedTableLines(lines: readonly string[]): Set<number> {
  return new Set(typedTables(lines).flatMap(({ header, end }) => Array.from({ length: end - header }, (_line, at) => header + at)));
}
