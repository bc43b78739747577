/**
 * English dates as minutes write them ("1 February 2017", "Tuesday, 11th July, 2017",
 * "14 Sept 2018") turned into ISO `YYYY-MM-DD`. Impossible dates give null, never a guess.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Source of a regular expression for such a date; groups: day, month word, year. */
export const ENGLISH_DATE_SOURCE =
  String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+` +
  String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|` +
  String.raw`Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?,?\s+(\d{4})\b`;

/** ISO date from the day, month word and year as matched by ENGLISH_DATE_SOURCE. */
export function isoFromParts(day: string, month: string, year: string): string | null {
  const monthNumber = MONTHS[month.slice(0, month.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
  const dayNumber = Number(day);
  const yearNumber = Number(year);
  if (monthNumber === undefined || dayNumber < 1) return null;
  // Date.UTC rolls 31 February over into March: a date that rolls over does not exist.
  const date = new Date(Date.UTC(yearNumber, monthNumber - 1, dayNumber));
  if (date.getUTCMonth() !== monthNumber - 1 || date.getUTCDate() !== dayNumber) return null;
  return date.toISOString().slice(0, 10);
}
