/**
 * A web page's table by its shape alone: a details table's "Item number" row, the groups of its rows, whether
 * it is a grid of data under a row of headings, how a row's cells go on lines, whether a cell holds a passage,
 * and a term with its description as one labelled line. Apart from the reading of tables (html-tables.ts)
 * because none of it reads an element's text.
 */
import type { Element } from 'hast';
import { classList } from './html-nodes.ts';
import { ITEM_NUMBER_LABEL } from '../reader/title-block-lines.ts';
import { isHeaderRow } from '../minutes-markdown.ts';

/** "Item number | 7", "Item no. | 7a": a details table's row giving the number of the item a page is about. */
export const ITEM_NUMBER_ROW = new RegExp(`^${ITEM_NUMBER_LABEL.source}$`, 'i');

/** Elements that group a table's rows; a table with anything else in it (a nested table, a form) is not a grid. */
export const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);

/** Fewest columns of a grid of data; two (a number beside an item's whole text: ModernGov's items) is a page laid out. */
const GRID_COLUMNS = 3;

/**
 * A table of data whose cells may hold lines or paragraphs: headed by a row of headings, one line each (isHeaderRow:
 * "Ref | Committee | Recommendation | Progress", "Item | Description | Decision"), over three columns or more. A
 * table without such a head (an item's number beside its title and minutes) is read block by block.
 */
export function gridHeaded(cells: string[][][]): boolean {
  const [head = []] = cells;
  return head.length >= GRID_COLUMNS && head.every((cell) => cell.length <= 1) && isHeaderRow(head.map((cell) => cell[0] ?? ''));
}

/**
 * A row's lines: each cell's first line, then each cell's later lines on lines of their own below, in its column,
 * the other cells blank, as a PDF's wrapped cell comes (formats/pdf-columns.ts) and the readers carry it on in the
 * row above (reader/item-table.ts, pdf-pack/tracker-table.ts). The first cell's lines stay on the row's line (keyJoint),
 * for a line with its first cell filled opens a row of its own.
 */
export function rowLines(cells: string[][]): string[][] {
  const [first = [], ...rest] = cells;
  const depth = Math.max(1, ...rest.map((cell) => cell.length));
  return Array.from({ length: depth }, (_, at) => [at === 0 ? first.join(keyJoint()) : '', ...rest.map((cell) => cell[at] ?? '')]);
}

/**
 * What parts the lines of a row's first cell: a space. That cell names the row (an item's number, a reference, a
 * member), one label that the column's width broke ("OSC<br>1/25": "OSC 1/25", as the number reads).
 */
export const keyJoint = (): string => ' ';

/** Line breaks in a cell from which on it holds a passage of text, not one entry's phrases. */
const MOST_BREAKS = 3;

/**
 * A cell that holds a passage laid out with `<br>`s, "<b>Town Centre Vacancy Rates</b><br>The Head of … presented
 * the report.<br>RESOLVED that: …" (an item's title in bold over its minutes), or lines from three breaks on: read
 * as text, block by block, its breaks kept. A tracker's "That the depot closes.<br>That staff move" is one cell.
 */
export function textBlock(cell: Element): boolean {
  const [first, second] = cell.children.filter((child) => child.type === 'element' || child.value.trim() !== '');
  const headed =
    first?.type === 'element' && /^(?:b|strong|h[1-6])$/.test(first.tagName) && second?.type === 'element' && second.tagName === 'br';
  return breaksIn(cell) >= MOST_BREAKS || headed;
}

function breaksIn(el: Element): number {
  return el.children.reduce((count, child) => count + (child.type !== 'element' ? 0 : child.tagName === 'br' ? 1 : breaksIn(child)), 0);
}
/** "Council" and "Tyneholm Borough Council" as "Council: Tyneholm Borough Council"; a term with its own colon keeps it. */
export function labelled(term: string, description: string): string {
  if (description === '' || term === '') return term || description;
  return `${term.replace(/\s*:$/, '')}: ${description}`;
}

/**
 * A content system's field label: an element classed `field__label` (Drupal 8 on), `field-label` (Drupal 7, Backdrop),
 * `views-label` (a Views row) or the like, a class word ending "label" after a dash or underscore, which the page sets
 * beside or above the element holding its value. A bare `label` class is a badge's ("New", "Cancelled"), and
 * ModernGov's inline `mgLabel` span is read with its value already, as one run of text.
 */
export const isFieldLabel = (el: Element): boolean => classList(el).some((name) => /[-_]label$/i.test(name));
