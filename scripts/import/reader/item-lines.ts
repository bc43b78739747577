/**
 * What a line among a meeting's items is, as the readers of numbered and unnumbered items both ask: a list point's mark,
 * a sentence's end, a heading in capitals, a numbered line of prose (a Scottish minute's opening, a decision), the next
 * filled line. Apart from items.ts because every reader of where items start leans on them.
 */
import { squash } from '../text.ts';
import { OUTCOME_MARK } from './decision-markers.ts';
import { CIRCULATED } from './decision-subject.ts';
import { BULLET_MARK } from '../list-marks.ts';
import { PART_HEADING } from './exempt-headings.ts';

/** A list entry's mark at a line's start: "3.", "(b)", "iv)", or a bullet (list-marks.ts). */
export const LIST_MARK = new RegExp(String.raw`^(?:\(?[0-9]{1,2}[a-z]?[.)]|\(?[a-z]{1,3}[.)]|\([ivx]+\)|${BULLET_MARK})(?:\s|$)`, 'i');

/** The first filled line at or after `from` (before `to`); -1 when none. */
export function nextFilled(lines: readonly string[], from: number, to: number): number {
  for (let index = from; index < to; index += 1) if ((lines[index] ?? '').trim() !== '') return index;
  return -1;
}

/** The last filled line before `at`; -1 when none. */
export function previousFilled(lines: readonly string[], at: number): number {
  for (let index = at - 1; index >= 0; index -= 1) if ((lines[index] ?? '').trim() !== '') return index;
  return -1;
}

/** "There were presented …", "With reference to the minutes of …": the openings of a Scottish minute that name no paper circulated. */
const OTHER_OPENING = /^(?:There\s+(?:was|were)\s+(?:presented|considered)|With\s+reference\s+to)\b/;

/**
 * How a Scottish minute opens under its heading: the paper before the meeting, "There was submitted a report by …",
 * "There had been circulated …" (decisions.ts's pattern, which reads the decision after it), or another opening.
 */
export const opensMinute = (text: string): boolean => CIRCULATED.test(text) || OTHER_OPENING.test(text);

/** "2. Apologies were submitted on behalf of …", "5. RESOLVED:-": a number whose line is a sentence or a decision, not a title. */
export function readsAsProse(text: string): boolean {
  // "There was submitted a report by the Executive Director … advising": a Scottish minute's sentence, wrapped before its stop.
  return OUTCOME_MARK.test(text) || (/\.$/.test(text) && text.split(/\s+/).length >= 6) || opensMinute(text);
}

/** A line in capitals, short, with no stop or colon at its end: what either kind of heading below starts from. */
export function capitalsLine(line: string): string | null {
  const text = squash(line);
  return text.length <= 120 && text === text.toUpperCase() && !/[.:;,]$/.test(text) ? text : null;
}

/** A heading in capitals over a numbered paragraph: "APOLOGIES", "HOUSING STRATEGY 2022-2027". */
export function isHeadingAbove(line: string): boolean {
  const text = capitalsLine(line);
  return (
    text !== null &&
    /[A-Z]{4}/.test(text) &&
    !/[*\-–—]$/.test(text) &&
    !OUTCOME_MARK.test(text) &&
    !PART_HEADING.test(text) &&
    !LIST_MARK.test(text)
  );
}

/** A sentence's end, or a quotation's that ends one: `… centres."`, `… report.)`. */
export const SENTENCE_END = /[.?!:;]["'”’)]*$/;
