/**
 * A "meeting dates" paper: a list of future dates, one a line, with a shared start
 * time and venue ("All meetings ... to begin at 10.00 am", "Venue: Committee Room 1").
 */
import { parseClockTime, parseWrittenDate } from '../../../src/model/dates.ts';
import { fieldValue, plain } from './pack-text.ts';

export interface ScheduledDates {
  dates: string[];
  startTime: string | null;
  venue: string | null;
}

const DATE_LINE = /^(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\s*\*?$/;

/** True for a report that lists meeting dates. */
export function isMeetingDatesPaper(title: string | null): boolean {
  return title !== null && /meeting dates|dates of (?:future )?meetings|calendar of meetings/i.test(title);
}

export function readMeetingDates(lines: string[]): ScheduledDates {
  const texts = lines.map(plain);
  const dates = texts.filter((line) => DATE_LINE.test(line)).flatMap((line) => parseWrittenDate(line) ?? []);
  const timeLine = texts.find((line) => /\b(?:begin|start|commence)s?\s+at\b/i.test(line));
  const venue = texts.map((line) => fieldValue(line, /Venue|Place/)).find((value) => value !== null) ?? null;
  return {
    dates: [...new Set(dates)],
    startTime: timeLine ? parseClockTime(timeLine.replace(/^.*?\bat\s+/i, '')) : null,
    venue: venue ? venue.replace(/\.$/, '') : null,
  };
}
