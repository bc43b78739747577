/**
 * "Tuesday 18 February 2025, 6.30 pm, Council Chamber, Wyke House", "6 March 2025 at 7pm in the Council Chamber": a line
 * that opens with the meeting's date and its time, whatever follows (a venue, whose "Council Chamber" holds a body's
 * word). Such a line says when and where a body met, never which body: a page's paragraph under its heading is one.
 * Apart from title-block-lines.ts's isDateLine, which takes a line of the date alone.
 */
import { CLOCK_TIME, findDates } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';

/** A weekday before the date ("Tuesday", "Tues."), or nothing. */
const BEFORE_DATE = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$/i;
/** The time right after the date: ", 6.30 pm", " at 7pm", " - 14:00", " commencing at 10.00 am". */
const TIME_AFTER = new RegExp(String.raw`^\s*(?:[,–—-]\s*)?(?:(?:at|from|commencing|starting)\s+){0,2}(?:${CLOCK_TIME})`, 'i');

/** True when the line opens with a date (its year stated) and the time after it: a meeting's when, never a body's name. */
export function opensWithDateAndTime(line: string): boolean {
  const text = squash(line);
  const first = findDates(text).find((found) => found.yearStated);
  if (first === undefined || !BEFORE_DATE.test(text.slice(0, first.index))) return false;
  return TIME_AFTER.test(text.slice(first.index + first.text.length));
}
