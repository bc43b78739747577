/**
 * "Members appointed by the Marine Management Organisation:", "Statutory appointees:": a label of its own line over a
 * group of a roster's rows, saying how the members under it came to sit; no one's name and no list of its own (the
 * members under it are the heading's). Apart from the roster's columns (attendance-columns.ts), which are long.
 */
import { TITLED_NAME } from '../../../src/model/honorifics.ts';
import { squash } from './attendance-piece.ts';

/** Words of a group's label, a capital first, and its colon: no figure, no bracket but a last note, no second colon. */
const GROUP_LABEL_LINE = /^\p{Lu}[\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){0,8}(?:\s*\([^()]*\))?\s*:$/u;

/**
 * True for a label over a group of a roster's rows, alone on its line with its colon ("Statutory appointees:"), no titled
 * name. The caller reads a known list's label (groupOf, headingOf) first: this is only what no list's label is.
 */
export function isGroupLabel(text: string): boolean {
  const line = squash(text);
  return GROUP_LABEL_LINE.test(line) && !TITLED_NAME.test(line);
}
