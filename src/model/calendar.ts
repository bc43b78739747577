/**
 * Whether a `YYYY-MM-DD` or `HH:MM` text names a real day or time of day: the schema's date and
 * time fields use these, so a record that passes `npm run check` can always be formatted by the site.
 * The rule itself is dates.ts's, the one the importer checks its inputs by.
 */
import { checkClockTime, checkIsoDate } from './dates.ts';

/** True for `YYYY-MM-DD` naming a day that exists (leap years and month lengths), years 1000 to 9999. */
export function isCalendarDate(text: string): boolean {
  return checkIsoDate(text) !== null;
}

/** True for `HH:MM` on a 24-hour clock, 00:00 to 23:59. */
export function isClockTime(text: string): boolean {
  return checkClockTime(text) !== null;
}
