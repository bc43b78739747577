/**
 * A meeting record's header: council, body, date, times, venue, however the clerk set them out:
 * a title block over several lines, "Minutes of a meeting of X held at Y on <date> at <time>",
 * "X - <date>" on one line, "Date:" / "Time:" / "Venue:" labels, a "DRAFT" mark. What the lines
 * do not say stays null; the caller fills it from the source header and says so.
 */
import { namesPaper, PAPER_NAME } from './document-title.ts';
import { CLOCK_TIME, findDates, parseClockTime } from '../../../src/model/dates.ts';
import { HONORIFIC_SOURCE } from '../../../src/model/honorifics.ts';
import { WELSH_WHOLE_COUNCIL } from '../../../src/model/welsh-words.ts';
import type { MeetingKind } from '../../../src/model/schema.ts';
import { MEETING_PAGE_KIND } from '../moderngov-header.ts';
import { squash } from '../text.ts';
import type { FooterMeeting } from './furniture.ts';
import { withoutPartners } from './joint-partners.ts';
import { MEETING_KIND, meetingKindIn } from './meeting-occasion.ts';
import { parishMeetingIn } from './parish-meeting.ts';
import { isWholeBodyName, withoutBanner } from './title-banner.ts';
import { councilsIn, joinCouncilOf, namesCouncilOnly, pairedCouncil, recordSpelling, wholeBody, wordCase } from './council-name.ts';

/** What the header states. */
export interface ReadHeader {
  council: string | null;
  committee: string | null;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  venue: string | null;
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

/** Words that name a meeting body. */
export const BODY_WORD =
  /\b(?:Committee|Sub-Committee|Council|Panel|Board|Cabinet|Forum|Group|Commission|Authority|Assembly|Partnership|Executive|Session|Meeting|A\.?G\.?M\.?)\b/i;
// "Dyddiad / Date:", "Lleoliad / Venue:": a bilingual label is read by its English half.
const WELSH_LABEL = String.raw`(?:(?:Dyddiad|Amser|Lleoliad|Man\s+cyfarfod|Pwyllgor)\s*\/\s*)?(?:Meeting\s+(?=Date|Time|Venue|Held))?`;
// "Held at: Brinkworth Village Hall", "Meeting held in:": a place's label, as "Venue:" is.
const LABEL_WORD = String.raw`(Date|Time|Venue|Place|Location|Held\s+(?:at|in)|Meeting|Committee|Body)\s*(?:and\s+time|of\s+(?:the\s+)?(?:meeting|hearing))?`;
export const LABEL = new RegExp(String.raw`^${WELSH_LABEL}${LABEL_WORD}\s*:\s*(.*)$`, 'i');
/** "Date<tab>14 January 2025": a details table's label cell and its value cell (a web page's or a PDF's), a label's line. */
const LABEL_CELL = new RegExp(String.raw`^(\s*${WELSH_LABEL}${LABEL_WORD})\s*:?[ ]*\t\s*(?=\S)`, 'i');
/** "Item number", "Agenda item no.:": the label of a details row giving the number of the one item a page is about. */
export const ITEM_NUMBER_LABEL = /(?:agenda\s+)?item\s+(?:number|no\.?)\s*:?/i;
/** Whether a line is a row of the details table the header reads ("Date<tab>14 January 2025"), not an unread table's. */
export const isDetailsRow = (line: string): boolean => LABEL_CELL.test(line);
/**
 * The words that mark minutes as not yet approved ("DRAFT", "Unconfirmed", "Draft for approval"): the record's
 * status, never part of a body's name. One list for the opening, the title's tail and the draft mark, and for
 * the kinds that tell minutes from their own papers by these words (kinds/call-in.ts).
 */
export const STATUS = String.raw`(?:draft|provisional|unconfirmed)(?:\s+(?:for|subject\s+to)\s+(?:approval|confirmation))?`;
/** "MINUTE OF MEETING - DRAFT", "Planning Committee (Unconfirmed)": a status set apart at a title's end. */
const STATUS_AFTER = new RegExp(String.raw`\s*(?:[-–—:,]\s*|\(\s*)${STATUS}\s*\)?\s*$`, 'i');

/** Words after "cyfarfod" that say what kind of meeting it was: "Cyfarfod Misol" (monthly), "Blynyddol" (annual), "Arbennig" (special). */
const WELSH_MEETING_KIND = String.raw`(?:misol|blynyddol|arbennig|cyffredin(?:ol)?|brys)`;
/** "APPROVED MINUTES OF THE PLANNING COMMITTEE held …": minutes marked as approved before what they are of; no body's word. */
const APPROVED = String.raw`(?:approved|confirmed)`;
/** "Cofnodion …": a Welsh opening, read when no English one is there. */
const WELSH_OPENING = /^cofnodion\b/i;
// "Minutes of (the) proceedings of a meeting of X": Northern Irish councils' opening; "Minute of Meeting of X": Scottish.
const OPENING = new RegExp(
  String.raw`^(?:(?:(?:${STATUS}|${APPROVED})\s+)?(?:minutes?|notes|agenda)\s+of\s+(?:the\s+|an?\s+)?(?:proceedings\s+of\s+(?:the\s+|an?\s+)?)?(?:${MEETING_KIND}\s+)*(?:meeting|session)s?\s+of\s+(?:the\s+)?|` +
    // "Minutes of the Proceedings of the Environmental Services Committee held …".
    String.raw`(?:(?:${STATUS}|${APPROVED})\s+)?(?:minutes?|notes|agenda)\s+of\s+(?:the\s+)?(?:proceedings\s+of\s+(?:the\s+)?)?|(?:an?\s+)?(?:${MEETING_KIND}\s+)*meeting\s+of\s+(?:the\s+)?|` +
    // A Scottish minute's opening sentence: "At a MEETING of the X INTEGRATION JOINT BOARD held in <place> on <date>".
    String.raw`at\s+(?:an?\s+|the\s+)?(?:${MEETING_KIND}\s+)*meeting\s+of\s+(?:the\s+)?|` +
    // ModernGov's page headings: "Attendance for Corporate Scrutiny Panel on Wednesday, 9th October, 2024".
    String.raw`(?:attendance|agenda|decisions|minutes)\s+for\s+(?:the\s+)?|` +
    // "Record of decisions taken at the meeting held on …", "Schedule of decisions made by the Cabinet at its meeting on …".
    String.raw`(?:record|schedule|summary)\s+of\s+(?:the\s+)?decisions\s+(?:taken|made)\s+(?:at|by)\s+(?:the\s+|an?\s+)?(?:(?:${MEETING_KIND}\s+)*meeting\s+(?:of\s+(?:the\s+)?)?)?|` +
    // Welsh: "Cofnodion y cyfarfod a gynhaliwyd ar …" ("Minutes of the meeting held on …"), "Cofnodion cyfarfod y Pwyllgor …".
    // "Cofnodion Cyfarfod Misol Cyngor Cymuned …" ("Minutes of the Monthly Meeting of … Community Council").
    String.raw`cofnodion\s+(?:y\s+)?cyfarfod\s+(?:${WELSH_MEETING_KIND}\s+)*(?:(?:o|y|yr)\s+)?|` +
    // A parish clerk's summons: "You are hereby summoned to attend a meeting of X to be held …".
    String.raw`you\s+are\s+(?:hereby\s+)?(?:summoned|requested|invited)\s+to\s+attend\s+(?:an?\s+|the\s+)?(?:${MEETING_KIND}\s+)*meeting\s+of\s+(?:the\s+)?)`,
  'i',
);

/** True for a line that opens a record as its title ("MEETING OF THE STRATEGIC POLICY COMMITTEE", "Minutes of …"): never an item's heading. */
export function isOpeningLine(line: string): boolean {
  return OPENING.test(squash(line));
}

/** Words before a date that make it another meeting's: the one to confirm these minutes, or the next. */
const LATER_MEETING =
  /\b(?:subject\s+to\s+(?:confirmation|approval|ratification)|to\s+be\s+(?:confirmed|approved|signed|ratified))\b.*$|\bnext\s+meeting\b.*$/i;

/**
 * "will come into force at 5.00 pm on Thursday 18 December 2025 unless called in", "the call-in period expires at 5pm on …",
 * "Call-in deadline: …", "to be implemented from …": the text before a date or time when a decision takes effect, as a
 * decision list says under its title; never when the meeting sat or began. Not across "held" or "meeting", which date the
 * meeting itself ("Decisions (subject to call-in) taken at the meeting held on …").
 */
const TAKES_EFFECT =
  /\b(?:(?:come|comes|coming|came)\s+into\s+(?:force|effect|operation)|call(?:ed)?[\s-]?in|implement(?:ed|ation)|effective|deadline|expir(?:es|y|ing))\b(?:(?!\bheld\b|\bmeeting\b)[^;]){0,60}$/i;
/** An e-mail's "Sent: 11 December 2025 16:42" over the bulletin it carries: when it was sent, never when the meeting sat or began. */
const EMAIL_SENT = /^(?:sent|received)\s*:/i;
/** The fields of an e-mail's header ("From:", "Sent:", "To:", "Subject:"), over a bulletin sent by e-mail. */
const EMAIL_FIELD = /^(?:from|sent|received|to|cc|bcc|subject|importance)\s*:/i;

/** "Subject: FW: Summary of decisions – Cabinet – 10 December 2025": the subject's label and any reply or forward mark. */
const EMAIL_SUBJECT = /^subject\s*:\s*(?:(?:re|fwd?)\s*:\s*)*/i;

/** True when the lines carry an e-mail's header: a "From:" line with "Sent:" or "Subject:" beside it. */
function isEmailed(lines: string[]): boolean {
  return lines.some((line) => /^\s*from\s*:/i.test(line)) && lines.some((line) => /^\s*(?:sent|subject)\s*:/i.test(line));
}

/** True for an e-mailed bulletin's "Subject:" line, which the header reads as the bulletin's title (its body, its date). */
export function readsEmailSubject(line: string, lines: string[]): boolean {
  return EMAIL_SUBJECT.test(line.trim()) && isEmailed(lines);
}

/**
 * The indexes of an e-mailed bulletin's envelope: its "From:", "Sent:", "To:", "Cc:" lines (all of its header's fields but
 * the Subject, which is read as the title). Who sent it, to whom and when are the e-mail's, none of the meeting's.
 */
export function emailEnvelope(lines: string[]): number[] {
  if (!isEmailed(lines)) return [];
  return lines.flatMap((line, index) => (isEnvelopeField(lines, index) && !EMAIL_SUBJECT.test(line.trim()) ? [index] : []));
}

/**
 * One of an e-mail's header fields: "From:", "Sent:", "To:", and "Date: 6 March 2026 10:14" beside another of them, as a
 * mail program prints when it was sent; a "Date:" label elsewhere is the meeting's.
 */
function isEnvelopeField(lines: string[], index: number): boolean {
  const line = (lines[index] ?? '').trim();
  if (EMAIL_FIELD.test(line)) return true;
  const beside = [lines[index - 1], lines[index + 1]].some((other) => other !== undefined && EMAIL_FIELD.test(other.trim()));
  return /^date\s*:/i.test(line) && beside;
}

/**
 * The lines without an e-mail's header (a "From:" line with "Sent:" or "Subject:" beside it): who sent it and when is none
 * of the meeting's; the subject is kept as the title the sender gave the bulletin, when `keepSubject` says so. "To: Members
 * of the Cabinet" alone, a summons's line, is kept.
 */
function withoutEmailHeader(lines: string[], keepSubject: (subject: string) => boolean = () => true): string[] {
  if (!isEmailed(lines)) return lines;
  return lines.flatMap((line, index) => {
    const subject = EMAIL_SUBJECT.test(line) ? line.replace(EMAIL_SUBJECT, '') : null;
    if (subject !== null) return keepSubject(subject) ? [subject] : [];
    return isEnvelopeField(lines, index) ? [] : [line];
  });
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

/** "You are summoned to attend a meeting … to be held in the Council Chamber … on <date>": a summons's words for its meeting. */
const TO_BE_HELD = /\b(?:to|will)\s+be\s+held\b/gi;
/** Words before "to be held" in its sentence that make the meeting another's: the next one, or the one to approve these minutes. */
const ANOTHER_MEETING = /\b(?:next|following|subsequent|subject\s+to|approv\w*|confirm\w*|sign\w*)\b[^.]*$/i;

/**
 * The date a summons gives the meeting it calls ("… to be held in the Council Chamber on Wednesday, 5 February 2025"),
 * read from the lines joined, as the sentence may wrap its date; the letter's own date ("Date: 28 January 2025") is when
 * it was sent. Null when no such sentence dates a meeting of its own.
 */
function summonedDate(lines: string[]): string | null {
  const flat = squash(lines.filter((line) => !EMAIL_SENT.test(line)).join(' '));
  for (const held of flat.matchAll(TO_BE_HELD)) {
    const sentence =
      flat
        .slice(0, held.index)
        .split(/[.!?]\s/)
        .at(-1) ?? '';
    if (ANOTHER_MEETING.test(sentence)) continue;
    const after = flat.slice(held.index).split(/[.!?](?:\s|$)/)[0] ?? '';
    const date = findDates(after).find((found) => found.yearStated);
    if (date) return date.iso;
  }
  return null;
}

/** "reconvened on", "resumed on", "adjourned until": the words before the day an adjourned meeting met again. */
const LATER_SITTING = /\b(?:reconvened|resumed|adjourned\s+(?:to|until))\s+(?:on\s+)?$/i;

/** The end of an opening sentence's line that wraps before its date: "on", a weekday. */
const WRAPS_INTO_DATE = /\b(?:on|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)$/i;

/**
 * "… Town Hall, Hartswood on Tuesday" over "18 November 2025 at 6.30 pm, …": an opening sentence whose date wraps onto the
 * line under it, joined, so that the date is read with the words that place it ("held … on Tuesday") and the opening is
 * the line that dates the meeting. Only after "on" or a weekday, never a comma, which also ends a place over a date line.
 */
function joinWrappedDates(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.at(-1);
    const wraps = last !== undefined && WRAPS_INTO_DATE.test(last) && findDates(line)[0]?.index === 0;
    if (wraps || (last !== undefined && wrapsBeforeYear(last, line))) joined[joined.length - 1] = `${last} ${line}`;
    else joined.push(line);
  }
  return joined;
}

/** A year opening a line: "2024 commencing at 11.00 a.m.", "2024.". */
const OPENS_WITH_YEAR = /^\s*(?:19|20)\d{2}\b/;

/**
 * "… on Monday 5 February" over "2024 commencing at 11.00 a.m.": a day and month that end a line, their year opening the
 * next. Only when the two lines joined read one date across the break, so a year that opens a later line of other
 * business ("2026 Budget Working Group") gives no year to a day and month above it.
 */
function wrapsBeforeYear(line: string, next: string): boolean {
  if (!OPENS_WITH_YEAR.test(next)) return false;
  const end = line.trimEnd().length;
  return findDates(`${line.trimEnd()} ${next.trimStart()}`).some(
    (found) => found.yearStated && found.index < end && found.index + found.text.length > end,
  );
}

/** The best-placed date of the header: one with a weekday, a "Date:" label or "held on" beats a stamp such as "28 Mar 18". */
function headerDate(lines: string[]): string | null {
  const summoned = summonedDate(lines);
  if (summoned !== null) return summoned;
  let best: { iso: string; score: number } | null = null;
  lines.forEach((line, index) => {
    if (EMAIL_SENT.test(line)) return;
    for (const found of findDates(line)) {
      if (TAKES_EFFECT.test(line.slice(0, found.index))) continue;
      let score = 10 - Math.min(index, 9) / 3;
      if (/(?:mon|tues|wednes|thurs|fri|satur|sun)day/i.test(found.text)) score += 4;
      if (/\b(?:date|held|on)\b\s*:?\s*$/i.test(line.slice(0, found.index))) score += 4;
      if (/\d{4}$/.test(found.text)) score += 2;
      if (/^\s*(?:signed|dated)\b/i.test(line)) score -= 20;
      // "Meeting rearranged from Wednesday, 27 April 2016": the date the meeting no longer has.
      if (/\b(?:rearranged|postponed|moved|changed|rescheduled)\s+from\s*$|\binstead\s+of\s*$/i.test(line.slice(0, found.index)))
        score -= 20;
      // "These minutes are subject to confirmation by the Committee at its meeting on 9 July 2025", "Date of next meeting:": a later meeting's date.
      if (LATER_MEETING.test(line.slice(0, found.index))) score -= 20;
      // "… at 6.30 pm, adjourned at 10.05 pm and reconvened on Wednesday 19 November 2025": a later day's sitting of this meeting.
      if (LATER_SITTING.test(line.slice(0, found.index))) score -= 20;
      if (!best || score > best.score) best = { iso: found.iso, score };
    }
  });
  return (best as { iso: string; score: number } | null)?.iso ?? null;
}

/** "(19:15 TO 19:25 AND 20:25 TO 20:27)", "at 5.00 pm", "Time: 13:30": the first time is the start, the last of a span the end. */
/**
 * "(7.00 - 9.05 pm)": a span whose start borrows the end's am or pm, or the other one when that
 * would start it after it ends ("11.00 - 1.00 pm").
 */
function spanTimes(startText: string, endText: string): { start: string | null; end: string | null } {
  const end = parseClockTime(endText);
  const meridiem = /([ap])\.?m\.?\s*$/i.exec(endText)?.[1]?.toLowerCase();
  if (/[ap]\.?m/i.test(startText) || meridiem === undefined || end === null) return { start: parseClockTime(startText), end };
  const same = parseClockTime(`${startText} ${meridiem}m`);
  const start = same !== null && same <= end ? same : parseClockTime(`${startText} ${meridiem === 'p' ? 'a' : 'p'}m`);
  return { start, end };
}

/** "Meeting Commenced: 2.30pm   Meeting Concluded: 4.38pm": the times labelled as the meeting's start and end. */
const LABELLED_SPAN = new RegExp(
  String.raw`\b(?:commenced|started|began|opened)\s*:?\s*(?:at\s+)?(${CLOCK_TIME}).*?\b(?:concluded|closed|ended|finished)\s*:?\s*(?:at\s+)?(${CLOCK_TIME})`,
  'i',
);

/** True for a line that labels the meeting's start and end ("Meeting Commenced: 2.30pm   Meeting Concluded: 4.38pm"), which the header reads. */
export function labelsTimes(line: string): boolean {
  return LABELLED_SPAN.test(line);
}

/**
 * A clock time after the line's start, "at", "commencing", "Time:", a year or a comma: when the meeting began. Welsh "am"
 * ("at": "18 Chwefror 2025 am 10.00 y.b.") too, only before a figure.
 */
const TIME_AFTER = new RegExp(String.raw`(?:^|\bat\b|\bcommencing\b|\btime\s*:|\bam(?=\s+\d)|\d{4}|,)\s*(${CLOCK_TIME})`, 'gi');

/** The first time on a line that says when the meeting began, passing one when a decision takes effect. */
function startOn(line: string): string | null {
  const time = [...line.matchAll(TIME_AFTER)].find((found) => !TAKES_EFFECT.test(line.slice(0, found.index)));
  return time === undefined ? null : parseClockTime(time[1] ?? '');
}

/** A clock time as a span's end reads it: "9.05", "1.00pm", "13:30". Regex source. */
const SPAN_CLOCK = String.raw`\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?`;

/**
 * "Saturday 16 March 2024, 11.00am – 1.00pm, Youth Hub, Quay Street": a title block's one line of date, times and
 * place; the span's start and end, and the rest of the line after its comma, the place.
 */
const SPAN_THEN_PLACE = new RegExp(String.raw`(${SPAN_CLOCK})\s*(?:to|-|–|—)\s*(${SPAN_CLOCK})\s*,\s*(\S.*?)(?:\.\s|\.?$)`, 'i');

/** SPAN_THEN_PLACE on a line that dates the meeting: a span on another line ("10.00 – 10.15, break") is no title block's. */
function placedSpan(line: string): RegExpExecArray | null {
  return findDates(line).some((found) => found.yearStated) ? SPAN_THEN_PLACE.exec(line) : null;
}

/**
 * "at the hour of 6.00 o'clock p.m.": a time as Northern Irish minutes word it, read as "at 6.00 p.m." is. The words
 * between the figure and its "p.m." and before the figure say nothing more.
 */
const HOUR_OF = /\bat\s+the\s+hour\s+of\b/gi;
const OCLOCK = /\b(\d{1,2}(?:[.:]\d{2})?)\s*o['’]?\s*clock\s*(?=[ap]\.?\s*m\b)/gi;
const plainClock = (line: string): string => line.replace(HOUR_OF, 'at').replace(OCLOCK, '$1 ');

/**
 * "Session A (7.05 pm – 7.50 pm)", "Morning session: 10.00 – 12.30": the span of one part of the meeting (a witnesses'
 * session under the header), never the meeting's start and end.
 */
const PART_SPAN = /\bsession\b/i;

function headerTimes(given: string[]): { start: string | null; end: string | null } {
  const lines = given.filter((line) => !EMAIL_SENT.test(line)).map(plainClock);
  const labelled = lines.map((line) => LABELLED_SPAN.exec(line)).find((found) => found !== null);
  if (labelled) return { start: parseClockTime(labelled[1] ?? ''), end: parseClockTime(labelled[2] ?? '') };
  for (const line of lines.filter((text) => !PART_SPAN.test(text))) {
    const span =
      new RegExp(String.raw`\(?\s*(${SPAN_CLOCK})\s+(?:to|-|–)\s+.*?(${SPAN_CLOCK})\s*\)?\s*$`, 'i').exec(line) ?? placedSpan(line);
    if (span) return spanTimes(span[1] ?? '', span[2] ?? '');
  }
  for (const line of [...lines, lines.join(' ')]) {
    const start = startOn(line);
    if (start !== null) return { start, end: null };
  }
  return { start: null, end: null };
}

/**
 * "the meeting", "a meeting", "the annual meeting", "Evidence Session 3": an opening that names no body ("Minutes of a meeting held on …");
 * nor does "the Committee", "the Sub-Committee" alone, under a title block that names it ("EDUCATION SCRUTINY COMMITTEE"
 * over "MINUTES of the meeting of the Committee held …"). "Cabinet" and "Council" alone are bodies' names.
 */
const NO_BODY = new RegExp(
  String.raw`^(?:(?:an?|the)\s+)?(?:(?:${MEETING_KIND}|above|last|previous|evidence|witness)\s+)*(?:meeting|session|proceedings|hearing)s?(?:\s+\d{1,2})?$|` +
    String.raw`^(?:(?:the|this|said|above)\s+)?(?:committee|sub-committee|panel|board|forum)$`,
  'i',
);

/** A body named in an opening sentence: "Minutes of a meeting of the X held at Y on ...". */
export function bodyFromOpening(text: string): string | null {
  const opening = OPENING.exec(text);
  if (!opening) return null;
  // "Minutes of Parish Council 14 March 2024": the body's name ends where its date begins.
  const dated = text.slice(opening[0].length);
  const rest = dated.slice(0, findDates(dated)[0]?.index ?? dated.length);
  // "… of Brinkworth Parish Council convened by requisition of five members", "… called at the request of the Mayor": how
  // the meeting was called ends the body's name, as "held" does.
  const body =
    /^(.*?)(?:(?:^|\s+)(?:(?:(?:was\s+)?(?:due|scheduled|arranged)\s+)?to\s+be\s+held|held|on|at|which|will|convened|called|requisitioned|summoned|a\s+gynhaliwyd|ar)\b|\s*[-–—,]\s*(?=\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|$)/i.exec(
      rest,
    )?.[1] ?? '';
  // "MINUTE OF MEETING - DRAFT": the status after the words is no part of them.
  const name = squash(body)
    .replace(STATUS_AFTER, '')
    .replace(/[.:,]+$/, '');
  return name === '' || NO_BODY.test(name) ? null : name;
}

/** The part of a title line before its date: "Ashby Parish Council A.G.M. - 9th May 2022" gives "Ashby Parish Council A.G.M.". */
/** "Meeting held on Thursday 19 February 2026", "Special meeting held on …" under the body's name: a date line, no body of its own. */
const HELD_ON = new RegExp(
  String.raw`^(?:the\s+|this\s+|an?\s+)?(?:${MEETING_KIND}\s+)*(?:(?:meeting|session|hearing)\s+)?(?:was\s+)?(?:held|dated|convened)(?:\s+on)?(?:\s|$)`,
  'i',
);
/** "Licensing Sub-Committee hearing held on 3 September 2025": the words that say it met, after the body's name and before the date. */
const MET_ON = new RegExp(String.raw`\s+(?:(?:${MEETING_KIND}\s+)*(?:meeting|hearing|session)\s+)?(?:was\s+)?held$`, 'i');

function beforeDate(line: string): string | null {
  const first = findDates(line)[0];
  if (!first || first.index === 0) return null;
  let head = squash(line.slice(0, first.index).replace(/\s*(?:[-–—,|]|\bon\b)\s*$/i, ''));
  // "Minutes of the meeting held on 4 June 2024": a sentence that names no body, not a title.
  if (OPENING.test(head) && bodyFromOpening(head) === null) return null;
  if (HELD_ON.test(head)) return null;
  head = head.replace(MET_ON, '');
  return head && BODY_WORD.test(head) ? head : head && !/\d/.test(head) ? head : null;
}

/** True for a line that is a date and little else (a weekday, "Date:", a time, a span of times). */
export function isDateLine(line: string): boolean {
  const found = findDates(line).find((date) => date.yearStated);
  if (!found) return false;
  const rest = line
    .replace(found.text, ' ')
    .replace(/\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s*m\b\.?)?/gi, ' ')
    .replace(/\b(?:date|time|at|on|held|draft|to|and|commencing|starting|hours|hrs)\b|[:,()\-–—|]/gi, ' ');
  return !/[A-Za-z]/.test(rest);
}

/** "MINUTES – Tuesday 30 September 2025, 6.00 pm": a date line after the document's title, which names no body. */
function isTitledDateLine(line: string): boolean {
  const first = findDates(line).find((found) => found.yearStated);
  const head = beforeDate(line);
  return first !== undefined && head !== null && DOCUMENT_TITLE.test(head) && isDateLine(line.slice(first.index));
}

/**
 * "Record of Decisions", "Decision List", "Decisions Notice", a hearing's "Notice of Decision", "Notice of Determination",
 * "Summary of the Panel's Decision": a document that lists what a body decided, never part of the body's name.
 */
const DECISIONS_DOCUMENT = String.raw`(?:record|schedule|summary)\s+of\s+(?:the\s+)?decisions(?:\s+taken)?|decisions?\s+(?:notice|list)|notice\s+of\s+(?:the\s+)?decisions?|notice\s+of\s+(?:the\s+)?determination|(?:record|summary|notice)\s+of\s+(?:the\s+)?[A-Za-z-]+(?:\s+[A-Za-z-]+)?['’]s\s+(?:decisions?|determination)`;

/** "Note of Evidence Session", "Record of the Witness Session": a scrutiny inquiry's document, named by its session. */
const SESSION_TITLE = String.raw`(?:(?:note|notes|record)\s+of\s+(?:the\s+)?)?(?:evidence|witness)\s+session`;
/** The session's number, and what the document is after it: "2", "No. 3", "2 - Note". */
const SESSION_NUMBER = String.raw`\s+(?:no\.?\s*)?\d{1,2}(?:\s*[-–:]\s*(?:notes?|record)(?:\s+of\s+(?:the\s+)?(?:proceedings|evidence))?)?`;
/**
 * "NOTE OF EVIDENCE SESSION 2", "Witness Session No. 3", "Evidence Session 2 - Note", "Evidence Session 2 – Note of Proceedings":
 * the document's name with the session's number.
 */
const NUMBERED_SESSION = new RegExp(String.raw`^${SESSION_TITLE}${SESSION_NUMBER}$`, 'i');

/**
 * True for a line that names the document by an inquiry's numbered session ("NOTE OF EVIDENCE SESSION 2"), alone or
 * before the date: the header skips it as no body's name, and no field holds which session it was, so it is warned of.
 */
export function numbersSession(line: string): boolean {
  const text = squash(line);
  return NUMBERED_SESSION.test(text) || NUMBERED_SESSION.test(beforeDate(text) ?? '');
}

/**
 * A line that names the document, not the body: "Agenda", "Supplementary Agenda", "Notice of Meeting", "Public Document Pack",
 * and what a pack prints over the minutes it holds, "Agenda Item 5" or "Item 153b" and the page's number; a web page's
 * heading over the body's name, "Meeting Details" or "Meeting Summary" (CMIS), "Meeting documents", "Agenda and minutes" or "Browse meetings" (ModernGov); Scotland's "Minute" (one meeting's); a scrutiny inquiry's "Note of Evidence Session 2"; "Report by Head of Governance", who wrote the minutes up.
 */
const DOCUMENT_TITLE = new RegExp(
  String.raw`^(?:draft|minutes?|(?:supplementary\s+|additional\s+)?agenda(?:\s+supplement)?|notes|summons|notice\s+of\s+(?:the\s+)?meeting|public\s+(?:document|reports?)\s+pack|agenda\s+(?:and|&)\s+reports?|(?:agenda\s+)?item\s+\d{1,3}[a-z]?|\d{1,3}|${DECISIONS_DOCUMENT}|${SESSION_TITLE}(?:${SESSION_NUMBER})?|meeting\s+(?:details|information|summary|documents)|attendance\s+details|browse\s+meetings|${MEETING_PAGE_KIND}|report\s+by\s+.{3,80})$`,
  'i',
);

/** A trail's links that name a part of a council's site: "Home", "Committees", "Meetings", "Council and democracy". */
const SITE_LINK = /^(?:home|committees?|meetings?|calendar|(?:council\s+and\s+)?democracy|councillors|decisions|documents)$/i;

/**
 * "Fenmoor District Council | Committees", "Home > Meetings > Planning Committee": a site's trail of links over a page's
 * heading, one of them the council's name or a part of the site; never a body's name.
 */
function isSiteTrail(line: string, council: string | null): boolean {
  const links = line
    .split(/\s*[|>»›]\s*/)
    .map((link) => link.trim())
    .filter((link) => link !== '');
  const named = (link: string) => SITE_LINK.test(link) || (council !== null && namesCouncilOnly(link, council));
  return /[|>»›]/.test(line) && links.length >= 2 && links.some(named);
}

/**
 * "A joint committee of Brenton Borough Council, Southmere County Council and Highcliffe City Council",
 * "(Established by the councils of …)": a joint body's page says under its name whose body it is; a
 * sentence about the body, no part of its name.
 */
const DESCRIBES_BODY =
  /^\(?(?:(?:an?|the)\s+)?(?:joint\s+(?:[\w-]+\s+){0,3}?)?(?:committee|sub-committee|panel|board|partnership|body|authority|arrangement|service)\s+(?:of|for|between|representing)\s+.*\b(?:councils?|authorit(?:y|ies)|boroughs|districts)\b|^\(?(?:established|formed|hosted|constituted|set\s+up)\s+by\b/i;

/** "Inquiry into Exclusions from School" under a panel's name: what the body is looking into, no part of its name. */
function isInquiry(line: string): boolean {
  return /^(?:scrutiny\s+)?inquiry\s+into\b/i.test(line) && !BODY_AT_END.test(line);
}

/** "Complainant: Mrs J Asquith", "Date of hearing:": a label (and its value), as a block of details lists them; never a body's name. */
const LABELLED = /^[A-Za-z][A-Za-z '’()/&-]{1,29}:(?:\s|$)/;

/** "Applicant for" over "review: Ashcombe Constabulary": a label's first words, its last ones and colon on the line below. */
function wrapsLabel(line: string, below: string): boolean {
  return (
    !line.includes(':') && /^\p{Ll}[^:]{0,30}:(?:\s|$)/u.test(below) && /^\p{Lu}[\p{L} '’()/&-]{1,50}:(?:\s|$)/u.test(`${line} ${below}`)
  );
}

/** "Minutes", "Minutes of the Meeting", "Agenda": what the document is, naming no body. */
function namesDocument(line: string): boolean {
  return DOCUMENT_TITLE.test(line) || namesPaper(line) || (OPENING.test(line) && bodyFromOpening(line) === null);
}

/**
 * "GREYSTONE BOROUGH COUNCIL" / "CHILDREN AND FAMILIES SCRUTINY PANEL" / "MINUTES", and no date in the title block (the
 * date is the page footer's, or not printed): the body's name is the line over the document's title, when it names a
 * body and is not the council's name alone.
 */
function undatedBody(lines: string[], council: string | null): string | null {
  const title = lines.findIndex((line) => DOCUMENT_TITLE.test(line));
  const above = title > 0 ? (lines[title - 1] ?? '') : '';
  const names = BODY_WORD.test(above) && !LABEL.test(above) && !LABELLED.test(above) && !isDateLine(above);
  if (names && !(council && namesCouncilOnly(above, council))) return above;
  // "ARDKELLAN COUNCIL" over "LOCAL REVIEW BODY" over the Acts it sits under and "DECISION NOTICE": the body's whole name
  // right under the council's.
  const councilAt = council === null ? -1 : lines.findIndex((line) => namesCouncilOnly(line, council));
  const under = councilAt === -1 ? '' : (lines[councilAt + 1] ?? '');
  return isWholeBodyName(under) ? under : null;
}

/**
 * "Kelvinmuir, 4th March 2025.": a place, a comma and the date, as a Scottish minute heads its first page (and a letter
 * its top). The place is where the meeting sat, never the body's name; the body's own line is under it.
 */
function isPlaceDateline(line: string): boolean {
  const first = findDates(line).find((found) => found.yearStated);
  if (!first || isDateLine(line)) return false;
  const head = line.slice(0, first.index);
  const tail = line.slice(first.index + first.text.length);
  return /^\p{Lu}[\p{L}'’ -]{0,40},\s*$/u.test(head) && !BODY_WORD.test(head) && !/day,\s*$/i.test(head) && /^\W*$/.test(tail);
}

/** The body's own line under a place-and-date line: past the council's name, before any label ("Present:"). */
function bodyUnderDateline(lines: string[], dateAt: number, council: string | null): string | null {
  for (const raw of lines.slice(dateAt + 1, dateAt + 4)) {
    const line = squash(raw).replace(/\.$/, '');
    if (council && namesCouncilOnly(line, council)) continue;
    return BODY_WORD.test(line) && !line.includes(':') && !isDateLine(line) ? line : null;
  }
  return null;
}

/** Welsh words of a body's or document's title ("Cyngor Llawn", "Pwyllgor Cynllunio", "COFNODION"), which its English twin has not. */
const WELSH_TITLE_WORD = /\b(?:cyngor|pwyllgor|is-bwyllgor|cyfarfod|cofnodion|rhaglen|llawn|cynllunio|craffu|cyllid|arbennig|blynyddol)\b/i;

/**
 * "Cyngor Llawn / Full Council – COFNODION / MINUTES": a title given as Welsh / English pairs, read by each pair's English
 * side (the records in English are filed by it), without the document's name ("Minutes"). A line of no such pairs is kept.
 */
function englishTitle(line: string): string {
  if (!/\s\/\s/.test(line)) return line;
  const segments = line.split(/\s+[–—-]\s+/).map((segment) => {
    const halves = segment.split(/\s+\/\s+/);
    const english = halves.filter((half) => !WELSH_TITLE_WORD.test(half));
    return halves.length === 2 && english.length === 1 ? (english[0] ?? segment) : segment;
  });
  return segments.filter((segment) => !namesDocument(segment)).join(' – ') || line;
}

/** Welsh "y Cyngor", "Cyngor Llawn" alone (WELSH_WHOLE_COUNCIL): the council's own meeting. */
const WHOLE_COUNCIL_WELSH = new RegExp(String.raw`^${WELSH_WHOLE_COUNCIL}$`, 'i');

/** "Ground Charity, held in …": the end of a body's name, at the head of the line, then "held". */
const NAME_THEN_HELD = /^[A-Z][^,.;:]{0,60}?,?\s+held\b/;

/** "… Committee of", "… Panel for the": a name cut at a word that joins it to the next line's. */
const JOINING_END = /\s(?:of|for|and|&|the)$/i;

/** The committee as the title block names it: the lines between the council's name and the date line. */
function committeeFrom(lines: string[], council: string | null, date: string | null): string | null {
  // A Welsh opening is kept for want of an English one on a later line ("Cofnodion Cyfarfod Misol …" over "Minutes of the
  // Monthly Meeting of …"), as a bilingual record's English half is read first within a line.
  let welsh: string | null = null;
  for (const [index, line] of lines.entries()) {
    const labelled = LABEL.exec(line);
    if (labelled && /^(?:meeting|committee|body)$/i.test(labelled[1] ?? '')) return squash(labelled[2] ?? '') || null;
    // "COFNODION … / MINUTES OF THE SCRUTINY COMMITTEE": a bilingual title is read by the half that opens as minutes do.
    const half = LABELLED.test(line)
      ? undefined
      : line
          .split(/\s+\/\s+/)
          // The English half first: a Welsh-only record's "Cofnodion …" is read when no English half is there.
          .sort((a, b) => Number(WELSH_OPENING.test(a)) - Number(WELSH_OPENING.test(b)))
          .find((text) => bodyFromOpening(text) !== null);
    const opened = half === undefined ? null : bodyFromOpening(half);
    if (half === undefined || opened === null) continue;
    const next = lines[index + 1] ?? '';
    // "Minutes of the Transport and Connectivity" / "Policy Committee": the name runs on. So does one that ends on a
    // joining word ("… LEISURE COMMITTEE OF" / "GREYSTOKE VALE BOROUGH COUNCIL"): a body's name never ends so, and the
    // council after "of" is parted from it later (tidyCommittee). So does one cut after the line's body's word, over the
    // rest of the name and "held": "… acting as sole Trustee of the Marshford Recreation" / "Ground Charity, held in …".
    const cutBeforeHeld = squash(half).endsWith(opened) && NAME_THEN_HELD.test(squash(next)) && !OPENING.test(squash(next));
    const unended = !BODY_WORD.test(opened) || JOINING_END.test(opened);
    const runsOn = (unended && BODY_WORD.test(next) && !isDateLine(next) && !LABEL.test(next)) || cutBeforeHeld;
    const body = runsOn ? (bodyFromOpening(`${line} ${next}`) ?? opened) : opened;
    if (!WELSH_OPENING.test(half)) return body;
    welsh ??= body;
  }
  if (welsh !== null) return welsh;
  const ofDate = (line: string) => date === null || findDates(line).some((found) => found.iso === date);
  // A date line, a title before a date, or an opening sentence that names no body ("Minutes of the meeting held on …").
  // "Minutes of a Meeting of the Board held at …, Dyke Road," over "Fenward on Thursday 29 January 2026": an opening wrapped onto
  // its date's line dates the meeting; the words there before the date are its place, never the body's name.
  const wrapsDate = (line: string, index: number) =>
    (OPENING.test(line) || HELD_ON.test(line)) && !/[.:;]\s*$/.test(line) && ofDate(`${line} ${lines[index + 1] ?? ''}`);
  const dateAt = lines.findIndex(
    (line, index) =>
      ((isDateLine(line) || beforeDate(line) !== null || OPENING.test(line) || HELD_ON.test(line)) && ofDate(line)) ||
      wrapsDate(line, index),
  );
  if (dateAt === -1) return undatedBody(lines, council);
  if (isPlaceDateline(lines[dateAt] ?? '')) return bodyUnderDateline(lines, dateAt, council);
  // "Date of hearing: 20 March 2025", "Minutes – 5 November 2025": a label or the document's title before the date; the body's name is above.
  const inline = beforeDate(lines[dateAt] ?? '');
  const inDetails = LABELLED.test(lines[dateAt] ?? '');
  if (inline && !inDetails && !namesDocument(inline)) return inline;
  const block: string[] = [];
  for (let index = dateAt - 1; index >= 0 && block.length < 3; index -= 1) {
    const line = squash(lines[index] ?? '');
    // Blank lines, and a document's title ("Minutes") between the body's name and the date, are skipped;
    // once the title has begun, a blank line or a document's title above it ends it.
    // A labelled date's block of details ("Complaint reference: …", "Subject Member: …") under the title is skipped too.
    const label = LABEL.test(line) || (inDetails && (LABELLED.test(line) || wrapsLabel(line, squash(lines[index + 1] ?? ''))));
    const skipped =
      line === '' ||
      namesDocument(line) ||
      (inDetails && label) ||
      DESCRIBES_BODY.test(line) ||
      isInquiry(line) ||
      (index === dateAt - 1 && isVenueAbove(line));
    if (skipped && block.length === 0) continue;
    if (DESCRIBES_BODY.test(line) || isSiteTrail(line, council)) break;
    // A date above the body's name is another's: a pack's stamp over the minutes it holds ("Item 153b" / "28 Mar 18").
    if (line === '' || label || /:$/.test(line) || namesDocument(line) || isDateLine(line)) break;
    // The council's name ends the body's, or stands between it and the date ("Planning Committee" / "Eastvale Borough
    // Council" / "Date: …", as a page heads its details): then the body's name is above it.
    if (council && namesCouncilOnly(line, council)) {
      const above = squash(lines[index - 1] ?? '');
      const body = BODY_WORD.test(above) && !council.toLowerCase().includes(above.toLowerCase());
      if (block.length === 0 && index === dateAt - 1 && body) continue;
      break;
    }
    block.unshift(englishTitle(line));
  }
  // "Minutes" over "of the Meeting of the" over "Planning & Regulatory Committee": the opening's words, the document's title apart.
  // "… Health and Social Care Partnership" over "… Integration Joint Board": the banner over the body's own name is not its.
  const joined = squash(withoutBanner(block).join(' ')).replace(/^of\s+(?:the\s+|an?\s+)?(?:meeting\s+of\s+(?:the\s+)?)?/i, '');
  // Over a block of details a form's title may stand instead ("Officer Decision Record"): only a body's name is taken.
  if (inDetails && !BODY_WORD.test(joined)) return null;
  return joined ? (bodyFromOpening(joined) ?? joined) : null;
}

/** "Children and Families Scrutiny Panel – 25 January 2024  Page 1 of 1": the footer's words before its date, when they name a body. */
function footerBody(footer: FooterMeeting | null): string | null {
  const before = footer === null ? '' : squash(footer.before);
  return BODY_WORD.test(before) && !namesDocument(before) ? before : null;
}

/** "Transport and Connectivity Policy Committee"; "the above Council" or a parish council's own name: "Council". */
function tidyCommittee(committee: string | null, council: string | null): string | null {
  if (!committee) return council ? wholeBody(council) : null;
  // "Cwmderw Community Council Minutes of <date>": the title's last words are no part of the body's name.
  let name = squash(
    wordCase(committee)
      .replace(STATUS_AFTER, '')
      .replace(new RegExp(String.raw`\s*\b(?:minutes?|agenda|notes|${STATUS})(?:\s+of(?:\s+the)?)?\s*$`, 'i'), ''),
  );
  // "Cabinet Decision List", "Cabinet – Record of Decisions": the document's name after the body's.
  // "Summary of Decisions – Cabinet", "Minutes – Amenities Committee" (an e-mail's Subject): the document's name before it.
  const listed = name
    .replace(new RegExp(String.raw`\s*(?:[-–—:]\s*)?\b(?:${DECISIONS_DOCUMENT})$`, 'i'), '')
    .replace(new RegExp(String.raw`^(?:${DECISIONS_DOCUMENT}|${PAPER_NAME}|minutes?|agenda|notes)\s*[-–—:]\s*`, 'i'), '')
    // "NOTE OF SITE VISIT – Planning Committee – held on …": the dash before the date the header took.
    .replace(/\s+[-–—]$/, '');
  if (listed !== '') name = listed;
  // "Community Council virtual Meeting", "Planning Committee Meeting": how it met, not who.
  const met = name.replace(new RegExp(String.raw`\s+(?:[-–—]\s+)?(?:${MEETING_KIND}\s+)*meeting$`, 'i'), '');
  if (met !== name && BODY_WORD.test(met)) name = met;
  // "THE FIFE COUNCIL - EAST NEUK AREA COMMITTEE": the council's name, with or without "The", before the body's;
  // "the Full Eastwick Town Council": the whole council.
  const unled = name.replace(/^(?:the\s+)?(?:full\s+)?/i, '');
  if (council && unled.toLowerCase().startsWith(council.toLowerCase()))
    name = squash(unled.slice(council.length).replace(/^[\s,:–—-]+/, ''));
  // "Environment Committee of Loughmoy Borough Council": the council's name after "of" is no part of the body's.
  if (council && name.toLowerCase().endsWith(` of ${council.toLowerCase()}`)) name = name.slice(0, -(council.length + 4));
  if (name === '') return (council === null ? null : wholeBody(council)) ?? 'Council';
  if (/^(?:the\s+)?(?:above\s+|full\s+|said\s+)?(?:parish\s+|town\s+|community\s+)?council$/i.test(name)) return 'Council';
  // Welsh "y Cyngor", "Cyngor Llawn" (the council, the full council): the council's own meeting, as "the Council" is.
  if (WHOLE_COUNCIL_WELSH.test(name)) return 'Council';
  return name;
}

/**
 * "OVERVIEW AND SCRUTINY COMMITTEE (sitting as the Crime and Disorder Committee)", "Cabinet, acting as the Shareholder
 * Committee": the body that met, and the capacity it met in. The body is the one named first, so its meetings in either
 * capacity are one committee's; the capacity is said in the meeting's warnings, not lost.
 */
const SITTING_AS = /^(.+?)\s*(?:[([]\s*|[-–—,]\s*|\s)(?:sitting|acting|meeting|in\s+its\s+capacity)\s+as\s+(?:the\s+)?(.+?)\s*[)\]]?$/i;

/**
 * "Adult Social Care Scrutiny Committee and the Health Scrutiny Committee": two bodies met as one, each named whole before
 * and after "and"; not one body whose name joins two words before its own ("Audit and Governance Committee").
 */
const TWO_BODIES =
  /^(\S+(?:\s+\S+)+?\s+(?:Committee|Sub-Committee|Panel|Board|Forum|Commission))\s+(?:and|&)\s+(?:the\s+)?(.+?\s+(?:Committee|Sub-Committee|Panel|Board|Forum|Commission))$/i;

/**
 * The two bodies a joint meeting's title names, the first filed as the meeting's body; null for one body, and for a
 * name that says itself it is a joint meeting's ("Joint meeting - A Committee and B Committee", a ModernGov body of its
 * own whose every meeting is joint): that is the publisher's one body, filed under it whole.
 */
function jointBodies(committee: string | null): { body: string; with: string } | null {
  const found = committee === null || /\bmeeting\b/i.test(committee) ? null : TWO_BODIES.exec(squash(committee));
  return found ? { body: found[1] ?? '', with: wordCase(found[2] ?? '') } : null;
}

function sittingAs(committee: string | null): { body: string; as: string } | null {
  const found = committee === null ? null : SITTING_AS.exec(committee);
  if (!found || !BODY_WORD.test(found[1] ?? '')) return null;
  return { body: found[1] ?? '', as: wordCase(found[2] ?? '') };
}

/** Words that name a place to meet, for a title block's line that names the venue and nothing else. */
const PLACE_WORD =
  /\b(?:Hall|Chamber|Rooms?|Centre|Center|Offices|House|Headquarters|Library|Pavilion|Institute|Suite|Guildhall|Microsoft\s+Teams|Zoom)\b/i;
/** A time of day, a comma, and what follows it on the line. */
const TIME_THEN_PLACE = /(?:\d\s*[ap]\.?m\.?|\b\d{1,2}[:.]\d{2}(?:\s*(?:hrs|hours))?)\s*,\s*(?:(?:at|in)\s+)?(?:the\s+)?(\S.*)$/i;
/** "IN COMMITTEE ROOMS 3&4, COUNCIL HOUSE", "held at the Town Hall, Westhaven.": a venue line that says it is one. */
const IN_PLACE = /^(?:held\s+)?(?:in|at)\s+(?:the\s+)?/i;

/** The line under a title block's date line that names a place ("Hove Town Hall - Council Chamber", "IN COMMITTEE ROOM 2"). */
function venueUnderDate(lines: string[]): string | null {
  const at = lines.findIndex((line) => isDateLine(line) || isTitledDateLine(line));
  // Or under an opening that dates the meeting: "Minutes of the meeting held on Wednesday 19 March 2025 at 5.30 pm" over "in the Thames Room, …".
  // Or under "held on Thursday 6 March 2025 at 6.00 pm in the …", an opening's second line under the body's name.
  const opening = lines.findIndex(
    (line) => (isOpeningLine(line) || HELD_ON.test(line)) && findDates(line).some((found) => found.yearStated),
  );
  const wrapped = opening === -1 ? null : wrappedPlace(lines[opening] ?? '', lines[opening + 1] ?? '');
  if (wrapped) return wrapped;
  const runOn = opening === -1 ? null : placeRunOn(lines[opening] ?? '', lines[opening + 1] ?? '');
  if (runOn) return runOn;
  const under = [at, opening]
    .filter((index) => index !== -1)
    .map((index) => lines[index + 1] ?? '')
    .find(isPlaceLine);
  if (under) return placeOnly(under);
  if (at === -1) return null;
  // "Town Hall, Harlow Green" over the date, under the body's name.
  const above = lines[at - 1] ?? '';
  return at > 0 && isVenueAbove(above) ? above.replace(IN_PLACE, '') : null;
}

/** "at 7.00pm in the Committee Room, …" under the dated opening: the time the sentence goes on with is the start, no part of the place. */
const TIME_BEFORE_PLACE = new RegExp(String.raw`^(?:at\s+)?(?:${CLOCK_TIME})\s*,?\s*(?=(?:in|at)\s)`, 'i');

/**
 * "the Village Hall, Church Street, at 7.00pm, followed by the Ordinary Meeting.": the place alone, without the time after it
 * (and what follows the time), its "in the" or "the", or its stop.
 */
function placeOnly(line: string): string {
  const place = line
    .replace(new RegExp(`${TIME_AFTER_PLACE}.*$`, 'i'), '')
    .replace(TIME_BEFORE_PLACE, '')
    .replace(IN_PLACE, '');
  return squash(place.replace(/^the\s+/i, '')).replace(/[.,;:]$/, '');
}

/** "7.00pm at Westcote Town Hall, …": a place after the clock time, to the sentence's end. */
const PLACE_AFTER_CLOCK = /\d\s*[ap]\.?m\.?\s+(?:at|in)\s+(?:the\s+)?(.+?)(?:\.\s|\.$|$)/i;

/** The place an opening sentence begins after its time or its date: "… at 7.00pm at Westcote Town", "… 2025 in the Council Chamber, Carrow Civic". */
function placeBegun(text: string): string | null {
  return (PLACE_AFTER_CLOCK.exec(text) ?? HELD_ON_DATE_AT_PLACE.exec(text))?.[1] ?? null;
}

/**
 * "Dock Street, Tynemouth Quay" under "… at Harbourside Studios,": a line that may go on with a place left open at a comma; no
 * label, date, body, person or numbered heading of its own.
 */
function goesOnWithPlace(line: string): boolean {
  const text = line.trim();
  const named = new RegExp(String.raw`^(?:${HONORIFIC_SOURCE})\s`, 'i').test(text);
  return !text.includes(':') && !BODY_WORD.test(text) && !isDateLine(text) && !OPENING.test(text) && !/^\W*\d/.test(text) && !named;
}

/**
 * "… held on Wednesday 26 February 2025 at 7.00pm at Westcote Town" over "Hall, Church Lane, London W99 4XY", "… in the Council
 * Chamber, Carrow Civic" over "Centre and by remote video link": the opening sentence's place, which it begins after the time
 * or date and wraps onto the line under it; read whole from the two lines joined. The line under goes on with it when it names
 * a place, or when the place is left open at a comma ("at Harbourside Studios," over "Dock Street, Tynemouth Quay").
 */
function wrappedPlace(opening: string, under: string): string | null {
  const begun = placeBegun(squash(opening));
  if (begun === null || /[.:;]\s*$/.test(opening)) return null;
  const leftOpen = /,$/.test(begun) && goesOnWithPlace(under);
  if (!isPlaceLine(under) && !leftOpen) return null;
  const place = placeBegun(squash(`${opening} ${under}`)) ?? '';
  return place !== '' && (leftOpen || PLACE_WORD.test(place)) ? placeOnly(place) : null;
}

/** "in the Youth Hub, …", "at Ashby Library": the opening sentence going on, in lower case, to a place it names. */
const RUNS_ON_TO_PLACE = /^(?:in|at)\s+(?:the\s+)?\p{Lu}/u;

/**
 * "Minutes of the meeting held on Monday 24 February 2025 at 5.00 pm" over "in the Youth Hub, 12 Canal Street": the
 * sentence runs on to its place, which is the venue whatever it is called (no place word needed); not after a stop.
 */
function placeRunOn(opening: string, under: string): string | null {
  const line = under.trim();
  if (/[.:;]\s*$/.test(opening.trim()) || !RUNS_ON_TO_PLACE.test(line) || line.includes(':') || isDateLine(line)) return null;
  return placeOnly(line) || null;
}

const BODY_AT_END = new RegExp(String.raw`${BODY_WORD.source}\s*$`, 'i');

/**
 * The end of a line that runs on into the date under it: a comma, "on", a weekday ("Headquarters, Kinlochard on Tuesday,"
 * over "14 May 2024 at 10.00 a.m."): a sentence wrapped, whose place the whole sentence gives ("held in …").
 */
const RUNS_INTO_DATE = /(?:,|\bon|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)$/i;

/** A place named on the line over the date, not a body whose name has a place in it ("Village Hall Committee"), nor a wrapped sentence's middle. */
function isVenueAbove(line: string): boolean {
  return isPlaceLine(line) && !BODY_AT_END.test(line) && !RUNS_INTO_DATE.test(line.trim());
}

/** A line beside the date that names a place and nothing else; a number may name a room ("Committee Room 2"), but a line that opens with one is an item or a date. */
function isPlaceLine(line: string): boolean {
  const led = IN_PLACE.test(line);
  return PLACE_WORD.test(line) && !line.includes(':') && !OPENING.test(line) && (led || !/^\W*\d/.test(line)) && !isDateLine(line);
}

/** "… at Greystone Academy, Lowfield" over "Meeting commenced at 8.00 am": when it began ends the place named above it. */
const STARTED = String.raw`\s+(?:the\s+)?meeting\s+(?:commenced|started|began)\b.*`;
/** ", commencing at 7.00 pm", " commencing 7pm", " at 7pm", " from 10am": the time after a place, which ends it. Regex source. */
const TIME_AFTER_PLACE = String.raw`,?\s+(?:at|from|commencing(?:\s+at)?)\s+\d`;
/** "held at the Village Hall, Upton on …": the place straight after "held at", up to the date, time or stop. */
const HELD_AT_PLACE = new RegExp(
  String.raw`\bheld\s+(?:at|in|via)\s+(?!\d)(?:the\s+)?(.+?)(?:\s+on\b|${TIME_AFTER_PLACE}|${STARTED}|\.\s|\.$|$)`,
  'i',
);
/**
 * Welsh "a gynhaliwyd yn Siambr y Cyngor, Llanfeirion ddydd Mawrth, …" ("held in … on Tuesday"): the place after "a gynhaliwyd
 * yn", up to the day ("ddydd", "nos"), "ar" (on), "am" (at) before a time, or the stop.
 */
const WELSH_HELD_IN = /\ba\s+gynhaliwyd\s+yn\s+(?!\d)(.+?)(?:,?\s+(?:(?:ar\s+)?(?:ddydd|dydd|nos)|ar|am(?=\s+\d))\b|\.\s|\.$|$)/i;
/** "held on Monday 13th January 2025 at the Village Hall": the place after the date's year. */
const HELD_ON_DATE_AT_PLACE = new RegExp(
  String.raw`\bheld\s+(?:at\s+\d|on\b).{0,60}?\b(?:19|20)\d{2},?\s+(?:at|in)\s+(?!\d)(?:the\s+)?(.+?)(?:${TIME_AFTER_PLACE}.*|${STARTED}|\.\s.*|\.$|$)`,
  'i',
);

/**
 * The venue: a "Venue:" label's anywhere above the first item, else a place the title block (`titleLines`, above the
 * attendance) or the record's opening sentence names. Below the attendance is prose, and with no item found, the whole record ("the charge is held
 * at £45 for 2024/25" in an item's minutes is no place to meet).
 */
function venueFrom(lines: string[], titleLines: string[]): string | null {
  for (const [index, line] of lines.entries()) {
    const labelled = LABEL.exec(line);
    if (!labelled || !/^(?:venue|place|location|held\s+(?:at|in))$/i.test(labelled[1] ?? '')) continue;
    // "Venue:" alone over its value, as a form's label cell prints it.
    const next = lines[index + 1] ?? '';
    const value = squash(labelled[2] ?? '') || (LABEL.test(next) ? '' : squash(next));
    return value.replace(/\.$/, '') || null;
  }
  // A record's opening sentence below a table the attendance reader took rows of ("Table of Key Adoptions" over
  // "MINUTES OF THE PROCEEDINGS … HELD IN THE COUNCIL CHAMBER …") is still the title block's, wherever it stands.
  return placeNamed(titleLines) ?? placeNamed(lines.filter(isOpeningLine));
}

/** A place the lines name without a label: under or over the date, after the time, or after "held at". */
function placeNamed(lines: string[]): string | null {
  const under = venueUnderDate(lines);
  if (under) return under;
  // "Saturday 16 March 2024, 11.00am – 1.00pm, Youth Hub, Quay Street": the place after the span of times and a comma.
  const spanned = lines.map((line) => placedSpan(line)?.[3]).find((place) => place !== undefined);
  if (spanned) return spanned.replace(/[,;:]$/, '');
  // "Thursday 14 March 2024 at 2.00pm, Council Chamber, Ashby Civic Offices": the place after the time and a comma.
  const afterTime = lines.map((line) => TIME_THEN_PLACE.exec(line)?.[1]).find((place) => place !== undefined && PLACE_WORD.test(place));
  if (afterTime) return afterTime.replace(/[.,;]$/, '');
  const flat = squash(lines.join(' '));
  // "held at 7.00pm on Monday 4 February 2019 at the Parish Council Chamber": the place after the date.
  // "Monday, 9 December 2024 at 10.30 am in Ridgeway Hall, Oakford": the place after the time, to the line's end.
  const afterClock = (text: string) => PLACE_AFTER_CLOCK.exec(text);
  // "held on Monday 13th January 2025 at the Village Hall, Upton", "HELD ON THE 7th October 2024 IN THE VILLAGE HALL":
  // the place after the date, when no time stands between.
  const held =
    HELD_AT_PLACE.exec(flat) ??
    WELSH_HELD_IN.exec(flat) ??
    lines.map(afterClock).find((found) => found !== null) ??
    HELD_ON_DATE_AT_PLACE.exec(flat);
  // "held in the Civic Centre, The Quay, Rivervale, on Tuesday": the comma before "on" is not the venue's.
  return held ? squash(held[1] ?? '').replace(/[,;:]$/, '') || null : null;
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
const TITLED_PERSON_LEAD = new RegExp(String.raw`^(?:${HONORIFIC_SOURCE})\s+\p{Lu}[^,()–—]*?(?:\s[-–—]\s|\s*,\s*|\s*\()`, 'u');

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
      given.map((line) => squash(line.replace(LABEL_CELL, '$1: ').replace(TIME_BEFORE_DATE, '$1 '))).filter((line) => line !== ''),
      keepSubject,
    );
  const useful = tidy(lines);
  // Never from a table's row ("Cllr Ann Ilsley<TAB>Co-Chair<TAB>Kingsmarsh County Council"): a member's
  // organisation is not the meeting's council, and squashed, the row's cells would run into one name.
  const paired = pairedCouncil(
    joinCouncilOf(titleLines)
      .filter((line) => !line.replace(LABEL_CELL, '$1: ').includes('\t') && line.trim() !== '' && !namesPersonsCouncil(line))
      // "A joint committee of Brenton Borough Council, Southmere County Council and …": no one council's.
      .map((line, at, kept) => councilsIn(line, kept[at + 1]))
      .map((found) => (new Set(found.map(({ name }) => name)).size > 1 ? undefined : found[0]?.name)),
  );
  // "Annual Parish Meeting of Hollowby", however worded: the parish council's Annual Parish Meeting.
  const parish = parishMeetingIn(tidy(titleLines));
  const council = paired === null ? (parish === null ? null : recordSpelling(parish.council, useful)) : recordSpelling(paired, useful);
  const times = headerTimes(useful);
  const dated = joinWrappedDates(useful);
  const date = headerDate(dated);
  // An e-mail's subject that names no body is no title of the minutes under it, which say which body met.
  const titled = parish?.body ?? committeeFrom(joinWrappedDates(tidy(lines, subjectNamesBody)), council, date) ?? footerBody(footer);
  const partnered = titled === null ? null : withoutPartners(titled);
  const named = partnered?.body ?? null;
  const sitting = sittingAs(named);
  const joint = jointBodies(sitting?.body ?? named);
  return {
    council,
    committee: tidyCommittee(joint?.body ?? sitting?.body ?? named, council),
    date,
    startTime: times.start,
    endTime: times.end,
    venue: venueFrom(useful, titleLines === lines ? useful : tidy(titleLines)),
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
    councilFromParish: paired === null && council !== null,
    kind: meetingKindIn(tidy(titleLines), parish !== null, isOpeningLine),
  };
}
