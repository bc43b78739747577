/**
 * Members listed by the council, body or seat they represent: "Eastleigh Magna PC: Cllrs H Abel, K Bond" at a joint
 * meeting, a schools forum's seats ("Maintained primary headteachers: …"), councils' names over columns of members,
 * and a list that opens with a council's name alone. Apart because each keeps the body with the member, as the
 * group labels (attendance-groups.ts) do not.
 */
import { COUNCILLORS_SOURCE, COUNCILLOR_SOURCE } from '../../../src/model/honorifics.ts';
import { type Heading, headingOf } from './attendance-headings.ts';
import { GROUPED_LISTS, NEW_TITLE, NONE_SAID, type Role, isListLine } from './attendance-lists.ts';
import { STARRED } from './attendance-marks.ts';
import { ROLE_WORDS } from './role-words.ts';
import { isPostLabel, postAlone } from './person-name.ts';
import { readPieces } from './attendance-person.ts';
import { squash } from './attendance-piece.ts';
import { isCouncilName } from './council-name.ts';
import { isGuestLabel } from './hearing-parties.ts';
import { type Cell, filledCells } from './table-cells.ts';

/** "LOCATION:", "Remote:", "In the Chamber:": where members sat, the tail of a label wrapped over lines ("PRESENT IN" / "REMOTE" / "LOCATION:"), no body. */
const WHERE_ATTENDED = /^(?:(?:in|the|remote|remotely|virtual|online|chamber|room|person|locations?|attendance)\s*)+$/i;

/**
 * "Eastleigh Magna PC: Cllrs H Abel (Chair), K Bond", "Weston Parva: none.": a body's or a place's name, then its
 * members, as a joint meeting of two councils lists each council's members (and apologies) under its own name. The
 * label is words of a name, no post's and no kind of member's (groupOf reads those first); what follows the colon
 * opens with a councillor's title, so the label is never a name cut from its person, or says no one is listed.
 */
const JOINT_LABEL = /^(\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|and|&|of|on|upon|in|the|le|cum)){0,6})\s*:-?\s*(.*?)\.?$/u;
const COUNCILLOR_FIRST = new RegExp(`^(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})\\s`, 'i');

/** One joint body's label and its names; null when the text is no such label (JOINT_LABEL). */
function jointBody(text: string): { body: string; rest: string } | null {
  const label = JOINT_LABEL.exec(text);
  const body = squash(label?.[1] ?? '');
  const rest = squash(label?.[2] ?? '');
  if (!label || body.split(' ').some((word) => ROLE_WORDS.has(word.toLowerCase())) || isPostLabel(body, true) || WHERE_ATTENDED.test(body))
    return null;
  const names = COUNCILLOR_FIRST.test(rest) && isListLine(rest);
  return names || NONE_SAID.test(rest) ? { body, rest: names ? rest : '' } : null;
}

/** Each joint body's label on a line and its names, the line parted at its sentences ("… Cllr J Ince. Weston Parva: none."). */
export function jointBodies(text: string): { body: string; rest: string }[] | null {
  const parts = text.split(/(?<=\.)\s+(?=\p{Lu}[^.:]{0,60}:)/u).map(jointBody);
  return parts.every((part) => part !== null) ? (parts as { body: string; rest: string }[]) : null;
}

/**
 * "Maintained primary headteachers: Claire Bostock, Imran Dar", "Trade unions: Martin Roebuck", "Diocese: Revd Canon A
 * Tait": the seat or sector a schools forum (or a board of partners) lists its members under, then their names. The
 * label is a few words, the first capitalised, with no title, figure, post or heading's words in it, so never a person,
 * an item ("Item 5: …") or an officer's post ("Clerk: …"); those after it are members, whatever the label says.
 */
const SEAT_LINE = /^(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’()-]+){0,4})\s*:\s*(\S.*)$/u;

/**
 * "Academies: Ms T Hallam (Fenby Learning Trust), Mr J Pike (Riverside Academy)": a line that reads as a list, but whose
 * first entry, the seat's label with the first name, reads as no one's, so that name would go unread.
 */
export function labelSwallowsName(text: string): boolean {
  const first = readPieces(text)[0];
  return first !== undefined && first.kind !== 'person' && first.text.includes(':');
}

/** The names after a seat's label on the line (SEAT_LINE), or null when the line is no such label and names. */
export function seatLabelled(text: string): string | null {
  const line = SEAT_LINE.exec(text);
  const label = squash(line?.[1] ?? '');
  const rest = squash(line?.[2] ?? '');
  // "Children in Care Council representatives: Kayden (aged 15)": guests under their label, read as such (hearing-parties.ts).
  if (
    !line ||
    isGuestLabel(text) ||
    NEW_TITLE.test(`${label} `) ||
    headingOf(label) !== null ||
    isPostLabel(label, true) ||
    postAlone(label) !== null
  )
    return null;
  const pieces = readPieces(rest);
  const named = pieces.every((piece) => piece.kind === 'person' && piece.name !== '' && !piece.officer);
  return named && isListLine(rest) ? rest : null;
}

/**
 * "Kestonshire County Council        Wealdmoor Unitary Council": a council's name over each column of a list set in
 * columns, as a joint authority lists the members each constituent council sends; the cells, or null when the line is
 * not two or more councils' names apart.
 */
export function councilColumns(raw: string): Cell[] | null {
  const cells = filledCells(raw);
  return cells.length >= 2 && cells.every((cell) => isCouncilName(squash(cell.text))) ? cells : null;
}

/**
 * A row under councils' columns (councilColumns): each cell a member of the council over its column (the last whose
 * column starts at or before the cell's), a star after the name putting them in the list the star's key names
 * ("* apologies"); null when a cell is no list.
 */
export function columnRow(
  raw: string,
  bodies: readonly Cell[],
  starred: Role | null,
): { text: string; body: string; role: Role | null }[] | null {
  const row = filledCells(raw).map((cell) => {
    const star = starred === null ? null : STARRED.exec(squash(cell.text));
    const body = bodies.filter((column) => column.start <= cell.start + 2).at(-1) ?? bodies[0];
    return { text: squash(star?.[1] ?? cell.text), body: squash(body?.text ?? ''), role: star ? starred : null };
  });
  return row.length > 0 && row.every((cell) => isListLine(cell.text)) ? row : null;
}

/**
 * True when the list under a heading of members opens with a council's name alone on its line over names, as a joint
 * meeting lists each council's members ("Harrowby Borough Council" over "Councillors P Abbot (Chair), R Cotter"): each
 * council's name alone in it is then its members' label (isCouncilName, never any line in capitals). A list that opens
 * with a name prints each member's council under them, as a table of names and councils flattened does.
 */
export function opensWithCouncil(lines: readonly string[], at: number, heading: Heading): boolean {
  if (heading.rest !== '' || !GROUPED_LISTS.includes(heading.role)) return false;
  const filled: string[] = [];
  for (let index = at + 1; index < lines.length && filled.length < 2; index += 1) {
    const text = squash(lines[index] ?? '');
    if (text !== '') filled.push(text);
  }
  const [label = '', names = ''] = filled;
  return isCouncilName(label) && isListLine(names);
}
