/**
 * Formatting for pages. Dates are date-only and UTC, so they never shift a day.
 * The Intl formatters are made once: building one per call costs seconds on a large archive. Each
 * date is formatted once, too: an archive has a few thousand dates, shown on tens of thousands of pages.
 */
import { rememberedByKey } from './remembered.ts';

const DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "11 July 2017" from `2017-07-11`. */
export const formatDate: (iso: string) => string = rememberedByKey((iso) => DATE.format(utc(iso)));

/** "Tuesday 11 July 2017" from `2017-07-11`. */
export const formatLongDate: (iso: string) => string = rememberedByKey((iso) => LONG_DATE.format(utc(iso)).replace(',', ''));

/** "7pm", "10:30am" from `19:00`, `10:30`. */
export function formatTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const suffix = hours >= 12 ? 'pm' : 'am';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minutes).padStart(2, '0')}${suffix}`;
}
