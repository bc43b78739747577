/**
 * A page's number printed with the meeting's short code and date, as Northern Irish councils' minute books print them:
 * "412" at a page's foot over "MC 25.02.2025" at the next page's top, or "19 P&R 03/04/2025" on one line. Furniture
 * because of what the code's date is (the meeting's) or how often it is printed, never by its shape alone: a line of an
 * item's text may cite another meeting by its code and date.
 */
import { findDates } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';
import { nearestFilled } from './nearest-line.ts';

/**
 * "MC 25.02.2025", "412 MC 25.02.2025", "P&R 03/04/2025 19": a short code in capitals and a date in figures with its
 * year, a page's number before or after them. Groups: the number before, the code, the date, the number after.
 */
const CODE_AND_DATE = /^(?:(\d{1,4})\s+)?([A-Z][A-Z&]{0,7})\s+(\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4}))(?:\s+(\d{1,4}))?$/;
/** A number alone on its line: the page's number at the foot of the page before. */
const BARE_NUMBER = /^\d{1,4}$/;

/** A code line read: the code and date it prints (the same on every page), and the index of its page number's own line. */
interface CodeLine {
  key: string;
  iso: string;
  numbered: boolean;
  numberLine: number | null;
}

function readCodeLine(texts: readonly string[], index: number): CodeLine | null {
  const match = CODE_AND_DATE.exec(texts[index] ?? '');
  const [date] = findDates(match?.[3] ?? '');
  if (!match || date === undefined || !date.yearStated) return null;
  // Only the number above: a page's foot stands over the next page's header; a number under it is the first item's.
  const above = nearestFilled(texts, index - 1, -1);
  const numberLine = above !== -1 && BARE_NUMBER.test(texts[above] ?? '') ? above : null;
  const inLine = match[1] !== undefined || match[4] !== undefined;
  return { key: `${match[2]} ${match[3]}`, iso: date.iso, numbered: inLine || numberLine !== null, numberLine };
}

/** The meeting's date as the record states it first (its title block): the first date with its year on a line that is no code line. */
function statedDate(texts: readonly string[]): string | null {
  for (const text of texts) {
    if (CODE_AND_DATE.test(text)) continue;
    const date = findDates(text).find((found) => found.yearStated);
    if (date !== undefined) return date.iso;
  }
  return null;
}

/**
 * The lines of a page's number with the meeting's code and date, to blank: every line printing a code and date that
 * one page prints with its number (beside it, or alone on the line above), when the date is the one the record states
 * first (the meeting's) or the code is printed on two lines or more (a running header). A code and date never printed
 * with a number, or printed once with another day's date, is text.
 */
export function pageCodeLines(lines: readonly string[]): Set<number> {
  const texts = lines.map(squash);
  const read = texts.map((_text, index) => readCodeLine(texts, index));
  const meeting = statedDate(texts);
  const byKey = new Map<string, { at: number; line: CodeLine }[]>();
  read.forEach((line, at) => {
    if (line !== null) byKey.set(line.key, [...(byKey.get(line.key) ?? []), { at, line }]);
  });
  const found = new Set<number>();
  for (const printed of byKey.values()) {
    const furniture = printed.some(({ line }) => line.numbered) && (printed.length >= 2 || printed[0]?.line.iso === meeting);
    if (!furniture) continue;
    for (const { at, line } of printed) {
      found.add(at);
      if (line.numberLine !== null) found.add(line.numberLine);
    }
  }
  return found;
}
