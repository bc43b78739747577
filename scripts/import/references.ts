/**
 * Mentions of other meetings: "the minutes of the meeting held on 1 February 2017",
 * "the Meeting held on 14 September 2018", "the next meeting will be held on Thursday
 * 12 March 2015", "the date of the next meeting: Thursday 15 January 2015".
 */
import type { MeetingReference } from '../../src/model/schema.ts';
import { findDates, findWrittenDates } from '../../src/model/dates.ts';

/** After the last "meeting" before a date, only these words may stand between them. */
const LEAD_IN = /\bmeeting\b((?:\s+[\w-]+){0,3}?\s+(?:held\s+)?(?:on|of|dated)|\s*:)\s+$/i;

/** The sentence around a position: from the full stop before it to the one after. */
function sentenceAt(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('. ', start) + 1;
  const stop = text.indexOf('. ', end);
  return text
    .slice(from, stop < 0 ? text.length : stop + 1)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Finds references in a text; `item` is the agenda item the text belongs to. */
export function findMeetingReferences(text: string, item: number | string | null, exclude: string | null): MeetingReference[] {
  const found: MeetingReference[] = [];
  for (const date of findWrittenDates(text)) {
    const before = text.slice(Math.max(0, date.index - 60), date.index);
    if (!LEAD_IN.test(before) || date.iso === exclude) continue;
    found.push({
      date: date.iso,
      text: sentenceAt(text, date.index, date.index + date.text.length),
      item: item === null ? null : String(item),
    });
  }
  return found;
}

/** Keeps one reference per date and item, in order of first mention. */
export function uniqueReferences(references: MeetingReference[]): MeetingReference[] {
  const seen = new Set<string>();
  return references.filter((reference) => {
    const key = `${reference.date}|${reference.item}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Words before a date that make it a meeting's: "meeting held on", "Council Assembly on", "Date of next meeting:". */
const MEETING_LEAD = /\b(?:meetings?|minutes|session|assembly|cabinet|committee|panel|board|forum|council)\b[^.;]{0,90}$/i;
/** Words right before a date that make it a deadline or a period, not a meeting. */
const NOT_MEETING = /\b(?:by|before|until|later\s+than|between|ending|since|as\s+at|dated)\s+(?:\w+\s+){0,1}$|\bfrom\s+$|\bdeadline\b/i;

/**
 * References in any date form ("held on the 2 nd July 2019", "15/01/2015", "Date of next meeting:
 * 25th March" with the year that puts it nearest `context`, the record's own date). `own` (the
 * meeting's date) is never a reference; deadlines and periods are not meetings.
 */
export function findReferencesIn(text: string, item: string | null, own: string | null, context: string | null): MeetingReference[] {
  const found: MeetingReference[] = [];
  for (const date of findDates(text, context)) {
    const window = text.slice(Math.max(0, date.index - 110), date.index).replace(/\s+/g, ' ');
    const before = window.slice(window.lastIndexOf('. ') + 1);
    if (date.iso === own || !MEETING_LEAD.test(before) || NOT_MEETING.test(before)) continue;
    found.push({ date: date.iso, text: sentenceAt(text, date.index, date.index + date.text.length), item });
  }
  return found;
}
