/**
 * The list under one heading, read line by line into paragraphs of names (a Block): each paragraph with the group,
 * body or kind a label under the heading gave it, a post over its holder, a council's columns, a seat's label. Apart
 * from the heading (attendance-headings.ts) and from the filing of the people it names (attendance-filing.ts); a staff
 * list's posts and holders on lines of their own (attendance-post-lines.ts) and a line parted into lists by its
 * sentences' headings (attendance-headed-parts.ts) are read apart, as this reader is long.
 */
import { noReplyFrom } from './attendance-respondents.ts';
import { bodySubheading, guestLine } from './attendance-bodies.ts';
import { isRosterLabel, nameBodyColumns, rosterRow } from './attendance-columns.ts';
import { groupOf, labelRanks, namesOwnMember, officeLabelled, withPost } from './attendance-groups.ts';
import { type Heading, headingOf } from './attendance-headings.ts';
import { headedParts } from './attendance-headed-parts.ts';
import { holderNext, nameOverPost, withBody } from './attendance-post-lines.ts';
import { isInterestGroup } from './attendance-interest-groups.ts';
import { isGroupLabel } from './attendance-group-label.ts';
import { namePostRow } from './attendance-staff-columns.ts';
import { type Block, GROUPED_LISTS, GROUP_LABEL, NEW_TITLE, type Role, isItemLine, isListLine, staffList } from './attendance-lists.ts';
import { readStarKey } from './attendance-marks.ts';
import { BODY_WORD, ORGANISATION_WORD } from './person-posts.ts';
import { isGroupWordAlone } from './attendance-group-words.ts';
import { endsStaffList } from './attendance-kind-labels.ts';
import { noteJoined } from './attendance-note-wrap.ts';
import { postAlone } from './person-name.ts';
import { rankOfPlural } from './piece-joins.ts';
import { squash } from './attendance-piece.ts';
import { columnRow, councilColumns, jointBodies, labelSwallowsName, opensWithCouncil, seatLabelled } from './attendance-represented.ts';
import { NAME_IN_THE_CHAIR } from './attendance-sentences.ts';
import { isAttendanceTableHeader } from './attendance-table-columns.ts';
import { isItemsTableHeading } from './items-table-heading.ts';
import { openLineJoined } from './attendance-open-lines.ts';
import { oddLineAmidNames } from './attendance-odd-line.ts';
import { unionsApart } from './attendance-sides.ts';
import { SESSION_HEADING, WITNESSES, readWitnessLine } from './attendance-witnesses.ts';
import { OPEN_RUN, bracketOpen, columns, continues, listBeforeProse, postCutBeforeHolder } from './attendance-wraps.ts';
import { isCouncilName } from './council-name.ts';
import { isPartHeading } from './exempt-headings.ts';
import { isMembershipPart } from './membership.ts';
import { type Cell } from './table-cells.ts';

/** "Members:" leading a line of names under "Present": the members' part of those present. */
export const MEMBERS_LABEL = /^members\s*:\s*/i;
/** "Present" over "Members:" alone on its line, then a name a line. */
const MEMBERS_ALONE = /^members\s*:$/i;

/** "Attendance Details", "Attendance", "Attendees" alone on a line: a page's heading over the lists of who attended. */
export const ATTENDANCE_SECTION = /^(?:attendance|attendees|attendance\s+(?:details|record|list))$/i;

const BODY_LABEL = new RegExp(String.raw`\b${ORGANISATION_WORD}$`, 'u');

/** True for a line that ends the list under a heading: another heading, an item's, a part's or a table's header row. */
export function endsList(text: string): boolean {
  return headingOf(text) !== null || isItemLine(text) || isPartHeading(text) || isAttendanceTableHeader(text) || noReplyFrom(text);
}

/** Reads the list under the heading at `at`, up to the next heading, numbered item, or line that is not a list. */
export function readBlock(lines: string[], at: number, heading: Heading): Block {
  // "IN ATTENDANCE:  Rathmore City Council" over its officers' posts: the council's name on the heading's line heads them.
  const onHeading = staffList(heading.role) && heading.rest !== '' ? bodySubheading([heading.rest, ...lines.slice(at + 1)], 0, true) : null;
  const parts = headedParts(onHeading === null ? heading.rest : '', heading.role);
  const paragraphs: string[] = parts.map((part) => part.text);
  const groups: Role[] = parts.map((part) => part.role);
  let group: Role = parts.at(-1)?.role ?? heading.role;
  const indexes = [at];
  let afterBlank = false;
  let body: string | null = null;
  let post: string | null = heading.office ?? null;
  // "Aldermen" alone on its line: the plural title each name under it carries, up to the next title or a blank line.
  let runTitle: string | null = null;
  // Each paragraph read so far takes the group it was read under.
  let ofAKind = false;
  const kinds: boolean[] = paragraphs.map(() => false);
  // The body a "Representing …:" label names, each member under it kept with it (REPRESENTING).
  // So the body a joint board's label opening the list names ("Borough Council Members of the Board:", heading.body).
  let represented: string | null = heading.body ?? null;
  const bodied: (string | null)[] = paragraphs.map(() => represented);
  const fillGroups = (): void => {
    groups.push(...Array<Role>(paragraphs.length - groups.length).fill(group));
    kinds.push(...Array<boolean>(paragraphs.length - kinds.length).fill(ofAKind));
    bodied.push(...Array<string | null>(paragraphs.length - bodied.length).fill(represented));
    guestOf.push(...Array<string | null>(paragraphs.length - guestOf.length).fill(guestBody));
  };
  // An inquiry's witnesses, each read whole by readWitnessLine, as the caller reads them.
  const witnessList = heading.role === 'presenters' && WITNESSES.test(squash(lines[at] ?? '').split(':')[0] ?? '');
  const ranks = heading.role === 'present' ? labelRanks(lines, at) : [];
  const councilsAlone = opensWithCouncil(lines, at, heading);
  // The outside body named alone over the guests under it ("Housing Executive for Northern Ireland").
  let guestBody: string | null = onHeading?.kind === 'body' ? onHeading.body : null;
  const guestOf: (string | null)[] = paragraphs.map(() => null);
  // The councils heading the columns of members under the heading, each over its own (councilColumns).
  let columnBodies: Cell[] | null = null;
  const starKey = readStarKey(lines);
  // "Dr R Patel        Northby Integrated Care Board": names beside the bodies they come from, each row one member.
  const bodyColumns = GROUPED_LISTS.includes(heading.role) && nameBodyColumns(lines, at, endsList);
  // Lines between names that no list reads, read past (oddLineAmidNames).
  const skipped: string[] = [];
  let index = at + 1;
  for (; index < lines.length; index += 1) {
    fillGroups();
    const raw = lines[index] ?? '';
    let text: string = body === null || squash(raw) === '' ? squash(raw) : withBody(squash(raw), body);
    if (text === '') {
      afterBlank = true;
      runTitle = null;
      continue;
    }
    if (bodyColumns && isRosterLabel(text)) {
      indexes.push(index); // "Employer representatives" over the rows of a roster: a label, no person
      afterBlank = true;
      continue;
    }
    const named = bodyColumns && GROUPED_LISTS.includes(group) && !endsList(text) && !isAttendanceTableHeader(raw) ? rosterRow(raw) : null;
    if (named !== null) {
      // Filed as a member under the body they represent (REPRESENTING): the body (or seat) kept after the name, never a
      // name itself; a status word printed beside the name files them in its list.
      const heads = group;
      [group, post, ofAKind, represented] = [named.status ?? group, null, named.body !== null, named.body];
      paragraphs.push(named.name);
      fillGroups();
      [group, ofAKind, represented] = [heads, false, null];
      indexes.push(index);
      afterBlank = true;
      continue;
    }
    if (heading.role === 'members' && isMembershipPart(text)) {
      paragraphs.push(text); // "Councillors:", "Other Members:", "Substitutes: …" within a membership
      indexes.push(index);
      afterBlank = true; // the names under a part's label are not the label's run
      continue;
    }
    // "… (Democratic Services" over "Officer - Brackenfold BC)": a bracket left open carries its words on, no heading.
    const inBracket = !afterBlank && bracketOpen(paragraphs.at(-1) ?? '');
    // "Dr E Farquhar in the Chair" after a blank line under the names: a sentence of its own on who chaired (fileInTheChair),
    // not one more name. Before any name ("PRESENT:" over a blank line and "The Mayor (Councillor X) in the Chair") it opens the list.
    const chairSentence = afterBlank && paragraphs.length > 0 && NAME_IN_THE_CHAIR.test(text);
    // "No response from: …" under a written procedure's respondents: those it names took no part, so the list ends.
    // "Mrs Judith Sayer (Objector)" over "(10 Orchard Rise)": the note the person's, no item's number (attendance-note-wrap.ts).
    // Only where the note would end the list; a note the list reads on with ("(Chairperson);") stays its rules'.
    const noted = afterBlank || !isItemLine(text) ? null : noteJoined(paragraphs.at(-1) ?? '', text);
    if (noted !== null) {
      paragraphs[paragraphs.length - 1] = noted;
      indexes.push(index);
      continue;
    }
    // "Tenant Representatives: …" after the officers: a list of its own (attendance-kind-labels.ts).
    const ends =
      headingOf(text) || isItemLine(text) || isPartHeading(text) || chairSentence || noReplyFrom(text) || endsStaffList(text, group);
    if ((ends && !inBracket) || isAttendanceTableHeader(raw) || isItemsTableHeading(raw)) break;
    // "The Mayor: Cllr Ann Holt": the post its holder's, never a label over the lines under it.
    text = officeLabelled(text) ?? text;
    const header = GROUPED_LISTS.includes(heading.role) || heading.role === 'members' ? councilColumns(raw) : null;
    if (header !== null) {
      columnBodies = header; // "Kestonshire County Council     Wealdmoor Unitary Council" over the members of each
      indexes.push(index);
      afterBlank = true;
      continue;
    }
    const row = columnBodies === null ? null : columnRow(raw, columnBodies, starKey?.role ?? null);
    if (row !== null) {
      for (const cell of row) {
        [group, post, ofAKind, represented] = [cell.role ?? heading.role, null, true, cell.body];
        paragraphs.push(cell.text);
        fillGroups();
      }
      [group, represented] = [heading.role, null];
      indexes.push(index);
      afterBlank = true;
      continue;
    }
    if (starKey !== null && index === starKey.line && columnBodies !== null) {
      indexes.push(index); // "* apologies": the key of the stars after names, read
      continue;
    }
    // The body's own members listed before: those filed in the heading's list, none a visitor by their title.
    const membersBefore = paragraphs.some((paragraph, index) => groups[index] === heading.role && namesOwnMember(paragraph));
    // "Fenwold District Council" alone, in a list that opens with a council's name: its label, read as with its colon.
    const labelled = councilsAlone && isCouncilName(text) ? `${text}:` : text;
    const grouped = groupOf(labelled, heading.role, membersBefore, ranks);
    // "Landowners and occupiers", "Landowners and land managers:" over the members who sit for them: a group of those
    // present, the heading's list; a known label's list first, but a staff group's that is one kind of member's too.
    const interest = (grouped === null || (grouped.role === 'officers' && grouped.rest === '')) && heading.role === 'present';
    if (interest && group === 'present' && isInterestGroup(lines, index)) {
      // Members of the interest it names, whatever follows a name: a partner council's councillor is the forum's member, no visitor.
      [post, ofAKind, represented] = [null, true, null];
      indexes.push(index);
      afterBlank = true;
      continue;
    }
    if (grouped) {
      [group, post, ofAKind] = [grouped.role, grouped.post, grouped.ofAKind ?? false]; // "Nominated subs:" over the substitutes' names
      represented = grouped.body ?? null;
      if (grouped.rest !== '') paragraphs.push(withPost(grouped.rest, post));
      indexes.push(index);
      afterBlank = true; // the names under a group's label are not the label's run
      continue;
    }
    if (bodyColumns && isGroupLabel(text)) {
      indexes.push(index); // "Statutory appointees:" over a roster's rows: how they came to sit, no person, no list
      afterBlank = true;
      continue;
    }
    const joint = GROUPED_LISTS.includes(heading.role) ? jointBodies(text) : null;
    if (joint) {
      // "Eastleigh Magna PC: Cllrs H Abel (Chair), K Bond": each council's members, the heading's list, kept with the council.
      for (const part of joint) {
        [group, post, ofAKind, represented] = [heading.role, null, true, part.body];
        if (part.rest !== '') paragraphs.push(part.rest);
        fillGroups();
      }
      indexes.push(index);
      afterBlank = true;
      continue;
    }
    // Under a list's heading, never a chair's ("Chair Person: F Colley" over "Notes of meeting: P Birbal", the minute-taker).
    const seat =
      GROUPED_LISTS.includes(heading.role) && !heading.chair && (!isListLine(text) || labelSwallowsName(text)) ? seatLabelled(text) : null;
    if (seat !== null) {
      // "Maintained primary headteachers: Claire Bostock, Imran Dar": the seat's members, the heading's list.
      [group, post, ofAKind, represented] = [heading.role, null, true, null];
      paragraphs.push(seat);
      indexes.push(index);
      // "… (Fenbrook District" over "Council)": a bracket left open goes on to the next line, else the next is a name of its own.
      afterBlank = !bracketOpen(seat);
      continue;
    }
    text = withPost(text, post);
    if (staffList(group)) text = guestLine(text, guestBody === null);
    const pair = staffList(group) && (afterBlank || index === at + 1) ? nameOverPost(lines, index) : null;
    if (pair !== null) {
      paragraphs.push(pair);
      indexes.push(index, index + 1);
      index += 1;
      afterBlank = true; // the next pair starts after its blank line
      continue;
    }
    // "Head of Waste Services" alone on its line among those attending: an officer given by post, read whole (fileBlock);
    // never a name and a post in two columns ("Kerry Dale<tab>Chief Executive").
    // Never the last words of a post the line above cut in two ("…, Senior Democratic Services" over "Officer.").
    const postTail = !afterBlank && postCutBeforeHolder(paragraphs.at(-1) ?? '', text);
    // "Clerk" alone between blank lines over "Hazel Tait, Committee Services Officer.", as island councils label each
    // list: a label over the staff under it, whatever list the heading above is, never an officer named by post alone.
    const labelAlone = afterBlank && squash(lines[index + 1] ?? '') === '' && holderNext(lines, index, true);
    if (!staffList(group) && labelAlone && !postTail && !/\S(?:\t|\s{2,})\S/.test(raw.trim()) && postAlone(text)) {
      [group, post] = ['officers', holderNext(lines, index) ? text : null];
      indexes.push(index);
      continue;
    }
    if (staffList(group) && !postTail && !/\S(?:\t|\s{2,})\S/.test(raw.trim()) && postAlone(text)) {
      // "Treasurer" over "Peter Quail" alone: the post's label over its holder, as "Treasurer:" is (groupOf).
      if (holderNext(lines, index)) post = text;
      else paragraphs.push(text);
      indexes.push(index);
      afterBlank = true; // the next line is an entry of its own, never this post's tail
      continue;
    }
    // "Fellside Integrated Care Board:", "Healthwatch Ashby:": a body's name as a label, its colon ending it.
    const label = squash(raw).replace(/\s*:$/, '');
    const namedBody = label !== squash(raw) && BODY_WORD.test(label) && !isListLine(label);
    const bodyLabel = (GROUP_LABEL.test(label) && BODY_LABEL.test(label)) || namedBody;
    if ((heading.role === 'officers' || heading.role === 'alsoPresent') && (GROUP_LABEL.test(label) || namedBody)) {
      indexes.push(index); // "Finance and Corporate Resources" over its officers: a label, no person
      // A body that is no council's department, over those attending: each holds their post with it (a guest, listFor).
      [body, guestBody] = [bodyLabel ? label : null, null];
      afterBlank = true;
      continue;
    }
    // "Rathmore City Council" over its officers' posts, "Housing Executive for Northern Ireland" over its guests.
    const over = staffList(group) ? bodySubheading(lines, index, afterBlank || index === at + 1) : null;
    if (over !== null) {
      indexes.push(index);
      [body, guestBody] = [null, over.kind === 'body' ? over.body : null];
      afterBlank = true;
      continue;
    }
    // "Attendance Details" over the lists, as a web page heads them under its meeting's details: a heading, no person.
    if (ATTENDANCE_SECTION.test(text)) {
      indexes.push(index);
      afterBlank = true;
      continue;
    }
    if (isGroupWordAlone(text) || (heading.role === 'present' && MEMBERS_ALONE.test(text))) {
      indexes.push(index); // "Councillors", "Partners" or "Members:" on a line of its own over the names
      // The names under it are a run of their own, never the tail of the names over it; "Aldermen" is theirs to carry.
      runTitle = rankOfPlural(text) === null ? null : text.replace(/\s*:$/, '');
      afterBlank = true;
      continue;
    }
    if (runTitle !== null && !NEW_TITLE.test(text)) text = `${runTitle} ${text}`;
    // A run left open ("Councillor Mrs Ash (Mayor) and") goes on past a blank line, as a web page's paragraphs part it.
    const open = OPEN_RUN.test(paragraphs.at(-1) ?? '');
    const previous = afterBlank && !open ? undefined : paragraphs.at(-1);
    if (previous !== undefined && continues(previous, text)) paragraphs[paragraphs.length - 1] = `${previous} ${text}`;
    else if (OPEN_RUN.test(text) && isListLine(text.replace(OPEN_RUN, ''))) paragraphs.push(text);
    else if (heading.role === 'present' && MEMBERS_LABEL.test(text) && isListLine(text.replace(MEMBERS_LABEL, ''))) {
      paragraphs.push(text.replace(MEMBERS_LABEL, '')); // "Present" over "Members: Cllr A, Cllr B"
    } else {
      // "Chris Bellamy      Chief Executive, Ashmoor District Council" among the staff: one officer and the post beside.
      const staffRow = staffList(group) && body === null && text === squash(raw) ? namePostRow(raw) : null;
      const cells = staffRow !== null ? [staffRow] : body === null && text === squash(raw) ? columns(raw) : [text];
      const lead = listBeforeProse(text);
      if (isListLine(text) || cells.every(isListLine)) {
        // "… (both accepted). Absent: Cllr Orchard.": each part in its own heading's list, the last going on below.
        for (const part of cells.flatMap((cell) => headedParts(cell, group))) {
          fillGroups();
          group = part.role;
          paragraphs.push(part.text);
        }
      }
      // "Mrs S, parent (name withheld at her request)": a witness named, then what they are in words of any case.
      else if (witnessList && readWitnessLine(text, null) !== null) paragraphs.push(text);
      // "Session A (7.05 pm – 7.50 pm)" among the witnesses: when those under it were heard, a label, no one's name.
      else if (witnessList && SESSION_HEADING.test(text)) {
        indexes.push(index);
        continue;
      } else if (lead !== null) {
        paragraphs.push(lead); // "Cllr A Ash (work commitment). The meeting accepted these …": the list, then prose
        indexes.push(index);
        index += 1;
        break;
      } else {
        // "…; Head of Legal and" over "Democratic Services; …": a line cut mid-entry, a list with the line under it.
        const joined = openLineJoined(text, lines[index + 1] ?? '');
        // "Ward 3 - seat vacant" between names: warned of by its words (skipped), the names after it read on.
        if (joined === null && oddLineAmidNames(lines, index, !afterBlank && paragraphs.length > 0, endsList)) skipped.push(text);
        else if (joined === null) break;
        else {
          paragraphs.push(joined);
          indexes.push(index);
          index += 1;
        }
      }
    }
    indexes.push(index);
    afterBlank = false;
  }
  fillGroups();
  const grouped = {
    ...(groups.some((role) => role !== heading.role) ? { groups } : {}),
    ...(kinds.some(Boolean) ? { ofAKind: kinds } : {}),
    ...(bodied.some((body) => body !== null) ? { represent: bodied } : {}),
    ...(guestOf.some((body) => body !== null) ? { guestOf } : {}),
    ...(skipped.length > 0 ? { skipped } : {}),
  };
  const block = { role: heading.role, ...(heading.members ? { members: heading.members } : {}), paragraphs, ...grouped, indexes };
  // "Hollis Brand (UNISON)" under "STAFF SIDE": the union kept as the body the member represents (attendance-sides.ts).
  return unionsApart(lines[at] ?? '', { ...block, end: index });
}
