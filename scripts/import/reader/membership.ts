/**
 * A committee's membership as agendas print it under "Membership": who sits on the committee, not
 * who attended. Written as the PDF pack reader writes members, "Councillor A Ash (Chair)": each name
 * with the title of its run ("Councillors A, B and C", "Councillors:" over one name a line), and its
 * part's note ("Substitutes: …" gives "(substitute member)"). attendance.ts finds the block above the
 * items; `footMembership` finds one a web page prints after its last item ("Committee members").
 */
import { COUNCILLORS_SOURCE } from '../../../src/model/honorifics.ts';
import { readFootContact } from '../contact.ts';
import { LIST_TITLE_ALONE, readPieces } from './attendance-person.ts';
import { squash, type Person } from './attendance-piece.ts';
import { rankOfPlural } from './piece-joins.ts';

/**
 * "Membership", "Committee Membership", "Membership of the Panel": the heading over a committee's members, as
 * an agenda's front sheet prints it (attendance.ts reads it there, among the headings of a meeting's lists).
 */
export const MEMBERSHIP_HEADING_SOURCE = String.raw`(?:(?:committee|panel|board|cabinet)\s+)?membership(?:\s+of\s+the\s+(?:committee|sub-committee|panel|board|cabinet))?`;
/**
 * The heading of a membership at a page's foot, under its last item: besides the front sheet's, "Committee
 * members", "Members of the Panel", as ModernGov and CMIS agenda pages head the list. Only there: above the
 * items, "Committee Members:" may head who came.
 */
const FOOT_HEADING = new RegExp(
  String.raw`^(?:${MEMBERSHIP_HEADING_SOURCE}|(?:committee|sub-committee|panel|board)\s+members|members\s+of\s+the\s+(?:committee|sub-committee|panel|board))\s*(?::\s*(.*))?$`,
  'i',
);

/** "Councillors A, B and C", "Aldermen D and E": a plural title over every name of the run it opens. */
const PLURAL_TITLE = new RegExp(`^(?:${COUNCILLORS_SOURCE})(?=\\s|:|$)`, 'i');
const BEFORE_PLURAL_TITLE = new RegExp(`(?<=^|[\\s,;])(?=(?:${COUNCILLORS_SOURCE})\\s)`, 'i');
/**
 * The label of a part of a membership: "Other Members:", "Co-opted Members", "Substitutes: Councillors A and B", and
 * "Co-opted:" or "Co-optees:", which head co-opted members among those present too (attendance.ts), so part a membership.
 */
const PART_LABEL =
  /^(?:(?:other|co-?opted|independent|non-?elected|lay|voting|non-?voting)\s+members?|co-?opted|co-?optees|(?:named\s+)?(?:substitutes?|reserves?)(?:\s+members?)?)\s*(?::\s*|$)/i;
const SUBSTITUTES = /^(?:named\s+)?(?:substitute|reserve)/i;

/** A line that parts a membership: a title alone over the names, or a part's label. */
export function isMembershipPart(text: string): boolean {
  return LIST_TITLE_ALONE.test(text) || PART_LABEL.test(text);
}

/** The singular of a plural title: "Cllrs" -> "Councillor", "Aldermen" -> "Alderman". */
function singular(plural: string): string {
  return rankOfPlural(plural) ?? 'Councillor';
}

interface Part {
  /** The title a title alone gave the names under it; null when none did. */
  title: string | null;
  note: string | null;
}

function entry(person: Person, title: string | null, note: string | null): string {
  const notes = [person.chair, person.role, note].filter((part) => part !== null).map((part) => ` (${part})`);
  // "Alderman A Kerr": the reader already gave an alderman's name the run's title, written once.
  const titled = title !== null && title !== '' && !person.name.startsWith(`${title} `);
  return `${titled ? `${title} ` : ''}${person.name}${notes.join('')}`;
}

/** A member as written in a committee's `members`: "Councillor A Ash (Chair)", the title a councillor's. */
export function memberEntry(person: Person): string {
  return entry(person, person.councillor ? 'Councillor' : null, null);
}

/** The members one line lists: each name under a plural title gets its singular. */
function readLine(line: string, part: Part): string[] {
  return line.split(BEFORE_PLURAL_TITLE).flatMap((run) => {
    const plural = PLURAL_TITLE.exec(run)?.[0];
    const runTitle = plural === undefined ? part.title : singular(plural);
    return readPieces(run)
      .filter((piece): piece is Person => piece.kind === 'person')
      .map((person) => entry(person, runTitle ?? (person.councillor ? 'Councillor' : null), part.note));
  });
}

/** The members of a membership block's lines, in order, each once. */
export function readMembership(lines: readonly string[]): string[] {
  let part: Part = { title: null, note: null };
  const members: string[] = [];
  for (const line of lines) {
    if (LIST_TITLE_ALONE.test(line)) {
      part = { title: singular(line), note: part.note };
      continue;
    }
    const label = PART_LABEL.exec(line);
    if (label) part = { title: null, note: SUBSTITUTES.test(line) ? 'substitute member' : null };
    members.push(...readLine(label ? line.slice(label[0].length) : line, part));
  }
  return [...new Set(members)];
}

/** A member as a list prints one: a name of two words or more in capitals ("Contact", "Further information" name no one). */
const MEMBER_NAME = /\p{Lu}[\p{L}'’.-]*\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’-]+/u;

/** The members a line names, when the line is nothing but members; null when it is anything else. */
function memberLine(line: string): string[] | null {
  const members = readMembership([line]);
  return members.length > 0 && members.every((member) => MEMBER_NAME.test(member)) ? members : null;
}

/**
 * "Note: This meeting may be filmed for live or subsequent broadcast", "Please note that this meeting will be
 * webcast": the notice an agenda prints at its foot, under the membership, about the meeting being filmed.
 * It is no part of the last item, so a membership above it is still the page's foot.
 */
const FILMING_NOTICE =
  /^(?:(?:please\s+)?note\s*[:\u2013-]?\s*)?(?:that\s+)?(?:this|the)\s+meeting\s+(?:may|will|is\s+to)\s+be\s+(?:filmed|recorded|webcast|broadcast|live[\s-]?streamed)\b/i;

/** The lines after a membership with each filming notice (the paragraph it opens) blanked. */
function withoutNotices(lines: readonly string[]): string[] {
  let notice = false;
  return lines.map((line) => {
    const text = squash(line);
    if (text === '') notice = false;
    else if (FILMING_NOTICE.test(text)) notice = true;
    return notice ? '' : line;
  });
}

/**
 * A committee's membership that a web page prints after its last item, "Committee members" over
 * "Councillor A Ash (Chair)", one a line: its members, and the item's lines without the block (what
 * follows it, the contact at the page's foot or a notice that the meeting may be filmed, stays). Null when the lines hold no such block: a heading
 * whose lines are not all members, one with none under it, or one with more of the item after it (an
 * item's own "Committee membership" over the names it appoints) is the item's text.
 */
export function footMembership(lines: readonly string[]): { members: string[]; lines: string[] } | null {
  const at = lines.findLastIndex((line) => FOOT_HEADING.test(squash(line)));
  if (at === -1) return null;
  const block: string[] = [];
  const named = FOOT_HEADING.exec(squash(lines[at] ?? ''))?.[1] ?? '';
  if (named !== '') block.push(named);
  let end = at + 1;
  for (; end < lines.length; end += 1) {
    const line = squash(lines[end] ?? '');
    if (line === '') continue;
    if (!isMembershipPart(line) && memberLine(line) === null) break;
    block.push(line);
  }
  // The blank lines before what follows are its own.
  while (end > at + 1 && squash(lines[end - 1] ?? '') === '') end -= 1;
  if (named !== '' && memberLine(named) === null) return null;
  const rest = lines.slice(end);
  // What may follow: the page's filming notice, the contact at its foot, or nothing.
  const foot = withoutNotices(rest);
  const first = foot.findIndex((line) => squash(line) !== '');
  if (first !== -1 && readFootContact(foot).lines[0] !== first) return null;
  const members = readMembership(block);
  if (members.length === 0) return null;
  return { members, lines: [...lines.slice(0, at), ...rest] };
}

/**
 * The committee's members a page lists after its last item ("Committee members" over one a line), taken
 * out of that item's lines, for the committee's record; none when the last item holds no such block.
 */
export function takeFootMembership(items: readonly { lines: string[] }[]): string[] {
  const last = items.at(-1);
  const found = last === undefined ? null : footMembership(last.lines);
  if (last === undefined || found === null) return [];
  last.lines = found.lines;
  return found.members;
}
