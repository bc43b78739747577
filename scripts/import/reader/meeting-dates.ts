/**
 * A meeting's date: the text's own first; else the source header or flag, said so in `dateNote`;
 * else null with a warning. And the context that gives a year to "25th March".
 */
import { isoFromParts } from '../../../src/model/dates.ts';
import type { SourceMeta } from '../records.ts';

/** Date, how sure, and how it was found. */
export interface MeetingDate {
  date: string | null;
  dateStatus: 'exact' | 'not-stated';
  dateNote: string | null;
  warnings: string[];
}

/** The text's date, else the header's or flag's (marked as not from the text). */
export function dateFields(stated: string | null, meta: SourceMeta): MeetingDate {
  if (stated) return { date: stated, dateStatus: 'exact', dateNote: null, warnings: [] };
  const [year, month, day] = (meta.date ?? '').split('-').map(Number);
  if (meta.date && isoFromParts(year ?? 0, month ?? 0, day ?? 0)) {
    return {
      date: meta.date,
      dateStatus: 'exact',
      dateNote: 'Given in the source header or on the command line, not in the record text.',
      warnings: [],
    };
  }
  return { date: null, dateStatus: 'not-stated', dateNote: null, warnings: [] };
}

/**
 * The date that gives a year to dates printed without one: the meeting's own, else the middle of
 * the year the text names most often ("end of April 2023"); null when the text names no year.
 */
export function contextDate(date: string | null, text: string): string | null {
  if (date) return date;
  const counts = new Map<string, number>();
  for (const match of text.matchAll(
    /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})\b/gi,
  )) {
    const year = match[1] ?? '';
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0];
  return top ? `${top[0]}-06-30` : null;
}
