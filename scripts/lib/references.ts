/**
 * Mentions of other meetings: "the minutes of the meeting held on 1 February 2017",
 * "the Meeting held on 14 September 2018", "the meeting of 13 November 2014".
 */
import type { MeetingReference } from '../../src/lib/schema.ts';
import { findWrittenDates } from './dates.ts';

/** Words between "meeting" and the date that make the date the meeting's. */
const LEAD_IN = /\bmeeting\s+(?:which\s+was\s+|that\s+was\s+)?(?:held\s+)?(?:on|of|dated)\s+$/i;

/** Finds references in a text; `item` is the agenda item the text belongs to. */
export function findMeetingReferences(text: string, item: number | null, exclude: string | null): MeetingReference[] {
  const found: MeetingReference[] = [];
  for (const date of findWrittenDates(text)) {
    const before = text.slice(Math.max(0, date.index - 60), date.index);
    if (!LEAD_IN.test(before) || date.iso === exclude) continue;
    const start = before.search(/\bmeeting\b[^]*$/i);
    found.push({ date: date.iso, text: `${before.slice(start)}${date.text}`.replace(/\s+/g, ' '), item });
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
