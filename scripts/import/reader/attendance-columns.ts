/**
 * A list of those attending printed in two columns, a person's name and the body they come from set apart by a run of
 * spaces or a tab, as a health and wellbeing board or another board of partners prints its members:
 * "Dr R Patel          Northby Integrated Care Board". Each row is one person, the body kept with them (attendance.ts
 * files it as a represented member's), never a second name.
 */
import { TITLED_NAME } from '../../../src/model/honorifics.ts';
import { BODY_WORD, postAlone, readPieces, squash } from './attendance-person.ts';
import { isCouncilName } from './council-name.ts';
import { filledCells } from './table-cells.ts';

/** One row of such a list: the name as printed (a bracketed note after the body moved to it), and the body. */
export interface NameBodyRow {
  name: string;
  body: string;
}

/** Words of a body's name: each capitalised, or a joining word ("Northby Council for Voluntary Service"). */
const BODY_NAME = /^\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|and|&|of|for|the|in|on|upon))*$/u;
/** Notes in brackets after the body ("(Chair)", "(Vice-Chair)"): said of the person, so read with the name. */
const NOTES_AFTER = /^(.*?)((?:\s*\([^()]*\))+)$/;

/**
 * The name and the body of a row set in two columns, or null when the row is not one person (the first column) beside
 * an untitled body's name that is no post (the second): "Cllr A Ash    Cllr B Bell" is two people, "A Ash<tab>Chief
 * Executive" a name and a post, "Mr A Ash   said …" a sentence.
 */
export function nameBodyRow(raw: string): NameBodyRow | null {
  const cells = filledCells(raw.trim()).map((cell) => squash(cell.text));
  if (cells.length !== 2) return null;
  const [name = '', printed = ''] = cells;
  const notes = NOTES_AFTER.exec(printed);
  const body = (notes?.[1] ?? printed).trim();
  if (!BODY_NAME.test(body) || TITLED_NAME.test(body) || postAlone(body) !== null) return null;
  const pieces = readPieces(name);
  const [person] = pieces;
  if (pieces.length !== 1 || person?.kind !== 'person' || person.name === '' || person.role !== null) return null;
  return { name: `${name}${notes?.[2] ?? ''}`, body };
}

/** How many lines under a heading are looked at for the list's layout. */
const LIST_REACH = 80;

/** True when a body's name says it is one: a council's, or a word only a body's name has ("Trust", "Association"). */
const namesBody = (body: string): boolean => isCouncilName(body) || BODY_WORD.test(body);

/**
 * True when the list under a heading (its lines from `at`, up to the first that `ends`) is set as names beside bodies:
 * every row of two columns is one (nameBodyRow), and one at least names a body by its words, so two columns of
 * untitled names ("Ann Bell    Dan Crow") are never read as a name and a body.
 */
export function nameBodyColumns(lines: readonly string[], at: number, ends: (text: string) => boolean): boolean {
  const rows: (NameBodyRow | null)[] = [];
  // A list runs some dozens of lines at most: past them, rows of two columns are a table of the minutes, not the list's.
  for (const raw of lines.slice(at + 1, at + 1 + LIST_REACH)) {
    const text = squash(raw);
    if (text !== '' && ends(text)) break;
    if (filledCells(raw.trim()).length === 2) rows.push(nameBodyRow(raw));
  }
  return rows.length > 0 && rows.every((row) => row !== null) && rows.some((row) => namesBody(row?.body ?? ''));
}
