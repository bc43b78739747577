/**
 * The stamp a council prints at the top of a paper it puts before a later meeting: "Item 153b" over "28 Mar 18"
 * (a town council's minutes sent on to its Council), "Agenda Item 7" beside the date of the meeting whose
 * agenda holds it. The date is that later meeting's, so it is a reference to it, never the record's own date
 * (header-date.ts's date scores weigh a stamp's date below the title block's).
 */
import type { MeetingReference } from '../../../src/model/schema.ts';
import { findDates } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';

/** "Item 153b", "Agenda Item 7", "Agenda item no. 12": the stamp's item line, and nothing else on it. */
const STAMP_ITEM = /^(?:agenda\s+)?item\s+(?:no\.?\s*)?\d{1,3}[a-z]?$/i;

/** The lines the stamp may stand in: the first few printed, before the title block begins. */
const TOP_LINES = 3;

export interface PackStamp {
  /** ISO date of the meeting the paper went before. */
  date: string;
  /** The stamp as printed, its lines joined ("Item 153b, 28 Mar 18"). */
  text: string;
}

/** A line that is one date, with a year, and nothing else ("28 Mar 18", "7 July 2025"). */
function onlyDate(line: string): string | null {
  const [found, ...more] = findDates(line);
  if (found === undefined || more.length > 0 || !found.yearStated) return null;
  return squash(line.replace(found.text, '')) === '' ? found.iso : null;
}

/** The stamp at the top of a record: an item line with a date-only line next to it (above or below); null when there is none. */
export function packStamp(lines: string[]): PackStamp | null {
  const top = lines
    .map(squash)
    .filter((line) => line !== '')
    .slice(0, TOP_LINES);
  for (const [index, line] of top.entries()) {
    if (!STAMP_ITEM.test(line)) continue;
    for (const other of [top[index + 1], top[index - 1]]) {
      const date = other === undefined ? null : onlyDate(other);
      if (date !== null) return { date, text: other === top[index + 1] ? `${line}, ${other}` : `${other}, ${line}` };
    }
  }
  return null;
}

/** The stamp as a reference to the meeting it names, with no agenda item; none when there is no stamp or it names the record's own date. */
export function stampReference(lines: string[], own: string | null): MeetingReference[] {
  const stamp = packStamp(lines);
  return stamp === null || stamp.date === own ? [] : [{ date: stamp.date, text: stamp.text, item: null }];
}
