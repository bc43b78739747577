/**
 * A meeting record's header: council, body, date, times, venue, however the clerk set them out:
 * a title block over several lines, "Minutes of a meeting of X held at Y on <date> at <time>",
 * "X - <date>" on one line, "Date:" / "Time:" / "Venue:" labels, a "DRAFT" mark. What the lines
 * do not say stays null; the caller fills it from the source header and says so.
 */
import {
  beforeDate,
  BODY_WORD,
  HELD_ON,
  isDateLine,
  isOpeningLine,
  LABEL_CELL,
  LABELLED,
  partedLabels,
  STATUS,
  STATUS_AFTER,
} from './title-block-lines.ts';
import { withoutEmailHeader } from './email-header.ts';
import { headerDate, joinWrappedDates } from './header-date.ts';
import { headerTimes } from './header-times.ts';
import { committeeFrom, footerBody, isInquiry } from './committee-name.ts';
import { jointBodies, sittingAs, tidyCommittee } from './committee-tidy.ts';
import { venueFrom } from './header-venue.ts';
import { COUNCILLORS_SOURCE, HONORIFIC_SOURCE } from '../../../src/model/honorifics.ts';
import { squash } from '../text.ts';
import { withoutPageMark } from './running-heads.ts';
import type { FooterMeeting } from './furniture.ts';
import { namesPartnersWrapped, withoutPartners } from './joint-partners.ts';
import { parishMeetingIn } from './parish-meeting.ts';
import { meetingKindIn } from './meeting-occasion.ts';
import type { MeetingKind } from '../../../src/model/schema.ts';
import { bodyOfCouncil, councilsIn } from './council-name.ts';
import { recordSpelling } from './heading-case.ts';
import { joinCouncilOf } from './council-formal-name.ts';
import { pairedCouncil } from './council-name-welsh-gaelic.ts';
import { personBesideCouncil } from './header-person-row.ts';

/** What the header states. */
export interface ReadHeader {
  council: string | null;
  committee: string | null;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  venue: string | null;
  /** "immediately after the ordinary meeting of the Town Council", said after the place: when the meeting began, which no field holds. */
  startsAfter: string | null;
  draft: boolean;
  /** True when the header reads as a notice of a meeting to come or an agenda, not minutes. */
  agenda: boolean;
  /**
   * True when the header's only sign of an agenda is a heading "Agenda" and nothing more, as a web page heads its
   * items whether or not their minutes are under them (a CMIS page's Documents tab): the items then say which it is.
   */
  agendaHeadingOnly: boolean;
  /** True when the header says the meeting was not quorate ("Note of an Inquorate Meeting"): it could do no business. */
  inquorate: boolean;
  /** "(sitting as the Crime and Disorder Committee)": the capacity the body met in, when the header names one. */
  sittingAs: string | null;
  /** "Inquiry into Exclusions from School" in the title block: what the body is looking into, which no field holds. */
  inquiry: string | null;
  /** "Joint Meeting of the A Committee and the B Committee": B, the body A met with (a meeting is one committee's, A's). */
  jointWith: string | null;
  /** "(Fenbury District Council, … and Stowle Town and District Council)" after a joint body's name: its partners, no part of the name. */
  partners: string | null;
  /** The council's name made from a parish meeting's title ("Hollowby Parish" → "Hollowby Parish Council"), not read as printed. */
  councilFromParish: boolean;
  /** The kind of meeting the title states ("Extraordinary Meeting of …"), null when it states none (reader/meeting-occasion.ts). */
  kind: MeetingKind | null;
}

/**
 * "Minutes – Burial Grounds Committee – 5 May 2026", "Record of decisions – Executive": a subject that names the body, which
 * the header may read; "DRAFT minutes - PC meeting 12 May 2026" names none (a meeting, an abbreviation), and the minutes the
 * e-mail carries say which body met.
 */
function subjectNamesBody(subject: string): boolean {
  const name = tidyCommittee(beforeDate(subject) ?? subject, null) ?? '';
  return BODY_WORD.test(name.replace(/\b(?:meeting|session)s?\b/gi, ''));
}

/** A time run into the date after it, as a title block's cells come out of a PDF: "4.00pm8 March 2023". */
const TIME_BEFORE_DATE = /(\d[ap]\.?m\.?)(?=\d)/gi;

/**
 * "DRAFT", "Draft minutes of …", "Provisional – subject to approval", "UNCONFIRMED MINUTES", "MINUTE OF MEETING - DRAFT": the record
 * marked as not yet approved; not a title that opens with the word ("Draft statement of accounts 2024/25").
 */
const DRAFT_MARK = new RegExp(
  String.raw`^${STATUS}(?:\s*[-–—:(]|\s*$|\s+(?:and\s+\w+\s+)?(?:minutes|notes|record|copy|subject|until|for\s+approval)\b)|\b${STATUS}\s+minutes\b|${STATUS_AFTER.source}`,
  'i',
);

/**
 * "Note of an Inquorate Meeting", "The meeting was not quorate …": a note of a meeting that could not do business,
 * written after it; its "due to be held on" and the next meeting "to be held" do not make it an agenda.
 */
const INQUORATE = /\binquorate\b|\bwas\s+not\s+quorate\b|\bno\s+quorum\s+was\b|\b(?:lack|absence)\s+of\s+a\s+quorum\b/i;

/** A heading "Agenda", alone on its line. */
const AGENDA_HEADING = /^agenda$/i;

/** True when the header says a meeting is to come (an agenda, a summons), not what happened at one. */
function announcesMeeting(lines: string[]): boolean {
  if (lines.some((line) => INQUORATE.test(line))) return false;
  return lines.some(
    (line) =>
      AGENDA_HEADING.test(line) ||
      /\b(?:will|to)\s+be\s+held\b|^(?:supplementary\s+|additional\s+)?agenda(?:\s+(?:for|of)\b|\s+supplement\b)|\bsummon(?:s|ed)\b|\bnotice\s+of\s+meeting\b/i.test(
        line,
      ),
  );
}

/** True when a heading "Agenda" is the header's only sign of an agenda (announcesMeeting). */
function agendaHeadingOnly(lines: string[]): boolean {
  return announcesMeeting(lines) && !announcesMeeting(lines.filter((line) => !AGENDA_HEADING.test(line)));
}

/**
 * True for a sentence the header reads whole: the record's opening ("Minutes of a meeting of X held at Y on …",
 * "You are invited to attend a meeting of …"), "Meeting held on …", a date line, or the DRAFT mark, which it
 * warns of. Any other sentence above the first item is no field's (reader/leftovers.ts warns of it); a note
 * that the meeting was not quorate is quoted there too, as what it says besides (when it was abandoned) is kept nowhere.
 */
export function takesLine(line: string): boolean {
  return isOpeningLine(line) || HELD_ON.test(line) || isDateLine(line) || DRAFT_MARK.test(line);
}

/** A person named with their title, then a dash, comma or bracket: "Cllr Wendy Pargeter - ", "Mr T Hale (". */
// "Councillors A Bell and C Dunn – Ashvale Council": a plural title before several people of one council, too.
const TITLED_PERSON_LEAD = new RegExp(
  String.raw`^(?:${HONORIFIC_SOURCE}|${COUNCILLORS_SOURCE})\s+\p{Lu}[^,()–—]*?(?:\s[-–—]\s|\s*,\s*|\s*\()`,
  'u',
);

/**
 * "Cllr Wendy Pargeter - Thornmouth Borough Council - TBC", "Mr T Hale (Eskdale Borough Council)": a person and the
 * council they come from, as a joint body's attendance lists its members; never the council whose meeting it was.
 */
function namesPersonsCouncil(line: string): boolean {
  // "Appointed Members present: Cllr D Frusher (Fenward District Council)": the list's label before the person.
  const text = squash(line).replace(LABELLED, '');
  const lead = TITLED_PERSON_LEAD.exec(text)?.[0];
  return lead !== undefined && !BODY_WORD.test(lead) && councilsIn(text.slice(lead.length)).length > 0;
}

/**
 * Reads the lines above a meeting's first item; the council only from `titleLines`, the title block's (all when not given).
 * The running footer (furniture.ts `runningFooter`) names the body when the title block does not.
 */
export function readHeader(lines: string[], titleLines: string[] = lines, footer: FooterMeeting | null = null): ReadHeader {
  const tidy = (given: string[], keepSubject?: (subject: string) => boolean) =>
    withoutEmailHeader(
      given
        // "Date: 9th October 2025Time: 7:00pmVenue: …": each labelled fact on a line of its own, so each value ends at the next label.
        .flatMap((line) => partedLabels(line.replace(LABEL_CELL, '$1: ')))
        // "Ashcombe Parish Council   Minute Book Page 87": the page's number names no body.
        .map((line) => squash(withoutPageMark(line.replace(TIME_BEFORE_DATE, '$1 '))))
        .filter((line) => line !== ''),
      keepSubject,
    );
  const useful = tidy(lines);
  // Never from a table's row ("Cllr Ann Ilsley<TAB>Co-Chair<TAB>Kingsmarsh County Council"): a member's
  // organisation is not the meeting's council, and squashed, the row's cells would run into one name.
  const paired = pairedCouncil(
    joinCouncilOf(titleLines)
      .filter(
        (line) =>
          !line.replace(LABEL_CELL, '$1: ').includes('\t') &&
          line.trim() !== '' &&
          !namesPersonsCouncil(line) &&
          !personBesideCouncil(line),
      )
      // "A joint committee of Brenton Borough Council, Southmere County Council and …": no one council's, on one line or
      // wrapped over two ("… by Fellside" over "County Council and Derwent Moors Borough Council)").
      .map((line, at, kept) => (namesPartnersWrapped(kept, at) ? [] : councilsIn(line, kept[at + 1])))
      .map((found) => (new Set(found.map(({ name }) => name)).size > 1 ? undefined : found[0]?.name)),
  );
  // "Annual Parish Meeting of Hollowby", however worded: the parish council's Annual Parish Meeting.
  const parish = parishMeetingIn(tidy(titleLines));
  const printed = paired ?? parish?.council ?? null;
  const known = printed === null ? null : recordSpelling(printed, useful);
  const times = headerTimes(useful);
  const dated = joinWrappedDates(useful);
  // The title block's date before any below it: with no item found to end the header, the lines below the attendance are
  // the minutes' own text, whose "Minutes of the meeting held on …" dates the meeting they approve.
  const date = (titleLines === lines ? null : headerDate(joinWrappedDates(tidy(titleLines)))) ?? headerDate(dated);
  // An e-mail's subject is the sender's, not the minutes' title: the body the minutes under it name is read first, and the
  // subject only when they name none (and only a subject that names a body: "DRAFT minutes - PC meeting" names none).
  const bodyFrom = (keepSubject: (subject: string) => boolean) => committeeFrom(joinWrappedDates(tidy(lines, keepSubject)), known, date);
  const titled = parish?.body ?? bodyFrom(() => false) ?? bodyFrom(subjectNamesBody) ?? footerBody(footer);
  const partnered = titled === null ? null : withoutPartners(titled);
  // "… Corporate Parenting Panel of Stanmoor Metropolitan Borough" over "Council held in …": the council named only in the
  // body's name, whole once the opening's lines are joined; there it is parted from the body's.
  const ofCouncil = printed === null && partnered !== null ? bodyOfCouncil(partnered.body) : null;
  const council = ofCouncil === null ? known : recordSpelling(ofCouncil.council, useful);
  const named = ofCouncil?.body ?? partnered?.body ?? null;
  const sitting = sittingAs(named);
  const joint = jointBodies(sitting?.body ?? named);
  return {
    council,
    committee: tidyCommittee(joint?.body ?? sitting?.body ?? named, council),
    date,
    startTime: times.start,
    endTime: times.end,
    ...venueFrom(useful, titleLines === lines ? useful : tidy(titleLines)),
    draft: useful.some((line) => DRAFT_MARK.test(line)),
    agenda: announcesMeeting(useful),
    agendaHeadingOnly: agendaHeadingOnly(useful),
    inquorate: useful.some((line) => INQUORATE.test(line)),
    sittingAs: sitting?.as ?? null,
    // Skipped by the body's name (committeeFrom), unless a name ran on over it.
    inquiry: useful.find((line) => isInquiry(line) && !(named ?? '').includes(line)) ?? null,
    jointWith: joint?.with ?? null,
    partners: partnered?.partners ?? null,
    // A parish may hold its meeting of electors with no parish council: the name made is said, never passed as printed.
    // (The meeting's reader says so when the record prints that name nowhere.)
    councilFromParish: paired === null && parish !== null,
    kind: meetingKindIn(tidy(titleLines), parish !== null, isOpeningLine),
  };
}
