/**
 * Reads who is to act, as an action column's cells name them: initials ("IB", "JS/KT"), "All", a name ("Janine
 * Trott") or a few words ("all partners"); and what each reader of the column gives back (ActionColumn). Apart so the
 * column's readers (action-table.ts, action-margin.ts) and the entry that runs them (action-column.ts) share them.
 */

/** Who is to act, as the column names them: initials ("IB", "JS/KT", "SE / PG"), or "All". */
const OWNERS = /^(?:[A-Z]{2,4}|All|ALL)(?:\s*[/&,]\s*(?:[A-Z]{2,4}|All|ALL))*$/;
/** Short words in capitals that are text, not initials: "NONE", "AOB", "TBC". */
const NOT_INITIALS = /^(?:NONE|NIL|AOB|TBC|TBA|AGM|EGM|NB)$/;
/** True when a cell names who is to act by initials ("IB", "JS/KT") or "All", never a short word of text ("AOB"). */
export const isOwners = (text: string) => OWNERS.test(text) && !NOT_INITIALS.test(text);
/** A name in a table's cell of its own ("Janine Trott"): two to four words, each with a capital. */
export const NAME_CELL = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** A name, or a few words, in the column under its heading: no sentence ("Owen Bradshaw", "Graham Tull /", "all partners"). */
export const OWNER_CELL = /^[\p{L}'’.&/ -]{2,40}$/u;

/** The record's lines with the action column's cells taken out; who is to act, by the line the action ends on (or the cell's own, blanked). */
export interface ActionColumn {
  lines: string[];
  /** Who is to act ('' when the row names no one), by when where the cell says, and the row's status where a Status column gives one ("Agreed"). */
  actions: { line: number; owner: string; due?: string; status?: string }[];
  /** The column heading's first line, where the items' table starts; -1 when there is none. */
  heading: number;
}
