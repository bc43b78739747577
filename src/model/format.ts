/**
 * Formatting for pages. Dates are date-only and UTC, so they never shift a day.
 * The Intl formatters are made once: building one per call costs seconds on a large archive. Each
 * date is formatted once, too: an archive has a few thousand dates, shown on tens of thousands of pages.
 */

const DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

const dates = new Map<string, string>();
const longDates = new Map<string, string>();

function remembered(shown: Map<string, string>, iso: string, format: (iso: string) => string): string {
  let text = shown.get(iso);
  if (text === undefined) {
    text = format(iso);
    shown.set(iso, text);
  }
  return text;
}

/** "11 July 2017" from `2017-07-11`. */
export function formatDate(iso: string): string {
  return remembered(dates, iso, (day) => DATE.format(utc(day)));
}

/** "Tuesday 11 July 2017" from `2017-07-11`. */
export function formatLongDate(iso: string): string {
  return remembered(longDates, iso, (day) => LONG_DATE.format(utc(day)).replace(',', ''));
}

/** "7pm", "10:30am" from `19:00`, `10:30`. */
export function formatTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const suffix = hours >= 12 ? 'pm' : 'am';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minutes).padStart(2, '0')}${suffix}`;
}
