/**
 * Mentions of other meetings in an item's text: "the minutes of the meeting held on
 * 13 November 2014". A date counts when the same sentence, before it, says "meeting".
 */
import { findWrittenDates } from '../dates.ts';

export interface ReferenceDraft {
  date: string;
  text: string;
  item: number | null;
}

/** The sentence around a position: from the last full stop before it to the next one. */
function sentenceAt(text: string, start: number, end: number): { text: string; before: string } {
  const from = Math.max(text.lastIndexOf('. ', start) + 1, 0);
  const stop = text.indexOf('. ', end);
  const to = stop < 0 ? text.length : stop + 1;
  return { text: text.slice(from, to).trim(), before: text.slice(from, start) };
}

/** References to meetings in a plain-text item; `item` is its number. */
export function meetingReferences(text: string, item: number | null): ReferenceDraft[] {
  const found: ReferenceDraft[] = [];
  for (const date of findWrittenDates(text)) {
    const sentence = sentenceAt(text, date.index, date.index + date.text.length);
    if (!/\bmeeting\b/i.test(sentence.before)) continue;
    if (found.some((ref) => ref.date === date.iso)) continue;
    found.push({ date: date.iso, text: sentence.text, item });
  }
  return found;
}
