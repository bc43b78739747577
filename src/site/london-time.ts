/**
 * Meeting times as the records give them are clock times in the UK: Europe/London, which is
 * GMT in winter and BST (UTC+1) in summer. Feeds, calendars and structured data need the instant.
 */
import { rememberedByKey } from '../model/remembered.ts';

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes London is ahead of UTC at an instant (0 in GMT, 60 in BST). */
export function londonOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(LONDON.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
    Number(parts['second']),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant of a London wall-clock time: `londonInstant('2017-07-11', '19:00')` is 18:00Z (BST),
 * `londonInstant('2015-01-15', '10:00')` is 10:00Z (GMT). Without a time, midnight London.
 */
export function londonInstant(date: string, time: string | null = null): Date {
  return new Date(instantAt(`${date}T${time ?? ''}`));
}

/**
 * Instants already worked out, by date and time: each meeting's is asked for by its page and by three
 * calendars, and Intl's formatToParts, twice for each, was nearly half the calendars' work in a profile
 * of a 10,000-meeting build. It holds as many as the archive has dates and times.
 */
const instantAt = rememberedByKey((key) => {
  const [date = '', time = ''] = key.split('T');
  return instantOf(date, time === '' ? null : time);
});

/** The wall-clock time read as if it were UTC. */
function wallClock(date: string, time: string | null): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = (time ?? '00:00').split(':').map(Number);
  return Date.UTC(year, month - 1, day, hour, minute);
}

function instantOf(date: string, time: string | null): number {
  const wall = wallClock(date, time);
  // The offset at the guess, then again at the result: right on either side of a clock change.
  let instant = wall - londonOffsetMinutes(wall) * 60_000;
  instant = wall - londonOffsetMinutes(instant) * 60_000;
  return instant;
}

/**
 * ISO 8601 with London's offset, as schema.org wants: `2017-07-11T19:00:00+01:00`. The offset is
 * how far the wall clock stands from its (remembered) instant: no Intl call for every meeting page.
 */
export function londonIso(date: string, time: string): string {
  const offset = Math.round((wallClock(date, time) - londonInstant(date, time).getTime()) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${date}T${time}:00${zone}`;
}
