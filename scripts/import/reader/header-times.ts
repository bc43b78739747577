/**
 * The meeting's start and end times in its header: a labelled span ("Meeting Commenced: … Concluded: …"), a span of
 * times ("7.00 - 9.05 pm"), or the first time after "at" or "commencing"; never a session's span or when a decision
 * takes effect. Apart from header.ts because reading clock times and spans is one job of its own.
 */
import { TAKES_EFFECT } from './header-date.ts';
import { EMAIL_SENT } from './email-header.ts';
import { CLOCK_TIME, findDates, parseClockTime } from '../../../src/model/dates.ts';

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
 * A clock time after the line's start, "at", "commencing", "Time:", a year (or a year and a dash: "4 March 2025 – 7.30pm") or a
 * comma: when the meeting began. Welsh "am" ("at": "18 Chwefror 2025 am 10.00 y.b.") too, only before a figure.
 */
const TIME_AFTER = new RegExp(
  String.raw`(?:^|\bat\b|\bcommencing\b|\btime\s*:|\bam(?=\s+\d)|\d{4}(?:\s+[-–—])?|,)\s*(${CLOCK_TIME})`,
  'gi',
);

/** The first time on a line that says when the meeting began, passing one when a decision takes effect. */
function startOn(line: string): string | null {
  const time = [...line.matchAll(TIME_AFTER)].find((found) => !TAKES_EFFECT.test(line.slice(0, found.index)));
  return time === undefined ? null : parseClockTime(time[1] ?? '');
}

/** A clock time as a span's end reads it: "9.05", "1.00pm", "13:30", or the hour alone with its am or pm, "6pm". Regex source. */
const SPAN_CLOCK = String.raw`(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)`;

/**
 * "Saturday 16 March 2024, 11.00am – 1.00pm, Youth Hub, Quay Street": a title block's one line of date, times and
 * place; the span's start and end, and the rest of the line after its comma, the place.
 */
const SPAN_THEN_PLACE = new RegExp(String.raw`(${SPAN_CLOCK})\s*(?:to|-|–|—)\s*(${SPAN_CLOCK})\s*,\s*(\S.*?)(?:\.\s|\.?$)`, 'i');

/** SPAN_THEN_PLACE on a line that dates the meeting: a span on another line ("10.00 – 10.15, break") is no title block's. */
export function placedSpan(line: string): RegExpExecArray | null {
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

/** "(19:15 TO 19:25 AND 20:25 TO 20:27)", "at 5.00 pm", "Time: 13:30": the first time is the start, the last of a span the end. */
export function headerTimes(given: string[]): { start: string | null; end: string | null } {
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
