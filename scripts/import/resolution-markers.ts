/**
 * The marker that opens a resolution block in minutes: a deciding word in capitals ("RESOLVED:", "It was AGREED that …")
 * or titled as a label ("Resolved:", "Resolved That …", "Noted:"). Apart from the block's lines (resolution-block-lines.ts)
 * as the item, reasons and decision readers ask of a line only whether it opens one.
 */
import { LIST_COLON } from './list-marks.ts';
import { DECIDING_WORDS, NOTING_WORDS, oneOf, oneOfTitled } from './reader/decision-words.ts';

/** "RESOLVED:", "It was therefore AGREED that …": a deciding word in capitals opening the line, what it decided in group 2. */
export const UPPER_START = new RegExp(String.raw`^\s*(?:It\s+was\s+(?:therefore\s+)?)?(${oneOf(DECIDING_WORDS)})\b[\s:.,\-–—]*(.*)$`);
/**
 * "Resolved:", "Resolved -", and "Resolved:-" (the colon and dash some councils print) as one mark; and "Resolved That …",
 * and "Resolved      In accordance with …", the word as a label in a column of its own before what was resolved (a gap of
 * spaces, or one space before "That"), as Northern Ireland councils print it. "Noted:" with its colon is such a label too,
 * a decision beside "Agreed:" in Northern Irish minutes ("Noted: The Committee noted that …"); "Noted that …" is prose.
 */
export const TITLE_START = new RegExp(
  String.raw`^\s*(?:It\s+was\s+)?(${oneOfTitled(DECIDING_WORDS)}|${oneOfTitled(NOTING_WORDS)}(?=\s*:))(?:\s*(?:${LIST_COLON}|[\-–—])| {2,}(?=[A-Z])|\s+(?=THAT\b|That\b))\s*(.*)$`,
);
/** A noting word as TITLE_START reads it, a label with its colon ("Noted:"). */
export const NOTING_LABEL = new RegExp(String.raw`^${oneOfTitled(NOTING_WORDS)}$`);

/** True when a line opens a resolution block. */
export function isResolutionStart(line: string): boolean {
  return UPPER_START.test(line) || TITLE_START.test(line);
}
