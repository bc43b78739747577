/**
 * Mentions of other meetings: "the minutes of the meeting held on 1 February 2017",
 * "the Meeting held on 14 September 2018", "the next meeting will be held on Thursday
 * 12 March 2015", "the date of the next meeting: Thursday 15 January 2015".
 */
import type { MeetingReference } from '../../src/model/schema.ts';
import { findWrittenDates } from '../../src/model/dates.ts';

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
