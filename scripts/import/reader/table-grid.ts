/**
 * A grid of marks, as a table prints who attended ("Councillor / Present / Apologies / Absent") or how each
 * member voted ("Councillor / For / Against / Abstain"): columns headed by what a mark in them says, one
 * marked cell a row. The attendance table (its header attendance-table-columns.ts, its rows attendance-table-row.ts) and
 * the vote table (vote-table.ts) read their grids here, each with its own headings.
 */

/** A cell that marks nothing in a grid: empty, a dash, "No". */
export const UNMARKED = /^(?:|-+|[–—]|no|n|nil|0|n\/a)$/i;

/** The columns of a header row whose heading says what a mark under it means, by index; `takes` may pass a heading over. */
export function markColumns<T>(
  cells: string[],
  meaning: (cell: string) => T | undefined,
  takes: (cell: string, index: number) => boolean = () => true,
): Map<number, T> {
  const marks = new Map<number, T>();
  cells.forEach((cell, index) => {
    const meant = meaning(cell);
    if (meant !== undefined && takes(cell, index)) marks.set(index, meant);
  });
  return marks;
}

/** What a row's one marked cell says; undefined when it marks none, or more than one. */
export function markedIn<T>(cells: string[], marks: Map<number, T>): T | undefined {
  const marked = [...marks].filter(([index]) => !UNMARKED.test(cells[index] ?? ''));
  return marked.length === 1 ? marked[0]?.[1] : undefined;
}
