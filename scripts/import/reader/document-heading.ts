/**
 * A line that names the document, not the body: "Agenda", "Public Document Pack", "Record of Decisions", "Note of
 * Evidence Session 2", a web page's "Meeting Details", and a date line after such a title. Apart from header.ts because
 * the body's name, its tidying and the venue reader each need to pass over such lines.
 */
import { AND_ACTIONS, beforeDate, bodyFromOpening, isDateLine, OPENING } from './title-block-lines.ts';
import { namesPaper } from './document-title.ts';
import { findDates } from '../../../src/model/dates.ts';
import { MEETING_PAGE_KIND } from '../moderngov-header.ts';
import { squash } from '../text.ts';

/** "MINUTES – Tuesday 30 September 2025, 6.00 pm": a date line after the document's title, which names no body. */
export function isTitledDateLine(line: string): boolean {
  const first = findDates(line).find((found) => found.yearStated);
  const head = beforeDate(line);
  return first !== undefined && head !== null && DOCUMENT_TITLE.test(head) && isDateLine(line.slice(first.index));
}

/**
 * "Record of Decisions", "Decision List", "Decisions Notice", a hearing's "Notice of Decision", "Notice of Determination",
 * "Summary of the Panel's Decision", "Decisions taken by written procedure" (a Scottish board's, decided by e-mail without
 * meeting): a document that lists what a body decided, never part of the body's name.
 */
export const DECISIONS_DOCUMENT = String.raw`decisions\s+(?:taken|made)\s+(?:by|under)\s+(?:the\s+)?(?:written|urgency|urgent)\s+procedure|(?:record|schedule|summary)\s+of\s+(?:the\s+)?decisions(?:\s+taken)?|decisions?\s+(?:notice|list)|notice\s+of\s+(?:the\s+)?decisions?|notice\s+of\s+(?:the\s+)?determination|(?:record|summary|notice)\s+of\s+(?:the\s+)?[A-Za-z-]+(?:\s+[A-Za-z-]+)?['’]s\s+(?:decisions?|determination)`;

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
 * A line that names the document, not the body: "Agenda", "Notes and actions", "Supplementary Agenda", "Notice of Meeting", "Public Document Pack",
 * and what a pack prints over the minutes it holds, "Agenda Item 5" or "Item 153b" and the page's number; a web page's
 * heading over the body's name, "Meeting Details" or "Meeting Summary" (CMIS), "Meeting documents", "Agenda and minutes" or "Browse meetings" (ModernGov); Scotland's "Minute" (one meeting's); a scrutiny inquiry's "Note of Evidence Session 2"; "Report by Head of Governance", who wrote the minutes up.
 */
export const DOCUMENT_TITLE = new RegExp(
  String.raw`^(?:draft|(?:minutes?|notes)${AND_ACTIONS}|(?:supplementary\s+|additional\s+)?agenda(?:\s+supplement)?|summons|notice\s+of\s+(?:the\s+)?meeting|public\s+(?:document|reports?)\s+pack|agenda\s+(?:and|&)\s+reports?|(?:agenda\s+)?item\s+\d{1,3}[a-z]?|\d{1,3}|${DECISIONS_DOCUMENT}|${SESSION_TITLE}(?:${SESSION_NUMBER})?|meeting\s+(?:details|information|summary|documents)|attendance\s+details|browse\s+meetings|${MEETING_PAGE_KIND}|report\s+by\s+.{3,80})$`,
  'i',
);

/** "Minutes", "Minutes of the Meeting", "Agenda": what the document is, naming no body. */
export function namesDocument(line: string): boolean {
  return DOCUMENT_TITLE.test(line) || namesPaper(line) || (OPENING.test(line) && bodyFromOpening(line) === null);
}
