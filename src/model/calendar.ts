/**
 * Whether a `YYYY-MM-DD` or `HH:MM` text names a real day or time of day: the schema's date and
 * time fields use these, so a record that passes `npm run check` can always be formatted by the site.
 */
import { isoFromParts } from './dates.ts';

/** True for `YYYY-MM-DD` naming a day that exists (leap years and month lengths), years 1000 to 9999. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  return year >= 1000 && isoFromParts(year, Number(match[2]), Number(match[3])) === text;
}

/** True for `HH:MM` on a 24-hour clock, 00:00 to 23:59. */
export function isClockTime(text: string): boolean {
  return /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(text);
}
