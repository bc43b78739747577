/**
 * The table rows of a page (pdf-lines.ts, for the `rows` layout of pdf-text.ts): which lines of cells (segments) stand
 * in the columns of one table, and each such row as one line, its cells separated by tabs.
 */

/** A run of a line's pieces between wide gaps: a table cell, or the line's whole text. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
  size: number;
}

/** How near (in font sizes) two cells' left edges must be to stand in the same column. */
const COLUMN_SLACK = 0.5;

/** A column of a table: where its cells start, and the widest extent of its cells. */
interface Column {
  x0: number;
  x1: number;
}

/**
 * Table rows, as pdftotext -layout keeps them: lines of two or more cells (segments) whose cells start where the
 * cells of the table's lines before start (see inLine) are rows of one table, across blank lines too (rows set apart).
 * Each row becomes one line, its cells in their columns separated by tabs, an empty cell an empty string (so
 * "\tPositive" keeps its empty first cell); a one-cell line among or next to the rows whose text stands in a later
 * column is a row too ("\tProportion of people…", a cell's second line). Other lines are left to the caller. By line.
 */
export function tableRows(segmentsOf: Segment[][], paragraphAt: boolean[]): Map<number, string> {
  const rows = new Map<number, string>();
  let members: number[] = [];
  const close = (): void => {
    if (members.length >= 2) for (const [index, row] of layOut(segmentsOf, paragraphAt, members)) rows.set(index, row);
    members = [];
  };
  for (let i = 0; i < segmentsOf.length; i++) {
    const segments = segmentsOf[i]!;
    if (segments.length < 2) {
      // A table goes on past a blank line only into a row of it.
      if (paragraphAt[i]) close();
      continue;
    }
    const cells = members.flatMap((member) => segmentsOf[member]!);
    if (cells.length > 0 && !inLine(segments, cells)) close();
    members.push(i);
  }
  close();
  return rows;
}

/**
 * Whether a line's cells line up with a table's cells: two of them start where cells of the table start, or one does
 * (not in the table's first column) and none of the others runs into the table's cells (an empty cell in the row).
 */
function inLine(segments: Segment[], cells: Segment[]): boolean {
  const startsColumn = (segment: Segment): boolean => cells.some((cell) => Math.abs(cell.x0 - segment.x0) <= COLUMN_SLACK * segment.size);
  const shared = segments.filter(startsColumn);
  if (shared.length >= 2) return true;
  const left = Math.min(...cells.map((cell) => cell.x0));
  if (shared.length === 0 || shared[0]!.x0 - left <= COLUMN_SLACK * shared[0]!.size) return false;
  return !segments.some((segment) => !startsColumn(segment) && cells.some((cell) => cell.x0 < segment.x1 && segment.x0 < cell.x1));
}

/**
 * The rows of one table: its columns from the cells of its lines of two or more cells (left edges within
 * COLUMN_SLACK), then one-cell lines between them, and next to them while their text stands past the first column.
 */
function layOut(segmentsOf: Segment[][], paragraphAt: boolean[], members: number[]): Map<number, string> {
  const columns: Column[] = [];
  const cells = members.flatMap((member) => segmentsOf[member]!).sort((a, b) => a.x0 - b.x0);
  for (const cell of cells) {
    const last = columns.at(-1);
    if (last && cell.x0 - last.x0 <= COLUMN_SLACK * cell.size) last.x1 = Math.max(last.x1, cell.x1);
    else columns.push({ x0: cell.x0, x1: cell.x1 });
  }
  /** A cell's column; a one-cell line's text right of every column's cells opens a column of its own. */
  const columnOf = (cell: Segment, single: boolean): number => {
    const last = columns.at(-1)!;
    if (single && cell.x0 > last.x1 + COLUMN_SLACK * cell.size) {
      columns.push({ x0: cell.x0, x1: cell.x1 });
      return columns.length - 1;
    }
    let column = 0;
    columns.forEach((candidate, index) => {
      if (candidate.x0 <= cell.x0 + COLUMN_SLACK * cell.size) column = index;
    });
    return column;
  };
  const rows = new Map<number, string>();
  const row = (index: number): boolean => {
    const segments = segmentsOf[index]!;
    const texts: string[] = [];
    for (const segment of segments) {
      const column = columnOf(segment, segments.length === 1);
      while (texts.length <= column) texts.push('');
      texts[column] = texts[column] === '' ? segment.text : `${texts[column]} ${segment.text}`;
    }
    if (texts.length < 2) return false;
    rows.set(index, texts.join('\t'));
    return true;
  };
  const first = members[0]!;
  const last = members.at(-1)!;
  for (let i = first; i <= last; i++) row(i);
  for (let i = last + 1; i < segmentsOf.length && !paragraphAt[i] && segmentsOf[i]!.length === 1 && row(i); i++);
  for (let i = first - 1; i >= 0 && !paragraphAt[i + 1] && segmentsOf[i]!.length === 1 && row(i); i--);
  return rows;
}
