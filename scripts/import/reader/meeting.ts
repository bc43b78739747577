/**
 * One meeting's lines to a MeetingDraft: header, attendance, items with their decisions, votes
 * and references, and whether the record stops short. What the text does not state comes from
 * the source header or flags (said so in `dateNote`), or stays null with a warning.
 */
import { titledKind, titledWarnings } from './document-title.ts';
import type { AgendaItemInput, MeetingReference, SourceFileType } from '../../../src/model/schema.ts';
import type { MeetingDraft } from '../assemble.ts';
import { readAsPage, type SourceMeta } from '../records.ts';
import { readContact } from '../contact.ts';
import { closingTime } from '../meeting-close.ts';
import { findReferencesIn, uniqueReferences } from '../references.ts';
import { squash } from '../text.ts';
import { settleAttendance } from './attendance-settle.ts';
import { attendanceBelowClose, attendanceOf, joinFound } from './meeting-attendance.ts';
import { looksLikeAgenda } from './agenda-or-minutes.ts';
import { INQUORATE_WARNING, inquorateItemWarning } from './inquorate.ts';
import { endsShort } from './record-cut-short.ts';
import { joinCutSentences, runningFooter } from './furniture.ts';
import { joinWrappedTitles } from './title-wrap.ts';
import { spacedItemNumbers } from './glued-numbers.ts';
import { standingItemsAbove } from './standing-headings.ts';
import { readHeader } from './header.ts';
import { isVenueLine } from './header-venue.ts';
import { holdsRegister } from './attendance-register.ts';
import { leftoverWarnings, namesNoOneWarning } from './leftovers.ts';
import { decisionSummary } from './decision-summary.ts';
import { repeatedNumberWarnings } from './repeated-numbers.ts';
import { writtenProcedure, writtenProcedureWarning } from './written-procedure.ts';
import { requisitionIn } from './meeting-occasion.ts';
import { withoutParagraphTables } from './exempt-paragraphs.ts';
import { readExempt } from './exempt.ts';
import { ownSessionWarnings } from './exempt-own-session.ts';
import { loneItem, sliceItems } from './items.ts';
import { withoutChairsRead } from './next-item-heads.ts';
import { headedDocuments } from '../listed-documents.ts';
import { afterCloseWarning, footDays, footerWarnings, takeAfterClose } from './last-item-foot.ts';
import {
  headingsOverNumbered,
  sessionHeadingAbove,
  sessionWarning,
  withoutPartHeadings,
  withoutSessionHeadings,
} from './headings-between-items.ts';
import { readItemText } from './item-text.ts';
import { voteNameWarnings } from './vote-checks.ts';
import { initialsParted } from './initial-movers.ts';
import { itemMoversNamed, moverRoster } from './item-movers.ts';
import { takeFootMembership } from './membership.ts';
import { adjournment, adjournmentWarning, consideredOn, contextDate, dateFields } from './meeting-dates.ts';
import { takeTrailingItems, trailingWarnings } from './trailing-items.ts';
import { nextMeetingNote, takeNextMeeting } from './next-meeting-note.ts';
import { publicSessionAbove, withPublicSessionLast } from './public-session.ts';
import { readMovements } from './movements.ts';
import { stampReference } from './pack-stamp.ts';
import { footAttendanceWarning, takeFootAttendance } from './foot-attendance.ts';
import { titleBlock, titleBlockWarnings } from './meeting-title-block.ts';
import { durationOf, footContact } from './meeting-foot.ts';
import { noItems, onlyAttendance } from './record-without-items.ts';

/**
 * Reads one meeting's lines, a sentence that a page break cut joined first: here, once the running
 * headers are blanked by their place (reader/index.ts), since the join moves lines; and a numbered
 * heading's title wrapped onto the next line (title-wrap.ts), so the item's title is whole; an item's number run into
 * its text spaced before both (glued-numbers.ts).
 */
export function readMeeting(given: string[], meta: SourceMeta, wholeText: string, fileType: SourceFileType = 'text'): MeetingDraft {
  // "NP/41/25There were …": item numbers run into their text get their space back first, so every reader below sees them.
  const lines = joinWrappedTitles(joinCutSentences(spacedItemNumbers(given)));
  const skip = titleBlock(lines);
  // A web page's table row is a whole row (an item), where a text export may wrap a cell onto rows of its own.
  const sliced = sliceItems(lines, skip, readAsPage(fileType));
  // "1. CEMETERY EXTENSION" in capitals, the only number: read as an unnumbered heading, it is the lone item all the same.
  const unnumbered = sliced.items.length === 1 && sliced.items[0]?.number === null;
  const lone = sliced.items.length === 0 || unnumbered ? loneItem(lines, skip, onlyAttendance) : null;
  const chosen = lone !== null && (!unnumbered || lone.start === sliced.items[0]?.line) ? lone : sliced;
  // "DECLARATIONS OF INTEREST" over what was declared, between the attendance and item 1: an unnumbered item of its own.
  const standing = standingItemsAbove(lines, chosen.start, skip);
  const found = { ...chosen, start: standing[0]?.line ?? chosen.start, items: [...standing, ...chosen.items] };
  const { start } = found;
  const headerLines = lines.slice(0, start);
  // "PUBLIC PARTICIPATION" over what residents raised, above the first item: kept after the first item's text.
  const session = publicSessionAbove(headerLines, skip);
  const sessionKept = withPublicSessionLast(headerLines, session, found.items);
  const { slices, marks } = readExempt(
    found.items,
    headerLines.findLast((line) => line.trim() !== ''),
  );
  withoutPartHeadings(slices, marks);
  const sessions = [...sessionHeadingAbove(headerLines, slices[0]), ...withoutSessionHeadings(slices)];
  // "Attendance Details" below the last item, as a web page's Attendance tab follows its items: no item's text.
  const footAttendance = takeFootAttendance(slices);
  // An attendance register's column is this meeting's date's: found first, from the header, only where there is one.
  const registerDate = holdsRegister(lines) ? dateFields(readHeader(headerLines).date, meta).date : null;
  const listed = attendanceOf(headerLines, slices, registerDate);
  const { members, read, unread, partners } = listed;
  if (footAttendance !== null) joinFound(footAttendance.found, listed.attendance, listed.posts, partners);
  // "Idris Howells IH": a member's initials printed after the name, parted off it, define them for the movers.
  const { attendance, posts, defined, inUse } = initialsParted(listed, lines);
  // "The Provost in the Chair." under those present, read as who chaired: no part of the first item's minutes.
  withoutChairsRead(headerLines, read, slices[0]);
  const contact = readContact(headerLines.map((line, index) => (read.has(index) ? '' : line)));
  // A web page's "Committee members" after the last item, above the contact at its foot.
  const footMembers = takeFootMembership(slices);
  const foot = footContact(slices);
  // "ACTIONS ARISING" under "The meeting closed at 3.40pm.": the record's, no part of the last item's minutes.
  // A table of the items taken in private and their paragraphs below the close was read with the marks (exempt.ts).
  // A page's "Documents" field below the close lists the meeting's own documents (listed-documents.ts).
  const belowClose = headedDocuments(takeAfterClose(slices));
  const afterClose = attendanceBelowClose(withoutParagraphTables(belowClose.rest), attendance, posts, partners);
  // An "ACTION LOG" table set apart under the last item: an item of its own, after it.
  const trailing = takeTrailingItems(slices);
  // "Next meeting: …" under the last item, above or below the close: the meeting's closing note, no item's text.
  const nextMeetingLine = takeNextMeeting(slices) ?? afterClose.find((line) => nextMeetingNote(line) !== null) ?? null;
  const nextMeeting = nextMeetingLine === null ? null : nextMeetingNote(nextMeetingLine);
  slices.push(...trailing);
  // Who came late, left or came back: an index of the record's notes and sentences, which stay where they are.
  const movementWarnings: string[] = [];
  // "Proposed JS, seconded AB": movers by the initials the record defines ("John Saxby (JS)", "Idris Howells IH"), or that one
  // member the attendance lists answers to ("Dora Rudge" for "DR"); initials several or none answer to are warned of, never guessed.
  const roster = moverRoster([...attendance.present, ...attendance.substitutes], lines, posts, defined);
  // "TP left the room": a member by initials, only where the record names its members so.
  const initialled = inUse || roster.defined.size > 0 ? { initials: roster.initials } : {};
  const movements = readMovements(headerLines, slices, { attendance, posts, ...initialled }, movementWarnings);
  // The details row that numbered a page's one item ("Item number: 5") is read, as the item's number.
  // "Requisitioned by: Cllrs A, B and C": who called the meeting (reader/meeting-occasion.ts), read, so no leftover.
  const requisition = requisitionIn(headerLines);
  // "Procedure opened: …", "Procedure closed: …": read for the date (header-date.ts) and told in a warning.
  const procedure = writtenProcedure(headerLines);
  const notHeader = new Set([
    ...read,
    ...contact.lines,
    ...(found.numberRow === undefined ? [] : [found.numberRow]),
    ...(requisition?.lines ?? []),
  ]);
  // The council is the title block's, above the attendance: below it, prose (a resident's question, "the City
  // Council is responsible for …") names other councils.
  const attendanceStart = Math.min(headerLines.length, ...read);
  const titled = [
    headerLines.filter((_line, index) => !notHeader.has(index)),
    headerLines.slice(0, attendanceStart).filter((_line, index) => !notHeader.has(index)),
  ] as const;
  const fromTitle = readHeader(...titled);
  // The running footer, read before its furniture was blanked: the meeting's date and body when the title block has
  // none. Only then is the whole text scanned for it.
  const footer = fromTitle.date !== null && fromTitle.committee !== null ? null : runningFooter(wholeText.split('\n'));
  const header = footer === null ? fromTitle : readHeader(...titled, footer);
  // "The review was considered at a meeting of the LRB on 20 March 2024": a decision notice's date, said in a sentence.
  const dates = dateFields(header.date, meta, footer, header.date === null ? consideredOn(lines.join('\n')) : null);
  const context = contextDate(dates.date, wholeText);
  // The paper's title weighs before its body's words: an update sheet lists no one, yet its items hold text.
  const paper = titledKind(headerLines);
  const minutes = paper !== 'update-sheet' && !looksLikeAgenda(header, slices, attendance);
  const used = new Set<string>();
  const items: AgendaItemInput[] = [];
  // "Item 153b" over "28 Mar 18": the later meeting the record was put before, named before any item's mentions.
  const references: MeetingReference[] = stampReference(headerLines, dates.date);
  const itemWarnings: string[] = [];
  for (const [at, slice] of slices.entries()) {
    const read = readItemText(slice, minutes, used, dates.date, context);
    itemWarnings.push(...read.warnings);
    // "For: The Mayor, …", "Proposed by the Mayor", "Proposed CW": the member the attendance says held the post, or has the initials.
    const named = itemMoversNamed(read.item, roster);
    itemWarnings.push(...named.warnings);
    // "FOR (9)" over eight names, "… and the Mayor" with no one the attendance says held the post: kept, and warned of.
    itemWarnings.push(...voteNameWarnings(read.item.number, named.named.votes ?? []));
    const exempt = marks[at];
    const { votes: _votes, motions: _motions, ...item } = read.item;
    items.push({ ...item, ...named.named, ...(exempt ? { exempt } : {}) });
    references.push(...read.references);
  }
  // "SUMMARY OF DECISIONS" above the minutes: said to be repeated by them, or an entry they do not repeat named as lost.
  const summary = decisionSummary(headerLines, items);
  if (nextMeetingLine !== null) references.push(...findReferencesIn(squash(nextMeetingLine), null, dates.date, context));
  const closed = closingTime(lines);
  // Adjourned and reconvened on a later day: the close printed is the last day's, not the first day's end.
  const adjourned = adjournment(lines.join('\n'), dates.date, closed);
  // Read beside the whole record: the staff of the body that met its officers; who is listed as both there and away, warned of.
  const bodies = [header.council ?? meta.council ?? null, header.committee ?? meta.committee ?? null];
  const settled = settleAttendance(attendance, { lines, adjourned: adjourned !== null, bodies, partners, items });
  const duration = durationOf(slices);
  // The record's text ends above the contact at its foot, whose last line is no sentence.
  const truncated = endsShort(lines.slice(0, lines.length - foot.lines)) || items.some((item) => item.truncated === true);
  const warnings = [
    ...dates.warnings,
    ...(adjourned === null ? [] : [adjournmentWarning(adjourned)]),
    ...(procedure === null ? [] : [writtenProcedureWarning(procedure)]),
    ...(header.draft ? ['the record is marked DRAFT: these minutes were not yet approved'] : []),
    ...(header.inquorate ? [INQUORATE_WARNING] : [inquorateItemWarning(slices, items) ?? []].flat()),
    ...titleBlockWarnings(header, lines),
    ...(items.length === 0 ? [noItems(attendance, header.inquorate)] : []),
    ...titledWarnings(paper, items.flatMap((item) => item.resolutions ?? []).length),
    ...sessions.map(sessionWarning),
    ...itemWarnings,
    ...ownSessionWarnings(items),
    ...repeatedNumberWarnings(items),
    ...(truncated ? ['the record is cut short: imported as far as it goes'] : []),
    ...sessionKept,
    ...(summary?.warnings ?? []),
    ...leftoverWarnings(
      headerLines,
      // The venue's own line, which the header read, though it ends with a stop as prose does.
      // A public session's lines above the first item open its text (public-session.ts).
      new Set([
        ...notHeader,
        ...session,
        ...(procedure?.lines ?? []),
        ...(summary?.lines ?? []),
        ...headerLines.flatMap((line, at) => (header.venue !== null && isVenueLine(line, header.venue) ? [at] : [])),
      ]),
      contact.lines,
      [...Object.values(attendance).flat(), ...members, ...(requisition?.names ?? [])],
      unread,
    ),
    ...footerWarnings(found.footer ?? []),
    ...afterCloseWarning(afterClose.filter((line) => nextMeetingNote(line) === null)),
    ...footAttendanceWarning(footAttendance?.unread ?? []),
    ...trailingWarnings(trailing),
    ...settled.warnings,
    ...movementWarnings,
  ];
  // "Present: the same members as above.": for the file's reader to fill from the meeting above, when there is one.
  const asAbove = unread.find((entry) => entry.above !== undefined);
  return {
    ...(asAbove?.above === undefined
      ? {}
      : {
          presentAsAbove: {
            warning: namesNoOneWarning(asAbove.heading, asAbove.first),
            line: asAbove.heading,
            officers: asAbove.above.officers,
          },
        }),
    councilName: header.council ?? meta.council ?? null,
    committeeName: header.committee ?? meta.committee ?? null,
    ...(members.length + footMembers.length > 0 ? { committeeMembers: [...new Set([...members, ...footMembers])] } : {}),
    date: dates.date,
    dateStatus: dates.dateStatus,
    dateNote: [dates.dateNote, adjourned?.note].filter((note) => note != null).join(' ') || null,
    startTime: header.startTime ?? duration.start,
    endTime: header.endTime ?? (adjourned ? adjourned.firstDayEnd : (closed ?? duration.end)),
    venue: header.venue,
    contact: contact.contact ?? foot.contact,
    status: minutes ? 'minutes' : 'agenda',
    ...(header.kind === null ? {} : { meetingKind: header.kind }),
    ...(requisition === null ? {} : { requisitionedBy: requisition.names }),
    ...footDays([...(found.footer ?? []), ...afterClose]),
    ...(nextMeeting === null ? {} : { nextMeeting }),
    // A site visit on the day the body meets is no part of that meeting's record.
    ...(paper === 'site-visit' ? { dayPart: 'site visit' } : {}),
    attendance: movements.length > 0 ? { ...settled.attendance, movements } : settled.attendance,
    items,
    ...(belowClose.documents.length > 0 ? { documents: belowClose.documents } : {}),
    // "That the meeting be adjourned and reconvene on 11 March": the meeting's own later day, no other meeting's.
    references: uniqueReferences(references.filter((reference) => !(adjourned?.days ?? []).includes(reference.date ?? ''))),
    ...(truncated ? { truncated: true } : {}),
    warnings,
    // "PART B – RECOMMENDATIONS TO THE COUNCIL": no field holds it, so it goes beside the record for the recommendation pass.
    headingsBetweenItems: headingsOverNumbered(sessions),
  };
}
