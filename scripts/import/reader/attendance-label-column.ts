/**
 * A list whose labels stand in a column of their own, the names beside them ("POLITICAL MEMBERS:   Alderman A Bell",
 * then "INDEPENDENT MEMBERS:   Mrs C Dale"): told from the lines above a label wrapped over two lines of that column, so
 * that a label the heading reader does not know ("STATUTORY" over "PARTNERS:") is still joined as one, never read as a
 * name of its first line (attendance-context-headings.ts, wrappedLabelColumn).
 */
import { filledCells } from './table-cells.ts';

/** How many lines above a wrapped label are looked at for the labels of its column. */
const REACH = 30;

/**
 * True when, above `at`, the list's lines stand in the column of names that starts at `names` and one of them has its
 * label at the line's start ending in a colon ("ELECTED MEMBERS:   Alderman K Dorrian"): the label column's list, which a
 * label wrapped at `at` carries on. Blank lines are passed over; a line that stands elsewhere (a sentence, a heading
 * alone) ends the look.
 */
export function labelColumnAbove(lines: readonly string[], at: number, names: number): boolean {
  for (let index = at - 1; index >= Math.max(0, at - REACH); index -= 1) {
    const cells = filledCells(lines[index] ?? '');
    if (cells.length === 0) continue;
    const [first, second, ...more] = cells;
    if (more.length > 0 || first === undefined) return false;
    if (second === undefined) {
      if (first.start !== names) return false;
      continue;
    }
    return first.start === 0 && first.text.trim().endsWith(':') && second.start === names;
  }
  return false;
}
