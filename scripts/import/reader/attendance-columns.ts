/**
 * A list of those attending printed in columns, a person's name and beside it, set apart by a run of spaces or a tab:
 * - the body they come from, as a health and wellbeing board prints its members ("Dr R Patel     Northby Integrated
 *   Care Board");
 * - their post or seat, as a harbour or pension board prints its members ("Mrs H Trew      Chair", "Mr P Angove
 *   Fishing Industry Member");
 * - or their attendance ("Cllr T Brack     present", "Councillor F Menzies - apologies"), in a column or after a dash.
 * Each row is one person, what is beside them kept with them (attendance.ts files it), never a second name; a label
 * over a group of rows ("Employer representatives") is no person.
 */
import { TITLED_NAME } from '../../../src/model/honorifics.ts';
import { readPieces } from './attendance-person.ts';
import { squash } from './attendance-piece.ts';
import { isChairNote, isChairPost } from './chair-posts.ts';
import { postAlone } from './person-name.ts';
import { HOW_ATTENDED_SOURCE } from './person-notes.ts';
import { BODY_WORD } from './person-posts.ts';
import { KEY_ROLE, roleOf } from './attendance-marks.ts';
import { isCouncilName } from './council-name.ts';
import { HOW } from './attendance-table-columns.ts';
import { filledCells } from './table-cells.ts';
import { interestNotes, isInterest } from './member-interest.ts';
import { isGroupLabel } from './attendance-group-label.ts';

/** One row of such a list: the name as printed (a bracketed note after the body moved to it), and the body. */
export interface NameBodyRow {
  name: string;
  body: string;
}

/** The lists a roster's status word files a person in. */
export type RosterStatus = 'present' | 'apologies' | 'absent';

/**
 * One row of a roster: the name as the list reader reads it (a chair's post or a nominating body's note put in brackets
 * after it), what it keeps after the name (a body, or a seat such as "Fishing Industry Member"), and the list its
 * status word files it in (null when it prints none: the heading's).
 */
export interface RosterRow {
  name: string;
  body: string | null;
  status: RosterStatus | null;
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

/** "received" in "Apologies received", "sent" in "Sent apologies": words about the status that say no more of it. */
const SENT = String.raw`(?:sent|received|given|tendered)`;
/** "present", "apologies", "Sent apologies", "present (remote)": a status word alone, as a roster's last column prints it. */
const STATUS = new RegExp(String.raw`^(?:${SENT}\s+)?${KEY_ROLE}(?:\s+${SENT})?(?:\s*\((?:${HOW_ATTENDED_SOURCE})\))?$`, 'i');
/**
 * "Councillor F Menzies - apologies": the status after a dash at the end of the row; or after a closing bracket and one
 * space ("Petra Gould (Crossway Trust) Absent"), where the column's gap closed up in extraction (no name ends in ")").
 */
const STATUS_TAIL = new RegExp(String.raw`^(.*\S)(?:\s+[–—-]|(?<=\)))\s+${KEY_ROLE}(?:\s*\((?:${HOW_ATTENDED_SOURCE})\))?$`, 'i');
/**
 * A seat or post beside a name: its last word one a seat or a post ends with ("Independent Member", "Staff
 * Representative", "Harbour Master", "Parent Trustee"), brackets after it read past; the body the seat is held for
 * after a comma ("Employer Representative, Haldermoor College") is the seat's too.
 */
const SEAT = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:and|of|for|the)\s+)*){0,5}(?:member|representative|master|trustee|governor|observer|co-?optee)(?:,\s*\p{Lu}[\p{L}'’&\s-]*)?(?:\s*\([^()]*\))*$`,
  'iu',
);
/** True for a seat alone ("Carers Representative", "Tenant Member"), as beside a name it says why one is a member. */
export const isSeat = (text: string): boolean => SEAT.test(squash(text)) && !TITLED_NAME.test(squash(text));
/** "Nominated by Kernow Vale Council": the body that put the member on the board, read as the list reads it in brackets. */
const NOMINATED = /^(?:nominated|appointed)\s+by\s+\S/i;
/**
 * "Employer representatives", "Scheme member representatives", "Independent member (non-voting)", "Co-opted members":
 * a label over a group of a roster's rows, no title and no name, its last word a seat's.
 */
const ROSTER_LABEL =
  /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4}\s+(?:representatives?|members?|trustees?|governors?)(?:\s*\([^()]*\))?:?$/iu;

/** The status a roster's row ends with, and the row without it; the status null when it prints none. */
function statusOf(raw: string): { rest: string; status: RosterStatus | null } {
  const cells = filledCells(raw.trim());
  const last = cells.at(-1)?.text.trim() ?? '';
  const column = cells.length >= 2 ? STATUS.exec(last) : null;
  const dashed = column === null ? STATUS_TAIL.exec(squash(raw)) : null;
  const word = column?.[1] ?? dashed?.[2] ?? null;
  const role = word === null ? null : roleOf(word);
  // "substitute" names no list of those attending on its own: the row is left to the list reader.
  if (role === null || role === 'substitutes' || role === 'members') return { rest: raw, status: null };
  const rest = column !== null ? raw.trim().slice(0, cells.at(-1)?.start ?? 0) : (dashed?.[1] ?? raw);
  return { rest, status: role };
}

/**
 * The note in brackets after a name that names a body or a seat ("(Dunmere College)", "(GMB)", "(pensioner member)"):
 * kept after the name as a body, as a roster's column beside it is; never a chair's post or how they attended.
 */
function bodyNote(name: string): { name: string; body: string } | null {
  const note = /^(.*\S)\s*\(([^()]*)\)$/.exec(name);
  const body = note?.[2]?.trim() ?? '';
  const named = BODY_NAME.test(body) || SEAT.test(body);
  if (note === null || !named || isChairPost(body) || isChairNote(body) || TITLED_NAME.test(body) || STATUS.test(body)) return null;
  return { name: note[1] ?? '', body };
}

/**
 * A row of a roster, or null when the row is no such row: one person's name (the first column) beside a body, a seat
 * or a post (the second), or followed by a status word ("present", "- apologies"). "Cllr A Ash    Cllr B Bell" is two
 * people, "Ann Bell    Dan Crow" two names, "Mr A Ash   said …" a sentence: none is a row.
 */
export function rosterRow(raw: string): RosterRow | null {
  const { rest, status } = statusOf(raw);
  const cells = filledCells(rest.trim()).map((cell) => squash(cell.text));
  const [printed = '', beside = ''] = cells;
  // Only beside a status word, where the row is plainly one person's: a label before a name elsewhere is a list's.
  const name = status === null ? printed : unlabelled(printed);
  if (cells.length === 1 && status !== null) {
    const noted = bodyNote(name);
    if (noted !== null && onePerson(noted.name)) return { ...noted, status };
    return onePerson(name) ? { name, body: null, status } : null;
  }
  if (cells.length !== 2) return null;
  // "Chair", "Vice Chair": the chair's post, read as the list reads "(Chair)" after a name; a nominating body's note too.
  if (onePerson(name) && (isChairPost(beside) || isChairNote(beside) || NOMINATED.test(beside)))
    return { name: `${name} (${beside})`, body: null, status };
  if (onePerson(name) && isSeat(beside)) return { name, body: beside, status };
  // "Mrs T Lyle      Recreational sea angling": the interest the member sits for, kept as a body is (member-interest.ts).
  if (onePerson(name) && isInterest(beside))
    return { name: `${name}${interestNotes(beside).notes}`, body: interestNotes(beside).interest, status };
  const bodied = nameBodyRow(rest);
  return bodied === null ? null : { ...bodied, status };
}

/** "Primary Head Teachers: Jill Abbott": a seat's label before the member's name in a roster's first column. */
const SEAT_BEFORE = /^([^:()]{2,60}?)\s*:\s+(\S.*)$/;

/**
 * The name in a roster's first column with a seat's label before it taken off: the label is the group of the rows
 * under it (as "Employer representatives" over them is, isRosterLabel), no one's name and no list; a chair's post
 * there ("Chair: Ann Bell") is the member's, read as "(Chair)" after the name. Unchanged when what follows the colon
 * is not one person (with the body they come from in brackets, or not), or the label is itself a titled name.
 */
function unlabelled(name: string): string {
  const found = SEAT_BEFORE.exec(name);
  const label = squash(found?.[1] ?? '');
  const rest = found?.[2] ?? '';
  // "Idris Mallow (Harefield MAT)": one person with the body they come from, read after (bodyNote).
  const person = onePerson(rest) || onePerson(bodyNote(rest)?.name ?? '');
  if (found === null || TITLED_NAME.test(label) || !person) return name;
  return isChairPost(label) ? `${rest} (${label})` : rest;
}

/** True when a roster's first column names one person, with no role of their own ("Mrs H Trew", "Cllr A Ash (Chair)"). */
function onePerson(name: string): boolean {
  const pieces = readPieces(name);
  const [person] = pieces;
  return pieces.length === 1 && person?.kind === 'person' && person.name !== '' && (person.role === null || person.chair !== null);
}

/** True for a label over a group of a roster's rows ("Employer representatives"): no person, the rows under it are. */
export const isRosterLabel = (text: string): boolean => ROSTER_LABEL.test(squash(text)) && !TITLED_NAME.test(squash(text));

/**
 * "Schools Members      Status", "Board Members<tab>Attendance": a roster's heading alone on its line, a label of its
 * members over the names' column and the status column's heading beside it.
 */
export function isStatusRosterHeader(raw: string): boolean {
  const [label = '', how = '', ...more] = filledCells(raw.trim()).map((cell) => squash(cell.text));
  return more.length === 0 && isRosterLabel(label) && HOW.test(how);
}

/** How many lines under a heading are looked at for the list's layout. */
const LIST_REACH = 80;

/** True when a body's name says it is one: a council's, or a word only a body's name has ("Trust", "Association"). */
const namesBody = (body: string): boolean => isCouncilName(body) || BODY_WORD.test(body);

/** The rows of the list under a heading that are laid out as a roster's (null: a row of two columns that is none). */
function rosterRows(lines: readonly string[], at: number, ends: (text: string) => boolean): (RosterRow | null)[] {
  const rows: (RosterRow | null)[] = [];
  let afterBlank = false;
  // A list runs some dozens of lines at most: past them, rows of two columns are a table of the minutes, not the list's.
  for (const raw of lines.slice(at + 1, at + 1 + LIST_REACH)) {
    const text = squash(raw);
    if (text !== '' && ends(text)) break;
    if (text === '' || isRosterLabel(text) || isGroupLabel(text)) {
      afterBlank ||= text === '';
      continue;
    }
    const row = rosterRow(raw);
    // After a blank line, a line that is no row starts what follows the list ("BM 24/031  DECLARATIONS").
    if (row === null && afterBlank) break;
    if (row !== null || filledCells(raw.trim()).length === 2) rows.push(row);
    afterBlank = false;
  }
  return rows;
}

/**
 * True when the list under a heading (its lines from `at`, up to the first that `ends`) is set as a roster: every row
 * of two columns is one (rosterRow), and one at least says so by what it holds beside the name (a body by its words,
 * a chair's post, a seat, a status word), so two columns of untitled names ("Ann Bell    Dan Crow") are never read as
 * a name and a body.
 */
export function nameBodyColumns(lines: readonly string[], at: number, ends: (text: string) => boolean): boolean {
  const rows = rosterRows(lines, at, ends);
  const telling = (row: RosterRow | null): boolean =>
    row !== null && (row.status !== null || row.name.endsWith(')') || (row.body !== null && (namesBody(row.body) || SEAT.test(row.body))));
  return rows.length > 0 && rows.every((row) => row !== null) && rows.some(telling);
}

/**
 * True when every row of the list under a heading prints a status word ("Councillor R Gilmour - present"): a list of
 * the body's members that says who came, so an attendance, not a membership.
 */
export function statusRoster(lines: readonly string[], at: number, ends: (text: string) => boolean): boolean {
  const rows = rosterRows(lines, at, ends);
  return rows.length > 0 && rows.every((row) => row !== null && row.status !== null);
}
