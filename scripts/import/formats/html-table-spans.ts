/**
 * A table's cells that span rows or columns (`rowspan`, `colspan`), laid out as the grid a browser shows: each
 * spanning cell in the first row and column it covers, the places it covers after those blank. Word's "Save as
 * HTML" writes a minute's number once over the two rows of its title and its resolution; read row by row without
 * this, the second row's cells slide one column left and the readers take its resolution for a new row's number.
 * No maintained hast helper lays a table out so (hast-util-table-cell-style only restyles cells), hence this one.
 */

/** A cell as a row lists it: what it holds, and how many rows and columns it covers (0 rows: to the table's end). */
export interface SpanningCell<T> {
  value: T;
  rows: number;
  cols: number;
}

/** Most rows or columns one cell may cover, as browsers cap them; a larger span ends at the table's edge anyway. */
const MOST_SPAN = 1000;

/** A span as written, made whole: at least 1, at most MOST_SPAN; `rest` for 0 (rowspan="0": to the end). */
const spanOf = (span: number, rest: number): number => (span === 0 ? rest : Math.min(MOST_SPAN, Math.max(1, Math.trunc(span) || 1)));

/**
 * The rows as a grid: each cell put in the first free column of its row (past the columns cells above still
 * cover), then `blank` in every other place it covers. Rows are never added below the last one: a span past
 * it ends there. A row's places are its cells' and the covered ones, so rows may differ in length, as they do
 * in the page.
 */
export function spannedRows<T>(rows: readonly (readonly SpanningCell<T>[])[], blank: T): T[][] {
  const grid: T[][] = rows.map(() => []);
  const taken: boolean[][] = rows.map(() => []);
  rows.forEach((row, at) => {
    let column = 0;
    for (const cell of row) {
      while (taken[at]?.[column]) column += 1;
      const down = Math.min(spanOf(cell.rows, rows.length - at), rows.length - at);
      const across = spanOf(cell.cols, 1);
      for (let line = at; line < at + down; line += 1) {
        for (let place = column; place < column + across; place += 1) {
          taken[line]![place] = true;
          grid[line]![place] = line === at && place === column ? cell.value : blank;
        }
      }
      column += across;
    }
  });
  // A place no cell covers (a short row beside a covered one) is blank too.
  return grid.map((row) => Array.from({ length: row.length }, (_, place) => (place in row ? row[place]! : blank)));
}
