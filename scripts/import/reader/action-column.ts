/**
 * Minutes printed with an "Action" column beside the text (initials or names of who is to act): the
 * column's cells taken out of the lines the reader slices into items, and put back in each item's text
 * as "Action: IB" after what they stood beside. Three layouts: a table whose last column is headed
 * Action, a right-hand margin of initials under an "ACTION" heading, and cells one a line.
 * The tables' layouts are read in action-table.ts, the margin in action-margin.ts, who is to act in
 * action-owners.ts, and the table's column headings in column-headings.ts; here they are run and put back.
 */
import { actionCells, actionTable, statusTable } from './action-table.ts';
import { actionMargin } from './action-margin.ts';
import type { ActionColumn } from './action-owners.ts';
import { ACTION_HEADING, isColumnHeading } from './column-headings.ts';

/** The action column of minutes printed with one, each kind of text extraction in turn. */
export function actionColumn(lines: readonly string[]): ActionColumn {
  return (
    statusTable(lines) ?? actionTable(lines) ?? actionMargin(lines) ?? actionCells(lines) ?? { lines: [...lines], actions: [], heading: -1 }
  );
}

/**
 * Who is to act, as the item's text keeps it: a paragraph "Action: IB" of its own, after a blank line; with
 * when, where the minutes print it, "Action: V Ince, by Dec 2025" (or "Action: by Dec 2025" with no one named).
 */
export function actionLines(owner: string, due = ''): string[] {
  const by = due === '' ? '' : `by ${due}`;
  return ['', `Action: ${[owner, by].filter((part) => part !== '').join(', ')}`];
}

/** A Status cell, as the item's text keeps it (no field holds an item's status): "Status: Agreed", a paragraph of its own. */
const statusLines = (status: string | undefined): string[] => (status === undefined ? [] : ['', `Status: ${status}`]);

/**
 * Each action as "Action: IB", a paragraph of its own after the paragraph it was printed beside (on the
 * title's line, the text after the title), or at the end of its item's text when the cell stood alone
 * (beside a title with no text, or on a line of its own).
 */
export function withActions(items: { line: number; lines: string[] }[], column: ActionColumn, end: number): void {
  items.forEach((item, at) => {
    const stop = items[at + 1]?.line ?? end;
    let from = 0;
    for (const { line, owner, due, status } of column.actions.filter(({ line }) => line >= item.line && line < stop)) {
      const text = column.lines[line] ?? '';
      // The title's own row: its text on the title's line (item.lines[0]) is what the action was printed beside.
      const own = line === item.line && (item.lines[0] ?? '').trim() !== '';
      const found = own ? 0 : text.trim() === '' ? -1 : item.lines.indexOf(text, from);
      const added = [...statusLines(status), ...(owner === '' ? [] : actionLines(owner, due))];
      if (found === -1) {
        item.lines.push(...added);
        continue;
      }
      item.lines.splice(found + 1, 0, ...added, '');
      from = found + added.length + 2;
    }
  });
}

/** True when the action column's heading, just over the first item, opens the items' table (the header ends there, not at the first item). */
export function opensItems(all: readonly string[], column: ActionColumn, start: number): boolean {
  const between = all.slice(column.heading + 1, start).map((line) => line.trim());
  const heads = between.every((line) => line === '' || isColumnHeading(line) || ACTION_HEADING.test(line));
  return column.heading !== -1 && column.heading < start && column.actions.length > 0 && heads;
}
