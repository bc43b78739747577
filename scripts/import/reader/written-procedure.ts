/**
 * Decisions taken by written procedure: the papers sent to the members, who reply by a closing time, and no one meets.
 * The record prints the day the procedure opened and the day it closed ("Procedure opened: 10 March 2025", "Procedure
 * closed: 12 noon, 21 March 2025"); the decisions are made when it closes, so that day dates the record (header-date.ts)
 * and the opening day is told in a warning, as no field holds it.
 */
import { squash } from '../text.ts';

/** "Procedure opened:", "Written procedure started:": the day the papers went out, group 1 what follows. */
export const PROCEDURE_OPENED = /^\s*(?:written\s+)?procedure\s+(?:opened|started|began|commenced)\s*:\s*(.+)$/i;
/** "Procedure closed:", "Written procedure ended:": the closing time, when the decisions were made; group 1 what follows. */
export const PROCEDURE_CLOSED = /^\s*(?:written\s+)?procedure\s+(?:closed|ended|finished)\s*:\s*(.+)$/i;

/** The days a written procedure opened and closed, as printed, and the lines that print them. */
export interface WrittenProcedure {
  opened: string | null;
  closed: string | null;
  lines: number[];
}

/** The written procedure a record's lines print its days of; null when no line says when one opened or closed. */
export function writtenProcedure(lines: readonly string[]): WrittenProcedure | null {
  const found: WrittenProcedure = { opened: null, closed: null, lines: [] };
  lines.forEach((line, at) => {
    const opened = PROCEDURE_OPENED.exec(line);
    const closed = PROCEDURE_CLOSED.exec(line);
    if (opened && found.opened === null) found.opened = squash(opened[1] ?? '');
    else if (closed && found.closed === null) found.closed = squash(closed[1] ?? '');
    else return;
    found.lines.push(at);
  });
  return found.lines.length === 0 ? null : found;
}

/** The warning that no one met: the record's decisions were taken by written procedure, the days it ran as printed. */
export function writtenProcedureWarning(procedure: WrittenProcedure): string {
  const days = [
    procedure.opened === null ? null : `opened ${procedure.opened}`,
    procedure.closed === null ? null : `closed ${procedure.closed}`,
  ].filter((day) => day !== null);
  const dated = procedure.closed === null ? '' : ': dated the day it closed';
  return `the meeting was held by written procedure, ${days.join(' and ')}${dated}`;
}
