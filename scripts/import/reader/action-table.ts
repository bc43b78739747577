/**
 * Reads an action column printed as a table's: a last column headed "Action" ("Item | Subject | Action"), the same
 * table's text extracted cell by cell (initials alone on a line under "Item", "Subject", "Action"), or a row of its
 * own of Status and Action cells under each item ("Agreed  Head of Shared Audit"). Apart from the margin's reader
 * (action-margin.ts) because these are found by their header row's cells.
 */
import { type ActionColumn, isOwners, NAME_CELL, OWNER_CELL } from './action-owners.ts';
import { ACTION_HEADING, isColumnHeading, OWNER_HEADING } from './column-headings.ts';
import { cellTexts } from './table-cells.ts';

/**
 * "Item<tab>Subject<tab>Action" over the rows: the last column names who acts, a name or initials, on
 * the row it ends; the row keeps its other cells.
 */
export function actionTable(lines: readonly string[]): ActionColumn | null {
  const heading = lines.findIndex((line) => {
    const cells = cellTexts(line.trim());
    return cells.length >= 2 && ACTION_HEADING.test(cells.at(-1) ?? '') && cells.slice(0, -1).every(isColumnHeading);
  });
  if (heading === -1) return null;
  const width = cellTexts((lines[heading] ?? '').trim()).length;
  const out = [...lines];
  const actions: ActionColumn['actions'] = [];
  lines.forEach((line, index) => {
    // Tabs part cells surely, and a row may leave its first cells out; spaces only in a row of the heading's width.
    const tabbed = line.includes('\t');
    const cells = cellTexts(line);
    const owner = (cells.at(-1) ?? '').trim();
    const others = cells.slice(0, -1);
    const fits = tabbed ? cells.length >= 2 && cells.length <= width : cells.length === width;
    if (index <= heading || !fits || !(isOwners(owner) || NAME_CELL.test(owner))) return;
    if (others.every((cell) => cell.trim() === '')) return;
    out[index] = line.slice(0, line.lastIndexOf(owner)).replace(/\s+$/, '');
    actions.push({ line: index, owner });
  });
  return { lines: out, actions, heading };
}

/**
 * "Item", "Subject", "Action" each on a line (a table's text extracted cell by cell): a line of initials
 * alone is that column's cell, for its row's item.
 */
export function actionCells(lines: readonly string[]): ActionColumn | null {
  const heading = lines.findIndex((line, index) => {
    const above = lines.slice(Math.max(0, index - 3), index).filter((text) => text.trim() !== '');
    return ACTION_HEADING.test(line.trim()) && above.length > 0 && above.every((text) => isColumnHeading(text.trim()));
  });
  if (heading === -1) return null;
  const out = [...lines];
  const actions: ActionColumn['actions'] = [];
  lines.forEach((line, index) => {
    if (index <= heading || !isOwners(line.trim())) return;
    out[index] = '';
    actions.push({ line: index, owner: line.trim() });
  });
  let top = heading;
  while (top > 0 && isColumnHeading((lines[top - 1] ?? '').trim())) top -= 1;
  return { lines: out, actions, heading: top };
}

/** "Status", "Progress": the heading of a column giving what became of each item ("Noted", "Agreed"). */
const STATUS_HEADING = /^(?:status|progress)$/i;
/** What a Status column says became of an item: a decision's word alone, never a sentence. */
const STATUS_WORD =
  /^(?:noted|agreed|approved|resolved|decided|deferred|withdrawn|recommended|rejected|refused|carried|lost|completed?|closed|open|ongoing|in progress|for information)$/i;

/**
 * A header row ending in a Status and an action column, after the minutes' own headings: "Item | Description/Resolution |
 * Status | Action". A web page's text may leave one space between its cells, so the words are read one by one then.
 */
function isStatusHeading(line: string): boolean {
  const cells = cellTexts(line.trim());
  const words = cells.length >= 3 ? cells : line.trim().split(/\s+/);
  const [status = '', owner = ''] = words.slice(-2);
  const heads = words.slice(0, -2);
  return heads.length > 0 && heads.every(isColumnHeading) && STATUS_HEADING.test(status) && OWNER_HEADING.test(owner);
}

/**
 * A table whose each item ends in a row of its own of its Status and Action cells ("Agreed  Head of Shared Audit", or
 * "Noted" with no one to act), as a ModernGov page prints its minutes: the status word, then a wide gap and who acts.
 */
export function statusTable(lines: readonly string[]): ActionColumn | null {
  const heading = lines.findIndex(isStatusHeading);
  if (heading === -1) return null;
  const out = [...lines];
  const actions: ActionColumn['actions'] = [];
  lines.forEach((line, index) => {
    const [status = '', owner = '', ...rest] = cellTexts(line.trim()).map((cell) => cell.trim());
    if (
      index <= heading ||
      rest.length > 0 ||
      !STATUS_WORD.test(status) ||
      !(owner === '' || NAME_CELL.test(owner) || OWNER_CELL.test(owner))
    )
      return;
    out[index] = '';
    actions.push({ line: index, owner, status });
  });
  return { lines: out, actions, heading };
}
