/**
 * Headings told by the lines around them: "Members:" over a membership or over those present, "Panel" alone over a
 * panel's members, a first group's label with no "Present" above it, an office-bearer's post alone among those
 * present, "Other Members Present" after a chair, a label wrapped over two lines or in its own column, and "the
 * following guests:" inside a sentence. Apart because each needs the lines beside it, not the line alone.
 */
import { MEMBERS_LABEL, endsList, readBlock } from './attendance-block.ts';
import { isStatusRosterHeader, statusRoster } from './attendance-columns.ts';
import { MEMBER_GROUP, membersGroup } from './attendance-groups.ts';
import { namesKindOfMember } from './attendance-kind-labels.ts';
import { type Heading, OTHER_MEMBERS, headingOf } from './attendance-headings.ts';
import { ITEM_NUMBER, NAMED_LISTS, isListLine } from './attendance-lists.ts';
import { readPieces } from './attendance-person.ts';
import { squash } from './attendance-piece.ts';
import { readMembership } from './membership.ts';
import { labelColumnAbove } from './attendance-label-column.ts';
import { bodyMembersLabel } from './attendance-body-labels.ts';
import { filledCells } from './table-cells.ts';
import { HOW_ATTENDED_SOURCE } from './person-notes.ts';

/**
 * "Present:", "Members present:", "Councillors present:": the plain heading of who came, never one that says how they took
 * part ("Virtual:", "Present remotely:"), which parts those present by how they came.
 */
const PRESENT_LIST =
  /^(?:(?:committee\s+)?(?:members|councillors)\s+)?(?:those\s+)?present\b(?!\s+(?:virtually|remotely|online|by\b|via\b))/i;

/**
 * "Members:" over "Councillor G Ackroyd (Chairman)", one a line, then "Present: Councillors Ackroyd, …", as county
 * committees print their membership over who came: the label heads the committee's members, read as "Membership:" is,
 * only when the list under it ends at a separate plain list of those present (PRESENT_LIST). When another list of the
 * attendance follows instead ("Officers:", "Apologies:", "Virtual:"), as a hearing's minutes head the panel that sat,
 * "Members:" heads those present. Alone, as an agenda names the members it summons, it heads neither. A label of members
 * beside a status column's heading ("Schools Members   Status") over rows that each print a status heads those present.
 */
export function rosterHeading(lines: string[], at: number): Heading | null {
  // "Schools Members   Status" over "Primary Head Teachers: Jill Abbott   Present": each row in the list its status says.
  if (isStatusRosterHeader(lines[at] ?? '') && statusRoster(lines, at, endsList)) return { role: 'present', rest: '' };
  const text = squash(lines[at] ?? '');
  if (!MEMBERS_LABEL.test(text)) return null;
  const heading: Heading = { role: 'members', rest: squash(text.replace(MEMBERS_LABEL, '')) };
  // "Members:" over "Councillor R Gilmour - present", each row with a status: who came, as a list of those present says.
  if (heading.rest === '' && statusRoster(lines, at, endsList)) return { ...heading, role: 'present' };
  const block = readBlock(lines, at, heading);
  const next = squash(lines.slice(block.end).find((line) => line.trim() !== '') ?? '');
  const names = block.paragraphs.length > 0 && readMembership(block.paragraphs).length > 0;
  // "1. Apologies for absence" is an agenda's item, no list of who came.
  const after = ITEM_NUMBER.test(next) ? undefined : headingOf(next)?.role;
  if (!names || after === undefined) return null;
  if (PRESENT_LIST.test(next) && after === 'present') return heading;
  return NAMED_LISTS.includes(after) ? { ...heading, role: 'present' } : null;
}

/** "Panel", "The Panel", "Hearing Panel", "Sub-Committee" alone on its line, as an appeal panel's decision heads its members. */
const PANEL_ALONE = /^(?:the\s+)?(?:(?:appeal|hearing|licensing)\s+)?(?:panel|sub-committee)$/i;

/** The first two filled lines under `at`, within five lines. */
function twoUnder(lines: readonly string[], at: number): string[] {
  return lines
    .slice(at + 1, at + 6)
    .filter((line) => line.trim() !== '')
    .slice(0, 2);
}

/** The people a line names, each in two words or more, when it names people and nothing else; empty otherwise. */
function peopleOnly(line: string): string[] {
  const pieces = readPieces(line);
  const named = pieces.every((piece) => piece.kind === 'person' && /\s/.test(piece.name));
  return named ? pieces.map((piece) => (piece.kind === 'person' ? piece.name : '')) : [];
}

/**
 * "Panel" alone on its line over "Mrs A Bell (Chair, lay member)", one a line, or over one line of several names ("Mrs A
 * Bell (Chair), Mr C Dale and Ms E Fox"): the panel that sat, those present, only when the two lines under it (blank
 * lines aside) each name one person, or the first names two or more and nothing else; a title alone, over a sentence or
 * over one name (a signatory's), heads nothing (nameUnderPanel warns of the one name).
 */
export function panelHeading(lines: readonly string[], at: number): Heading | null {
  if (!PANEL_ALONE.test(squash(lines[at] ?? ''))) return null;
  const under = twoUnder(lines, at);
  const listed = under.length === 2 && under.every((line) => peopleOnly(line).length === 1);
  return listed || peopleOnly(under[0] ?? '').length >= 2 ? { role: 'present', rest: '' } : null;
}

/**
 * "Panel" alone over a line naming one person and nothing else, which panelHeading does not read as the panel: the line under it,
 * for the caller to warn of, as the names under a label it has no heading for (nameUnderLabel); null otherwise.
 */
export function nameUnderPanel(lines: readonly string[], at: number): string | null {
  if (!PANEL_ALONE.test(squash(lines[at] ?? ''))) return null;
  const first = squash(twoUnder(lines, at)[0] ?? '');
  // The line names a person and nothing else: a title over a sentence ("Minutes of the hearing held on …") names no one.
  return peopleOnly(first).length > 0 ? first : null;
}

/**
 * "Group A - Christian denominations and other religions:" over names, with no "Present" above it, as a SACRE's
 * minutes open their list: the first group's label heads those present, the later groups' labels read under it
 * (membersGroup). Only when names follow it ("Group A - for; Group B - against" is a vote by groups).
 * So too a label of members of a kind with its colon ("Statutory members present:", "Scheme Member Representatives:",
 * "Elected Members present: Mr R Gotobed, …"), as a board or a partnership heads its members by category: each under
 * it a member whatever post or body follows the name.
 */
export function groupOpening(lines: string[], at: number): Heading | null {
  const text = squash(lines[at] ?? '');
  // "Members:", "Parish Councillors:" alone name a body's membership (an agenda's), no category of those present.
  // "Borough Council Members of the Board:", as a joint board opens its list: members of a kind, the body kept (attendance-body-labels.ts).
  const ofAKind = !MEMBER_GROUP.test(text) && text.includes(':') && (namesKindOfMember(text) || bodyMembersLabel(text) !== null);
  const group = MEMBER_GROUP.test(text) || ofAKind ? membersGroup(text, 'present') : null;
  if (group === null) return null;
  const body = group.council === undefined ? {} : { body: group.council };
  const heading: Heading = { role: 'present', rest: group.rest, ...(ofAKind ? { members: 'ofAKind' as const } : {}), ...body };
  return readBlock(lines, at, heading).paragraphs.length > 0 ? heading : null;
}

/** "ATTENDING:" under a list of those present, as Scottish minutes print it: the officers; "Attending remotely:" members present all the same. */
const ATTENDING = new RegExp(String.raw`^attending\b(?!\s*\(?(?:${HOW_ATTENDED_SOURCE}))`, 'i');

/**
 * "Vice-chair", "Secretary", "Treasurer" alone on a line among those present, as a community council lists its
 * office-bearers, each over the member who holds it: a heading of those present, the office that member's post.
 */
const MEMBER_OFFICE_ALONE =
  /^(?:(?:vice|deputy)[- ]?(?:chair(?:man|woman|person)?|convene[ro]r)|convene[ro]r|(?:minute\s+)?secretary|treasurer)\s*:?$/i;

/** An office-bearer's post alone on its line (MEMBER_OFFICE_ALONE): a heading of those present, the post the next one's. */
export function officeHeading(text: string): Heading | null {
  return MEMBER_OFFICE_ALONE.test(text) ? { role: 'present', rest: '', office: text.replace(/\s*:$/, '') } : null;
}

/** A heading's role where it stands: "Other Members Present" after a chair's heading are members; "Attending" after those present, officers. */
export function roleInContext(found: Heading | null, text: string, afterChair: boolean, afterPresent: boolean): Heading | null {
  if (found && afterChair && OTHER_MEMBERS.test(text)) return { ...found, role: 'present' };
  if (found?.role === 'present' && afterPresent && ATTENDING.test(text)) return { ...found, role: 'officers' };
  return found;
}

/** The label two short lines make together ("Also in" over "Attendance:", "PRESENT IN" over "CHAMBER:"), when the first alone is none. */
export function wrappedHeading(lines: string[], at: number): string | null {
  const first = squash(lines[at] ?? '');
  const second = squash(lines[at + 1] ?? '');
  if (!/^[A-Za-z]+(?:\s+[A-Za-z]+){0,2}$/.test(first) || !/^[A-Za-z ]+:$/.test(second) || headingOf(first) !== null) return null;
  const joined = `${first} ${second}`;
  return headingOf(joined) !== null && !isListLine(first) ? joined : null;
}

/** A label's words in a column of its own: a word or three, no colon ("Co-opted", "Officers in"). */
const LABEL_WORDS = /^[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2}$/;

/**
 * "Co-opted        Mr J Stott (…)" over "Members:        Ms E Mensah (…)", "Officers in   Mr Kerr, Director" over
 * "Attendance   Ms Loughlin, Head of Waste": a list's label wrapped over two lines of its column, the names in the column
 * beside it. The two lines as one heading with the first line's names, then the second's names alone in their column;
 * null when the two labels together are no heading (nor a label, its colon last, under others in that column), or the
 * first is names.
 */
export function wrappedLabelColumn(lines: readonly string[], at: number): string[] | null {
  const [label, names, ...more] = filledCells(lines[at] ?? '');
  const [tail, under, ...moreUnder] = filledCells(lines[at + 1] ?? '');
  if (!label || !names || !tail || !under || more.length + moreUnder.length > 0) return null;
  if (label.start !== 0 || tail.start !== 0 || names.start !== under.start) return null;
  const [first, second] = [squash(label.text), squash(tail.text)];
  // A label no heading reader knows ("STATUTORY" over "PARTNERS:") is one all the same where the column above holds labels.
  const inLabelColumn = second.endsWith(':') && labelColumnAbove(lines, at, names.start);
  // "Co-opted" alone reads as a name too; a heading's word is none.
  const named = isListLine(first) && headingOf(first) === null && !inLabelColumn;
  if (!LABEL_WORDS.test(first) || !LABEL_WORDS.test(second.replace(/:$/, '')) || named) return null;
  const joined = `${first} ${second.replace(/:$/, '')}`;
  if (headingOf(joined) === null && !inLabelColumn) return null;
  return [`${joined}: ${squash(names.text)}`, `${' '.repeat(under.start)}${under.text}`];
}

/**
 * ", the Town Clerk (Mr N Skerritt) and the following guests: County Councillor R Penwill, …": a list's sentence that
 * names a second list by its label inside it. Read as that label's heading ("Guests: …"), on its line or after the first
 * list's names; only a label of those attending (guests, visitors, officers).
 */
const FOLLOWING = /(^\s*|,?\s+)(?:and\s+)?the\s+following\s+(guests|visitors|officers)\s*:\s*/giu;

/** The line with each "the following guests:" in it read as that label's heading (FOLLOWING). */
export function followingLabels(line: string): string {
  return line.replace(
    FOLLOWING,
    (_all, before: string, label: string) =>
      `${before.trim() === '' ? before : '. '}${label.charAt(0).toUpperCase()}${label.slice(1).toLowerCase()}: `,
  );
}
