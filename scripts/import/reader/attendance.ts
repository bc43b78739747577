/**
 * Attendance as councils write it, wherever it stands in the lines given: headed lists
 * ("Present:", "Apologies:", "In attendance:"), one name a line or comma runs wrapped over lines,
 * two columns run together by PDF extraction, and sentences ("Apologies were received from ...",
 * "Councillor X attended as substitute"). Parish clerks and visiting county or district councillors
 * are kept apart from the members present; counts of the public are dropped.
 * This module finds the lists and orders the reading; its parts read, each in its own module: a heading's line
 * (attendance-headings.ts), a heading told by the lines around it (attendance-context-headings.ts), the list under a
 * heading (attendance-block.ts) with its group labels (attendance-groups.ts), members by the body they represent
 * (attendance-represented.ts) and wrapped lines (attendance-wraps.ts), witnesses (attendance-witnesses.ts), the filing
 * of those listed (attendance-filing.ts, attendance-entry.ts, attendance-public.ts) and sentences (attendance-sentences.ts).
 */
import { ATTENDANCE_SECTION, readBlock } from './attendance-block.ts';
import {
  followingLabels,
  groupOpening,
  nameUnderPanel,
  officeHeading,
  panelHeading,
  roleInContext,
  rosterHeading,
  wrappedHeading,
  wrappedLabelColumn,
} from './attendance-context-headings.ts';
import { type DashedEntry, type DashedRole, readDashedLists } from './attendance-dashed.ts';
import { fileBlock, fileTable } from './attendance-filing.ts';
import { type Heading, headingOf } from './attendance-headings.ts';
import { qualifierWarning } from './attendance-label-qualifier.ts';
import {
  type Attendance,
  type Block,
  type Filing,
  type ListName,
  NAMED_LISTS,
  NONE_SAID,
  type PartnerListed,
  type Role,
  emptyAttendance,
  isItemLine,
} from './attendance-lists.ts';
import { readMarkedList } from './attendance-marks.ts';
import { oddLineWarning } from './attendance-odd-line.ts';
import { bodyListedWarning } from './attendance-bodies-apart.ts';
import { foldShorterNames } from './attendance-names.ts';
import { LIST_TITLE_ALONE, readPieces } from './attendance-person.ts';
import { type PostHolder } from './chair-posts.ts';
import { squash } from './attendance-piece.ts';
import { readRegister } from './attendance-register.ts';
import { fileProse, nameUnderLabel, proseRun, sentenceAfter } from './attendance-sentences.ts';
import { standInsNamed } from './attendance-stand-ins.ts';
import { attendanceFootnotes, withoutGluedMarks } from './attendance-footnotes.ts';
import { readAttendanceTable } from './attendance-table.ts';
import { isAttendanceTableHeader, type TableStatus } from './attendance-table-columns.ts';
import { type AttendanceTable } from './attendance-table-row.ts';
import { keyOverTable } from './attendance-table-key.ts';
import { PRESENTING, WITNESSES, readWitnessLine, witnessLines } from './attendance-witnesses.ts';
import { isPartHeading } from './exempt-headings.ts';
import { readItemGuests as itemGuests, joinOpenPartyLines, readLabelledGuests, readPartyLine } from './hearing-parties.ts';
import { asAbove } from './present-above.ts';
import { type InAttendanceList, councillorsAsMembers } from './attendance-only-list.ts';

/** What `readAttendance` found. */
export interface AttendanceFound {
  attendance: Attendance;
  /** Those of the members present and of the apologies listed with a partner's note, for the record to weigh. */
  partners: PartnerListed[];
  /**
   * The committee's members, listed under "Membership" (as agendas print them): who sits on the
   * committee, not who attended, so they belong to the committee's record and not the meeting's.
   */
  members: string[];
  /** 0-based indexes of the input lines that were read as attendance (so the caller can leave them out of item text). */
  lines: number[];
  /**
   * Headings over names that were not read ("Present" over lines this reader does not know as
   * names), each with the first line under it, so the caller can say so: those names are not imported. `public`: the
   * names are of members of the public, which no list holds by design (read, and kept out). `counted`: those present
   * counted and not named ("41 electors of the town"), `first` the count as printed. `said`: the whole warning, where
   * the reader words it itself (an attendance register's mark it cannot read). `nobody`: a list of those present
   * whose words name no one ("the same members as above"); `above`, when they give them as the meeting above's, and
   * whether its officers too.
   */
  unread: { heading: string; first: string; public?: true; counted?: true; nobody?: true; said?: string; above?: { officers: boolean } }[];
  /** Who held a chair's or civic post among those present ("Councillor Ann Holt (Mayor)", "Chair: Cllr A Fenn"), as the list says. */
  posts: PostHolder[];
}

/**
 * "Present: the same members as above.": a list of those present whose words name no one, no count of the public
 * either, so no one would be recorded present and nothing said; for the caller to warn of.
 */
function namesNoOne(block: Block): boolean {
  if (block.role !== 'present' || block.paragraphs.length === 0) return false;
  const pieces = block.paragraphs.flatMap(readPieces);
  return !pieces.some((piece) => (piece.kind === 'person' && piece.name !== '') || piece.kind === 'public');
}

/** The warning that a part of a list of officers' posts was read as no post and no one ("the Chief Planning 0fficer"). */
const unreadPartWarning = (heading: string, part: string): string =>
  `"${heading}" lists "${part}", which was read as no post and no one: nothing is recorded for it; add the officer to the meeting file by hand`;

/** The warning that a list names a post and no one who held it ("Guests: … the Chief Constable"): no person is recorded. */
const unnamedWarning = (heading: string, post: string): string =>
  `"${heading}" lists "${post}", a post with no one named as holding it: no person is recorded for it; add the holder to the meeting file by hand if known`;

/** "Officers Present:", "Officers:", "Officials in attendance:", "Staff present:": a heading of the body's own staff by that word. */
const OFFICERS_WORD = /^(?:officers?|officials|staff|(?:council\s+)?employees)\b/i;
/** "In attendance:" alone as a heading, no officers' word before it. */
const IN_ATTENDANCE = /^in\s+attendance\b/i;

/**
 * True when the record heads its own officers' list apart ("Officers Present: …" beside "In attendance: …", as Northern
 * Irish minutes print them): "In attendance" then lists those who are not the body's officers.
 */
function officersApart(lines: readonly string[]): boolean {
  return lines.some((line) => {
    const text = squash(line);
    return OFFICERS_WORD.test(text) && headingOf(text)?.role === 'officers';
  });
}

/** The list a heading over dashed lines heads (attendance-dashed.ts): "Attendance Details" those present. */
function dashedHeading(text: string): DashedRole | null {
  if (ATTENDANCE_SECTION.test(text)) return 'present';
  const heading = headingOf(text);
  const role = heading?.rest === '' ? heading.role : null;
  return role === 'present' || role === 'apologies' || role === 'absent' ? role : null;
}

/** One person of a dashed list as a block of their own: a member with the council they come from, an officer with their post. */
function dashedBlock(entry: DashedEntry): Block {
  const paragraphs = [entry.post === null ? entry.name : `${entry.name}, ${entry.post}`];
  const council = entry.council === null ? {} : { represent: [entry.council], ofAKind: [true] };
  return { role: entry.role, paragraphs, indexes: [], end: 0, ...council };
}

/** Drops empty names and repeats, keeping the first order; a name printed twice, once shorter, is kept in full (attendance-names.ts). */
function tidy(attendance: Attendance): Attendance {
  const out = emptyAttendance();
  for (const list of Object.keys(out) as ListName[]) out[list] = [...new Set(attendance[list].map(squash).filter((name) => name !== ''))];
  return foldShorterNames(out);
}

/** The status a list's heading gives the rows of a table under it that has no status column of its own. */
const HEADED_STATUS: Partial<Record<Role, TableStatus>> = {
  present: 'present',
  apologies: 'apologies',
  absent: 'absent',
  substitutes: 'substitute',
  officers: 'inAttendance',
  alsoPresent: 'alsoPresent',
};

/** "Present:" alone over "Name / Role / Organisation" and a row a person: the table, each row in the heading's list. */
function headedTable(lines: string[], at: number, heading: Heading | null): AttendanceTable | null {
  const status = heading?.rest === '' ? HEADED_STATUS[heading.role] : undefined;
  if (status === undefined) return null;
  let next = at + 1;
  while (next < lines.length && (lines[next] ?? '').trim() === '') next += 1;
  const table = readAttendanceTable(lines, next, status);
  return table && table.rows.length > 0 ? { ...table, lines: [at, ...table.lines] } : null;
}

/** "Councillors:" alone over the first line of a marked list: its title, read with it. */
function titleAbove(lines: string[], first: number): number[] {
  let at = first - 1;
  while (at >= 0 && (lines[at] ?? '').trim() === '') at -= 1;
  return at >= 0 && LIST_TITLE_ALONE.test(squash(lines[at] ?? '')) ? [at] : [];
}

/**
 * Finds the attendance in `all` (a record's header before its first item, or the text of an
 * "Apologies"/"Attendance" item) and says which lines it read, so the caller can keep them out of
 * item text. Names lose "Cllr"/"Councillor" and "(Chair)" notes but keep Mr/Mrs/Dr as printed.
 * `date` is the meeting's (ISO, null when not known): the column of an attendance register it reads.
 */
export function readAttendance(all: string[], date: string | null = null): AttendanceFound {
  const attendance: Filing = { ...emptyAttendance(), partners: [], counted: [], unnamed: [], bodies: [], unreadParts: [] };
  const members: string[] = [];
  const read: number[] = [];
  const posts: PostHolder[] = [];
  const unread: AttendanceFound['unread'] = [];
  // "Member  12 Jan  9 Mar" over a mark a date: a register, whose column of this meeting's `date` is read first, its
  // lines then blank to the rest (its marks after a name are no marked list's).
  const register = readRegister(all, date);
  for (const entry of register?.entries ?? [])
    fileBlock(attendance, { role: entry.role, paragraphs: [entry.text], indexes: [], end: 0 }, members, posts);
  unread.push(...(register?.warnings ?? []).map((said) => ({ heading: 'Attendance register', first: '', said })));
  read.push(...(register?.lines ?? []));
  // "Cllr Fiona Brennan[1]": a footnote's reference glued to a name is no part of it (its note stays where it is printed).
  const registered = all.map((line, index) => (register?.lines.includes(index) ? '' : withoutGluedMarks(line)));
  // "Councillor B Fyfe (1)" over "(1) From item 3": each footnote warned of with the names it marks, its marks taken off.
  const footnotes = attendanceFootnotes(registered);
  unread.push(...(footnotes?.warnings ?? []).map((said) => ({ heading: 'Footnotes', first: '', said })));
  read.push(...(footnotes?.read ?? []));
  const given = footnotes?.lines ?? registered;
  // "P  Peter Crewe" under a key "P: Present": read first, its lines then blank to the rest.
  const marked = readMarkedList(given);
  for (const entry of marked?.entries ?? [])
    fileBlock(attendance, { role: entry.role, paragraphs: [entry.text], indexes: [], end: 0 }, members, posts);
  const dashed = readDashedLists(given, dashedHeading);
  for (const entry of dashed.entries) fileBlock(attendance, dashedBlock(entry), members, posts);
  const markedLines = new Set([...(marked?.lines ?? []), ...(marked ? titleAbove(given, marked.lines[0] ?? -1) : []), ...dashed.lines]);
  read.push(...markedLines);
  let lines = given.map((line, index) => (markedLines.has(index) ? '' : followingLabels(line)));
  // "Co-opted   Mr J Stott" over "Members:   Ms E Mensah": a label wrapped in its column beside the names, one heading.
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const besideNames = wrappedLabelColumn(lines, index);
    if (besideNames !== null) lines = [...lines.slice(0, index), ...besideNames, ...lines.slice(index + 2)];
  }
  const apart = officersApart(lines);
  const inAttendance: InAttendanceList[] = [];
  let at = 0;
  let afterChair = false;
  // The list the last heading read heads: an office-bearer's heading ("Secretary") is one only among those present.
  let lastRole: Role | null = null;
  // A key over a table ("Key: ✓ = present" over "Councillor | Attendance"): read, left in place for the table to read its codes by.
  const keyOver = new Set(keyOverTable(lines));
  while (at < lines.length) {
    if (keyOver.has(at)) {
      read.push(at);
      at += 1;
      continue;
    }
    // "Also in" over "Attendance:": a heading wrapped in a narrow column is read as one line.
    const wrapped = wrappedHeading(lines, at);
    if (wrapped !== null) {
      read.push(at);
      at += 1;
      lines = [...lines.slice(0, at), wrapped, ...lines.slice(at + 1)];
    }
    const text = squash(lines[at] ?? '');
    const found =
      text === ''
        ? null
        : (headingOf(text) ??
          rosterHeading(lines, at) ??
          panelHeading(lines, at) ??
          (lastRole === 'present' ? officeHeading(text) : null) ??
          groupOpening(lines, at));
    const heading = roleInContext(found, text, afterChair, attendance.present.length > 0);
    if (heading) lastRole = heading.role;
    if (text !== '') afterChair = heading?.chair === true;
    const sentence = heading?.rest === '' ? sentenceAfter(lines, at) : null;
    const table = readAttendanceTable(lines, at) ?? headedTable(lines, at, heading);
    const guests = text === '' ? null : (itemGuests(lines, at) ?? readLabelledGuests(lines, at));
    if (table) {
      fileTable(attendance, table, members, posts);
      unread.push(...table.unread.map((first) => ({ heading: table.header, first })));
      read.push(...table.lines);
      at = (table.lines.at(-1) ?? at) + 1;
    } else if (sentence) {
      read.push(...fileProse(attendance, lines, sentence, posts));
      at = (sentence.at(-1) ?? at) + 1;
    } else if (heading) {
      const block = readBlock(lines, at, heading);
      if (heading.qualifier) unread.push({ heading: text, first: '', said: qualifierWarning(text, heading.qualifier) });
      if (apart && heading.role === 'officers' && IN_ATTENDANCE.test(text)) block.besideOfficers = true;
      if (heading.role === 'officers' && IN_ATTENDANCE.test(text)) inAttendance.push({ heading: text, paragraphs: block.paragraphs });
      const firstRaw = lines.slice(at + 1).find((line) => line.trim() !== '') ?? '';
      const first = squash(firstRaw);
      // A heading straight over another ("Present:" over "Committee Members:") heads nothing of its own.
      const headsNames =
        first !== '' &&
        headingOf(first) === null &&
        !isItemLine(first) &&
        !isPartHeading(first) &&
        !NONE_SAID.test(first) &&
        !isAttendanceTableHeader(firstRaw) &&
        itemGuests([first], 0) === null;
      if (block.paragraphs.length === 0 && NAMED_LISTS.includes(block.role) && headsNames) unread.push({ heading: text, first });
      if (namesNoOne(block)) {
        const words = block.paragraphs.join(' ');
        // "the same members as above": who they were is the meeting above's, for the file's reader to fill (present-above.ts).
        const above = asAbove(words);
        unread.push({ heading: text, first: words, nobody: true, ...(above === null ? {} : { above }) });
      }
      // A hearing's parties and an inquiry's witnesses are read whole or left for the caller to warn of (hearing-parties.ts).
      // "Objector - Mrs A Bell": a party's label before a dash, as before a colon.
      const label = text.split(/:|\s[–—-]\s/)[0] ?? '';
      const presenting = PRESENTING.test(text);
      const witnesses = presenting || WITNESSES.test(label);
      const listed = witnesses ? witnessLines(lines, block, heading.rest) : joinOpenPartyLines(block.paragraphs);
      // Those under "Presenting:" presented; no witness's note.
      const lead = presenting ? null : 'Witness';
      const readLine = witnesses ? (list: string) => readWitnessLine(list, lead) : (list: string) => readPartyLine(label, list);
      const parties = block.role === 'presenters' ? listed.map(readLine) : [];
      if (parties.some((party) => party === null)) {
        at = Math.max(block.end, at + 1);
        continue;
      }
      attendance.presenters.push(...parties.flatMap((party) => party ?? []));
      const publicNamed = block.role === 'presenters' ? [] : fileBlock(attendance, block, members, posts);
      unread.push(...attendance.unnamed.splice(0).map((post) => ({ heading: text, first: post, said: unnamedWarning(text, post) })));
      unread.push(...(block.skipped ?? []).map((odd) => ({ heading: text, first: odd, said: oddLineWarning(text, odd) })));
      unread.push(...attendance.bodies.splice(0).map((body) => ({ heading: text, first: body, said: bodyListedWarning(text, body) })));
      unread.push(...attendance.unreadParts.splice(0).map((part) => ({ heading: text, first: part, said: unreadPartWarning(text, part) })));
      // "Public: Mr D Olsen, Mrs P Hart": members of the public named, whom no list holds, are warned of by name.
      const publicHeading = block.role === 'public' ? `${label}:` : 'Members of the public';
      if (publicNamed.length > 0) unread.push({ heading: publicHeading, first: publicNamed.join(', '), public: true });
      // "Chair: Cllr A Fenn", or "In the Chair:" over "Councillor Ann Holt (Mayor)" alone: the one person the chair's heading names held the chair.
      const chairLine = heading.rest !== '' ? heading.rest : block.paragraphs.length === 1 ? (block.paragraphs[0] ?? '') : '';
      const chaired = heading.chair && chairLine !== '' ? readPieces(chairLine) : [];
      if (chaired.length === 1 && chaired[0]?.kind === 'person' && chaired[0].name !== '')
        posts.push({ post: 'Chair', name: chaired[0].name });
      read.push(...block.indexes);
      at = Math.max(block.end, at + 1);
    } else if (guests !== null) {
      // "Item 5.1: Mr R Cowie, Solicitor for the Applicant", "Children in Care Council representatives: Kayden (aged 15)"
      // among those attending: guests of that item, or of the label (hearing-parties.ts).
      attendance[guests.list].push(...guests.people);
      read.push(...guests.lines);
      if (guests.unread !== null) unread.push(guests.unread);
      at = (guests.lines.at(-1) ?? at) + 1;
    } else if (text !== '') {
      const run = proseRun(lines, at);
      const filed = fileProse(attendance, lines, run, posts);
      read.push(...filed);
      // "Panel" over one name it does not read as the panel: warned of, as the names under a label with no heading.
      const first = filed.length === 0 ? (nameUnderLabel(lines, at) ?? nameUnderPanel(lines, at)) : null;
      if (first !== null) unread.push({ heading: text, first });
      at = (run.at(-1) ?? at) + 1;
    } else at += 1;
  }
  // "In attendance:" as the only list, over councillors and officers alike: its councillors are the members present.
  const membersListed = lines.some((line) => headingOf(squash(line))?.role === 'present');
  const asMembers = councillorsAsMembers(attendance, inAttendance, membersListed);
  if (asMembers !== null) {
    [attendance.present, attendance.alsoPresent] = [asMembers.present, asMembers.alsoPresent];
    unread.push({ heading: inAttendance[0]?.heading ?? '', first: '', said: asMembers.warning });
  }
  const readLines = [...new Set(read)].sort((a, b) => a - b);
  unread.push(...attendance.counted.map((count) => ({ heading: 'Present', first: count, counted: true as const })));
  // "(GO attending)" after an apology: the stand-in named as the list names the one whose initials those are.
  attendance.substitutes = standInsNamed(attendance);
  return { attendance: tidy(attendance), partners: attendance.partners, members: [...new Set(members)], lines: readLines, unread, posts };
}
