/**
 * The kinds of line a meeting record's title block is made of, which each part of the header reader (and the readers
 * around it) must tell apart: a label's line ("Date:", a details table's cells), the words that mark minutes as a draft,
 * the opening sentence ("Minutes of a meeting of X held …") and the body it names, "held on …", and a line that is a
 * date and little else. Apart from header.ts because the date, venue and body readers all lean on them, and the
 * item and section readers too.
 */
import { MEETING_KIND } from './meeting-occasion.ts';
import { WELSH_MEETING_KIND } from '../../../src/model/welsh-words.ts';
import { SENTENCE_END } from './decision-clerk-forms.ts';
import { findDates } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';

/** Words that name a meeting body. */
export const BODY_WORD =
  /\b(?:Committee|Sub-Committee|Council|Panel|Board|Cabinet|Forum|Group|Commission|Authority|Assembly|Partnership|Executive|Session|Meeting|A\.?G\.?M\.?)\b/i;
// "Dyddiad / Date:", "Lleoliad / Venue:": a bilingual label is read by its English half.
const WELSH_LABEL = String.raw`(?:(?:Dyddiad|Amser|Lleoliad|Man\s+cyfarfod|Pwyllgor)\s*\/\s*)?(?:Meeting\s+(?=Date|Time|Venue|Held))?`;
// "Held at: Brinkworth Village Hall", "Meeting held in:": a place's label, as "Venue:" is; a web page's "When:" labels
// the date (and time), its "Where:" the place.
const LABEL_WORD = String.raw`(Date|Time|When|Venue|Place|Location|Where|Held\s+(?:at|in)|Meeting|Committee|Body)\s*(?:and\s+time|of\s+(?:the\s+)?(?:meeting|hearing))?`;
/** The labels of the meeting's place among LABEL's (group 1): "Venue", "Place", "Location", "Where", "Held at", "Held in". */
export const VENUE_LABEL = /^(?:venue|place|location|where|held\s+(?:at|in))$/i;
export const LABEL = new RegExp(String.raw`^${WELSH_LABEL}${LABEL_WORD}\s*:\s*(.*)$`, 'i');
/** "Date<tab>14 January 2025": a details table's label cell and its value cell (a web page's or a PDF's), a label's line. */
export const LABEL_CELL = new RegExp(String.raw`^(\s*${WELSH_LABEL}${LABEL_WORD})\s*:?[ ]*\t\s*(?=\S)`, 'i');
/**
 * "Date: 9th October 2025Time: 7:00pmVenue: Reading Room, …", "Date: … Time: … Venue: …": where a label of the meeting's
 * facts starts after another's value on one line, its cells run together by an export or set across the line. Glued on
 * to a value's end (a figure, a lower-case letter, a stop) or after a space; never inside "Start Time:", one label.
 */
const RUN_ON_LABEL =
  /(?<!\b(?:Start|Finish|End|Meeting)\s*)(?:\s+|(?<=[\p{Ll}\d.,;)]))(?=(?:(?:Start|Finish|End|Meeting)\s+)?(?:Date|DATE|Time|TIME|When|WHEN|Venue|VENUE|Place|PLACE|Location|LOCATION|Where|WHERE)\s*:)/u;

/**
 * A line of labelled facts parted into a line for each label (RUN_ON_LABEL), as a title block sets them one a line, so each
 * value ends at the next label; only a line that opens with a label (LABEL). Any other line is kept whole.
 */
export function partedLabels(line: string): string[] {
  if (!LABEL.test(line.trim())) return [line];
  return line.split(new RegExp(RUN_ON_LABEL.source, 'gu')).filter((part) => part.trim() !== '');
}
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
export const STATUS_AFTER = new RegExp(String.raw`\s*(?:[-–—:,]\s*|\(\s*)${STATUS}\s*\)?\s*$`, 'i');

/**
 * "Notes and actions", "Minutes and action points": a record's kind with the actions it lists, as a working group heads its
 * notes; the document's name, as "Notes" alone is, never the body's. Regex source, after "minutes" or "notes".
 */
export const AND_ACTIONS = String.raw`(?:\s+(?:and|&)\s+actions?(?:\s+points)?)?`;
/** "APPROVED MINUTES OF THE PLANNING COMMITTEE held …": minutes marked as approved before what they are of; no body's word. */
const APPROVED = String.raw`(?:approved|confirmed)`;
/** "An Inquorate Meeting", "a quorate meeting": whether the meeting could do business, never which body met. Regex source. */
const UNMET = String.raw`(?:in)?quorate`;
/** "Cofnodion …": a Welsh opening, read when no English one is there. */
export const WELSH_OPENING = /^cofnodion\b/i;
// "Minutes of (the) proceedings of a meeting of X": Northern Irish councils' opening; "Minute of Meeting of X": Scottish.
export const OPENING = new RegExp(
  String.raw`^(?:(?:(?:${STATUS}|${APPROVED})\s+)?(?:(?:minutes?|notes?)${AND_ACTIONS}|record|agenda)\s+of\s+(?:the\s+|an?\s+)?(?:proceedings\s+of\s+(?:the\s+|an?\s+)?)?(?:${MEETING_KIND}\s+)*(?:meeting|session)s?\s+of\s+(?:the\s+)?|` +
    // "Record of the meeting held on …", "Note of an inquorate meeting held …": as "Minutes of", when a meeting follows (so
    // never "Record of Decisions", a document's name); the meeting's words then name no body (NO_BODY).
    String.raw`(?:notes?${AND_ACTIONS}|record)\s+of\s+(?:the\s+|an?\s+)?(?=(?:(?:${MEETING_KIND}|${UNMET})\s+)*(?:meeting|proceedings)\b)|` +
    // "Minutes of the Proceedings of the Environmental Services Committee held …".
    String.raw`(?:(?:${STATUS}|${APPROVED})\s+)?(?:(?:minutes?|notes)${AND_ACTIONS}|agenda)\s+of\s+(?:the\s+)?(?:proceedings\s+of\s+(?:the\s+)?)?|(?:an?\s+)?(?:${MEETING_KIND}\s+)*meeting\s+of\s+(?:the\s+)?|` +
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

/**
 * "the meeting", "a meeting", "the annual meeting", "Evidence Session 3": an opening that names no body ("Minutes of a meeting held on …");
 * nor does "the Committee", "the Sub-Committee" alone, under a title block that names it ("EDUCATION SCRUTINY COMMITTEE"
 * over "MINUTES of the meeting of the Committee held …"). "Cabinet" and "Council" alone are bodies' names.
 */
const NO_BODY = new RegExp(
  String.raw`^(?:(?:an?|the)\s+)?(?:(?:${MEETING_KIND}|${UNMET}|above|last|previous|evidence|witness)\s+)*(?:meeting|session|proceedings|hearing)s?(?:\s+\d{1,2})?$|` +
    String.raw`^(?:(?:the|this|said|above)\s+)?(?:committee|sub-committee|panel|board|forum)$`,
  'i',
);

/**
 * The words an opening sentence gives where a body's name goes ("Minutes of a meeting of the X held at Y on ..." gives X),
 * even words that name no body ("the Board", "meeting"); null when the text does not open so, or gives no words.
 */
export function openingWords(text: string): string | null {
  const opening = OPENING.exec(text);
  if (!opening) return null;
  // "Minutes of Parish Council 14 March 2024": the body's name ends where its date begins.
  // "… not the" over "minutes of the meeting. The minutes will be published": a body's name never runs over a sentence's
  // end, so prose that happens to open as minutes do names no body ("meeting").
  const dated = text.slice(opening[0].length).split(SENTENCE_END)[0] ?? '';
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
  return name === '' ? null : name;
}

/** A body named in an opening sentence: "Minutes of a meeting of the X held at Y on ..."; never words that name none (NO_BODY). */
export function bodyFromOpening(text: string): string | null {
  const name = openingWords(text);
  return name === null || NO_BODY.test(name) ? null : name;
}

/** "… Committee of", "… Panel for the", "Record of the": a name cut at a word that joins it to words it lost. */
export const JOINING_END = /\s(?:of|for|and|&|the)$/i;

/**
 * True for words a title block put where a body's name goes that name none: "Record of the" (an opening's first words, cut
 * before "meeting held on"), "An Inquorate Meeting", "Annual Meeting"; the header then looks elsewhere, or states no body.
 */
export function namesNoBody(name: string): boolean {
  const text = squash(name);
  return NO_BODY.test(text) || JOINING_END.test(text);
}

/** "Meeting held on Thursday 19 February 2026", "Special meeting held on …" under the body's name: a date line, no body of its own. */
export const HELD_ON = new RegExp(
  String.raw`^(?:the\s+|this\s+|an?\s+)?(?:${MEETING_KIND}\s+)*(?:(?:meeting|session|hearing)\s+)?(?:was\s+)?(?:held|dated|convened)(?:\s+on)?(?:\s|$)`,
  'i',
);
/** "Licensing Sub-Committee hearing held on 3 September 2025": the words that say it met, after the body's name and before the date. */
const MET_ON = new RegExp(String.raw`\s+(?:(?:${MEETING_KIND}\s+)*(?:meeting|hearing|session)\s+)?(?:was\s+)?held$`, 'i');

/** The part of a title line before its date: "Ashby Parish Council A.G.M. - 9th May 2022" gives "Ashby Parish Council A.G.M.". */
export function beforeDate(line: string): string | null {
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

/** "Complainant: Mrs J Asquith", "Date of hearing:": a label (and its value), as a block of details lists them; never a body's name. */
export const LABELLED = /^[A-Za-z][A-Za-z '’()/&-]{1,29}:(?:\s|$)/;

/**
 * "Housing Committee minutes: 4 February 2025", "Audit Panel agenda: 9 June 2025": a web page's heading, the body's name and
 * its paper's before a colon and the date; the body's title, never a label of a block of details (LABELLED).
 */
export function titlesBodysPaper(line: string): boolean {
  const head = /^([^:]+?)\s+(?:minutes|agenda|notes|decisions)\s*:/i.exec(squash(line))?.[1];
  return head !== undefined && BODY_WORD.test(head) && !namesNoBody(head);
}

/** A body's word at the end of a line: "… Village Hall Committee", a body's name, not a place. */
export const BODY_AT_END = new RegExp(String.raw`${BODY_WORD.source}\s*$`, 'i');
