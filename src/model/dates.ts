/**
 * Dates as councils write them ("Tuesday, 11th July, 2017", "1 February 2017",
 * "15/01/2015") to ISO `YYYY-MM-DD`. Date-only, UTC: no time zone is ever involved.
 */
import { WELSH_MERIDIEM, welshIsMorning } from './welsh-words.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Welsh months, as Welsh-language and bilingual records write dates ("20 Medi 2024"). */
const WELSH_MONTHS = [
  'ionawr',
  'chwefror',
  'mawrth',
  'ebrill',
  'mai',
  'mehefin',
  'gorffennaf',
  'awst',
  'medi',
  'hydref',
  'tachwedd',
  'rhagfyr',
];

/** A month's name, in full or cut short, English or Welsh, in one group. */
export const MONTH_PATTERN =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)';

/** Matches "11th July, 2017", "1 February 2017", "Tuesday 11 July 2017". */
export const WRITTEN_DATE = new RegExp(
  `(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_PATTERN},?\\s+(\\d{4})`,
  'i',
);

/** Matches "15/01/2015" or "15.01.15". */
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\b/;

/** Builds an ISO date, or null when the parts are not a real calendar date. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/** ISO date from the day, month word and year groups of WRITTEN_DATE; null when not a real date. */
export function isoFromMatch(day: string, month: string, year: string): string | null {
  return isoFromParts(Number(year), monthNumber(month), Number(day));
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const welsh = WELSH_MONTHS.indexOf(lower);
  return welsh !== -1 ? welsh + 1 : MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1;
}

/** A day and a month, and the year when one is printed: a date as a register's column heading gives it. */
export interface DayAndMonth {
  day: number;
  month: number;
  year: number | null;
}

/** "12 Jan", "9th March", "11 May 2026": a day and a month word, a year after them or none, and nothing else. */
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}\\.?(?:,?\\s+(\\d{4}))?$`, 'i');
/** "09/03/26", "14.1": a day and a month in figures (UK day-first), a year after them or none, and nothing else. */
const DAY_MONTH_FIGURES = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?$/;

/**
 * The day and month of a text that is a date alone ("12 Jan", "09/03/26"), with its year when printed (a two-figure
 * year is this century's); null when the text is anything else or no real day of the year (a day of a year not printed
 * is checked against a leap year, so "29 Feb" is one).
 */
export function dayAndMonth(text: string): DayAndMonth | null {
  const trimmed = text.trim();
  const written = DAY_MONTH.exec(trimmed);
  const figures = written ? null : DAY_MONTH_FIGURES.exec(trimmed);
  const parts = written
    ? { day: written[1], month: monthNumber(written[2] ?? ''), year: written[3] }
    : figures
      ? { day: figures[1], month: Number(figures[2]), year: figures[3] }
      : null;
  if (parts === null) return null;
  const year = parts.year === undefined ? null : Number(parts.year) + (Number(parts.year) < 100 ? 2000 : 0);
  const day = Number(parts.day);
  return isoFromParts(year ?? 2024, parts.month, day) === null ? null : { day, month: parts.month, year };
}

/** The first written date in the text, as ISO; null when there is none. */
export function parseWrittenDate(text: string): string | null {
  const match = WRITTEN_DATE.exec(text);
  if (!match) return null;
  return isoFromParts(Number(match[3]), monthNumber(match[2] ?? ''), Number(match[1]));
}

/** A written or numeric (UK day-first) date, as ISO; null when there is none. */
export function parseDate(text: string): string | null {
  const written = parseWrittenDate(text);
  if (written) return written;
  const match = NUMERIC_DATE.exec(text);
  if (!match) return null;
  let year = Number(match[3]);
  if (year < 100) year += 2000;
  return isoFromParts(year, Number(match[2]), Number(match[1]));
}

/** All written dates in the text with their positions. */
export function findWrittenDates(text: string): { iso: string; index: number; text: string }[] {
  const found: { iso: string; index: number; text: string }[] = [];
  const pattern = new RegExp(WRITTEN_DATE.source, 'gi');
  for (const match of text.matchAll(pattern)) {
    const iso = isoFromParts(Number(match[3]), monthNumber(match[2] ?? ''), Number(match[1]));
    if (iso) found.push({ iso, index: match.index, text: match[0] });
  }
  return found;
}

/** A clock time with its Welsh am or pm: group 1 the time, group 2 the Welsh letters. */
const WELSH_CLOCK = new RegExp(String.raw`\b(\d{1,2}(?:[.:]\d{2})?)\s*(${WELSH_MERIDIEM})`, 'gi');

/** "10.00 y.b." as "10.00 am", "8.35yh" as "8.35 pm": a Welsh time in the English words parseClockTime reads. */
const englishMeridiem = (text: string): string =>
  text.replace(WELSH_CLOCK, (_, clock: string, welsh: string) => `${clock} ${welshIsMorning(welsh) ? 'a' : 'p'}m`);

/** "7.00 pm", "7pm", "10.30am", "19:00", Welsh "10.00 y.b." to `HH:MM`; null when not a time. */
export function parseClockTime(given: string): string | null {
  const text = englishMeridiem(given);
  const match =
    /\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s*m\b\.?/i.exec(text) ??
    /\b(\d{1,2})[.:](\d{2})\s*(?:hrs|hours)\b/i.exec(text) ??
    /\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours)\b/i.exec(text) ??
    /\b(\d{1,2}):(\d{2})\b/.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  const meridiem = match[3]?.toLowerCase();
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The next working day (Monday to Friday) after an ISO date. Bank holidays are not known. */
export function nextWorkingDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  do {
    date.setUTCDate(date.getUTCDate() + 1);
  } while (date.getUTCDay() === 0 || date.getUTCDay() === 6);
  return date.toISOString().slice(0, 10);
}

/**
 * A time of day as records print it, for finding one in a line: "7.30pm", "7 p.m.", "19:30",
 * "19.30 hrs", "1930 hours". parseClockTime reads what it finds.
 */
export const CLOCK_TIME = String.raw`\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s*m\b\.?|\d{1,2}(?:[.:]\d{2})?\s*${WELSH_MERIDIEM}|\d{1,2}[.:]\d{2}\s*(?:hrs|hours)\b\.?|(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs|hours)\b\.?|\d{1,2}:\d{2}`;

const SHORT_MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';

/** All "13-Sep-12" / "13 Sep 2012" style dates in a cell (trackers), as ISO, in order. */
export function parseShortDates(text: string): string[] {
  const pattern = new RegExp(`\\b(\\d{1,2})[-\\s]${SHORT_MONTH}[-\\s](\\d{4}|\\d{2})\\b`, 'gi');
  const dates: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const year = Number(match[3]) < 100 ? 2000 + Number(match[3]) : Number(match[3]);
    const iso = isoFromParts(year, monthNumber(match[2] ?? ''), Number(match[1]));
    if (iso) dates.push(iso);
  }
  return dates;
}

/** "Mar-15" or "March 2015" (a month, no day) to `YYYY-MM`; null otherwise. */
export function parseMonthYear(text: string): string | null {
  const match = new RegExp(`^\\s*${SHORT_MONTH}[-\\s,]+(\\d{4}|\\d{2})\\s*$`, 'i').exec(text);
  if (!match) return null;
  const year = Number(match[2]) < 100 ? 2000 + Number(match[2]) : Number(match[2]);
  const month = monthNumber(match[1] ?? '');
  return month > 0 ? `${year}-${String(month).padStart(2, '0')}` : null;
}

/** A date found in running text, with where it stands and whether its year was printed. */
export interface FoundDate {
  iso: string;
  index: number;
  text: string;
  /** False when the text gave day and month only and the year came from the record's context. */
  yearStated: boolean;
}

const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:s|nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
// English ordinals, and Welsh: "1af", "2il", "3ydd", "5ed", "7fed", "11eg".
const ORDINAL = '(?:\\s?(?:st|nd|rd|th|af|il|ydd|ed|fed|eg))?';
/** "25th April 2024", "2 nd July 2019", "24 SEPTEMBER 2009", "17th January" (year optional), "28 Mar 18". */
const DAY_FIRST = new RegExp(
  `\\b${WEEKDAY}(?:the\\s+)?(\\d{1,2})${ORDINAL}(?:\\s+day)?(?:\\s+of)?\\s+${MONTH_PATTERN}\\b\\.?(?:,?\\s+(\\d{4}|\\d{2}(?![\\d:.]))\\b)?`,
  'gi',
);
/** "June 5", "March 23rd, 2026". */
const MONTH_FIRST = new RegExp(`\\b${MONTH_PATTERN}\\s+(\\d{1,2})${ORDINAL}\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi');
/** "15/01/2015", "07/05/15", "15.01.15", "9-1-2023": UK day first. */
const NUMERIC_DATES = /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d./-])/g;
/** "2023-01-09": ISO, year first. */
const ISO_DATES = /(?<![\d./-])(\d{4})-(\d{2})-(\d{2})(?![\d./-])/g;

function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

/** The year that puts a day and month nearest the context date (a meeting in January cited in December is next year's). */
function nearestYear(month: number, day: number, context: string): number {
  const year = Number(context.slice(0, 4));
  const base = Date.parse(`${context}T00:00:00Z`);
  const candidates = [year - 1, year, year + 1].filter((y) => isoFromParts(y, month, day) !== null);
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day) - base);
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? year;
}

function found(
  list: FoundDate[],
  match: RegExpMatchArray,
  parts: { year: string | undefined; month: number; day: number },
  context: string | null,
) {
  const yearStated = parts.year !== undefined;
  if (!yearStated && !context) return;
  const year = parts.year !== undefined ? fullYear(parts.year) : nearestYear(parts.month, parts.day, context ?? '');
  const iso = isoFromParts(year, parts.month, parts.day);
  if (iso) list.push({ iso, index: match.index ?? 0, text: match[0], yearStated });
}

/**
 * Every date in running text, written ("Thursday, 25th April 2024", "2 nd July 2019", "June 5",
 * "the 9th day of January 2023") or numeric (dd/mm/yy, dd/mm/yyyy, d-m-yyyy, ISO yyyy-mm-dd). A date without a year takes the year that puts it nearest
 * `context` (the record's own date), and is skipped when there is no context: never invented.
 */
export function findDates(text: string, context: string | null = null): FoundDate[] {
  // Every pattern below needs a digit. Much of the minutes' text has none, and the three scans were
  // most of the time that linking meetings took in a profile of a large build.
  if (!/\d/.test(text)) return [];
  const list: FoundDate[] = [];
  const taken: [number, number][] = [];
  const overlaps = (match: RegExpMatchArray) =>
    taken.some(([from, to]) => (match.index ?? 0) < to && (match.index ?? 0) + match[0].length > from);
  const mark = (match: RegExpMatchArray) => taken.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  for (const match of text.matchAll(DAY_FIRST)) {
    found(list, match, { year: match[3], month: monthNumber(match[2] ?? ''), day: Number(match[1]) }, context);
    mark(match);
  }
  for (const match of text.matchAll(MONTH_FIRST)) {
    if (overlaps(match)) continue;
    found(list, match, { year: match[3], month: monthNumber(match[1] ?? ''), day: Number(match[2]) }, context);
    mark(match);
  }
  for (const match of text.matchAll(ISO_DATES)) {
    found(list, match, { year: match[1], month: Number(match[2]), day: Number(match[3]) }, context);
    mark(match);
  }
  for (const match of text.matchAll(NUMERIC_DATES)) {
    if (overlaps(match)) continue;
    found(list, match, { year: match[4], month: Number(match[3]), day: Number(match[1]) }, context);
  }
  return list.sort((a, b) => a.index - b.index);
}

/**
 * A strict ISO calendar date: exactly `YYYY-MM-DD` naming a day that exists (leap years, month
 * lengths), years 1000 to 9999, returned unchanged; null otherwise (`2015-02-29`, `2099-13-45`, a
 * timestamp, `2017-7-1`). One rule for every place a date enters the archive: the importer's
 * header and flags, and the schema that content files and `npm run check` go through (calendar.ts).
 */
export function checkIsoDate(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match || Number(match[1]) < 1000) return null;
  return isoFromParts(Number(match[1]), Number(match[2]), Number(match[3])) === text ? text : null;
}

/**
 * A strict 24-hour clock time `HH:MM` (00:00 to 23:59), returned unchanged; null otherwise
 * (`99:99`, `24:00`, `7:00`). The time counterpart of checkIsoDate, for the same callers.
 */
export function checkClockTime(text: string): string | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? text : null;
}
