/**
 * Minutes whose items are a table's rows, as scrutiny panels, parish councils and health boards print them:
 * "Item | Subject | Discussion / Decision | Action by", one row an item. Text extraction gives each row as a
 * line of cells parted by tabs (a PDF's table, formats/pdf-columns.ts; a web page's, formats/html-text.ts),
 * or by wide gaps; a long cell wraps onto rows of its own whose number cell is empty. Each numbered row is
 * an item: its number, its title from the subject cell, the discussion cells its text (where the decision
 * reader finds "AGREED:" in them), and the action cell kept as action-column.ts keeps one ("Action: M Tennant").
 */
import { squash } from '../text.ts';
import { ACTION_HEADING, actionLines, ITEM_HEADING, SUBJECT_HEADING, TEXT_HEADING } from './action-column.ts';
import type { ItemSlice } from './item-slice.ts';
import { candidateAt, chooseScheme } from './numbering.ts';
import { CELLS } from './table-cells.ts';
import { UNMARKED } from './table-grid.ts';

/** What each column of the table holds, by index: the number, the title, the text, who acts. */
interface Columns {
  width: number;
  subject: number;
  texts: number[];
  action: number | null;
}

/**
 * The columns of a header row: an item column first, a subject column next, then one or more columns of
 * the minutes' text, and an action column last or none; null for any other row.
 */
function columnsOf(cells: string[]): Columns | null {
  const [first = '', second = '', ...rest] = cells.map(squash);
  const action = ACTION_HEADING.test(rest.at(-1) ?? '') ? cells.length - 1 : null;
  const texts = rest.slice(0, action === null ? undefined : -1);
  if (!ITEM_HEADING.test(first) || !SUBJECT_HEADING.test(second) || texts.length === 0 || !texts.every((cell) => TEXT_HEADING.test(cell)))
    return null;
  return { width: cells.length, subject: 1, texts: texts.map((_cell, at) => at + 2), action };
}

/** A row's cells: parted by tabs (an empty cell kept), or by wide gaps when the table's header was. */
const cellsOf = (line: string, tabbed: boolean): string[] => line.replace(/\s+$/, '').split(tabbed ? '\t' : CELLS);

/** One item as the rows build it up. */
interface Row {
  number: string | null;
  line: number;
  title: string[];
  texts: string[][];
  action: string[];
}

/** A row's cells added to its item: a wrapped cell's next line goes on where that cell left off. */
function addCells(row: Row, cells: string[], columns: Columns): void {
  const subject = squash(cells[columns.subject] ?? '');
  if (subject !== '') row.title.push(subject);
  columns.texts.forEach((column, at) => {
    const text = squash(cells[column] ?? '');
    if (text !== '') row.texts[at]?.push(text);
  });
  const action = squash(cells[columns.action ?? -1] ?? '');
  // "–" in the action column: no one is to act.
  if (action !== '' && !UNMARKED.test(action)) row.action.push(action);
}

/** The item of a row: its text cells a paragraph each, then who is to act. */
function sliceOf(row: Row): ItemSlice {
  const texts = row.texts.filter((lines) => lines.length > 0);
  const lines = texts.flatMap((text, at) => (at === 0 ? text : ['', ...text]));
  const action = row.action.join(' ');
  return {
    number: row.number,
    title: row.title.join(' '),
    lines: action === '' ? lines : [...lines, ...actionLines(action)],
    line: row.line,
  };
}

/**
 * The items of a record whose items are a table: where its header row is, and an item for each row whose
 * first cell is a number (rows with that cell empty carry its cells on). The table ends at the first line
 * that is no row; what follows goes to the last item's text, as text after the last item does elsewhere.
 * Null when no header row of such a table opens the items: when a run of numbered items stands above it,
 * the table is one item's (a work programme's), not the items.
 */
export function itemTable(lines: readonly string[], from: number): { start: number; items: ItemSlice[] } | null {
  const heading = lines.findIndex((line, index) => index >= from && columnsOf(line.trim().split(CELLS)) !== null);
  if (heading === -1) return null;
  const tabbed = (lines[heading] ?? '').includes('\t');
  const columns = columnsOf((lines[heading] ?? '').trim().split(CELLS)) as Columns;
  const rows: Row[] = [];
  let end = lines.length;
  for (let index = heading + 1; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    const cells = cellsOf(tabbed ? line : line.trim(), tabbed);
    const number = candidateAt(squash(cells[0] ?? ''), index);
    const isRow = tabbed
      ? line.includes('\t') && cells.length <= columns.width
      : number !== null && cells.length >= 3 && cells.length <= columns.width;
    if (!isRow) {
      end = index;
      break;
    }
    // A row with its first cell empty carries the cells above on; one with words there ("AOB") is an item with no number.
    const opens = number !== null || squash(cells[0] ?? '') !== '';
    if (opens) rows.push({ number: number?.number ?? null, line: index, title: [], texts: columns.texts.map(() => []), action: [] });
    const row = rows.at(-1);
    if (row === undefined) return null;
    addCells(row, cells, columns);
  }
  const above = chooseScheme(lines).filter((candidate) => candidate.line >= from && candidate.line < heading);
  if (rows.length < 2 || above.length >= 2) return null;
  const items = rows.map(sliceOf);
  if (end < lines.length) items.at(-1)?.lines.push('', ...lines.slice(end));
  return { start: heading, items };
}
