/**
 * A line no list reads between the names of a list ("Ward 3 - seat vacant", "Two co-opted places unfilled"), as a
 * clerk notes a seat among its holders: the list reads on past it to the names below, and the line is warned of by its
 * words, never dropped with the names after it. Apart from attendance-block.ts, which reads the lines of a list.
 */
import { squash } from './attendance-piece.ts';
import { readPieces } from './attendance-person.ts';

/** At most so many words: a note on a list's line, never a paragraph of prose. */
const NOTE_WORDS = 8;

/**
 * A note in words: a word in small letters ("seat vacant", "places unfilled"), no colon at its end. A line of capitalised
 * words alone ("County Councillors", "Harrowby Borough Council", "Healthwatch Eastmere:") is a label over the names
 * under it, whose own readers (attendance-groups.ts, attendance-bodies.ts) tell what it heads, or leave it unread.
 */
const IN_WORDS = /(?:^|\s)\p{Ll}[^:]*$/u;

/**
 * True when the line at `at` is a short note in words straight under a line of names (`namesAbove`, no blank line
 * between) and straight over one (each piece a person named), which no heading, item or other end of the list
 * (`ends`) is. A sentence ended by its full stop is prose, after which the list has ended.
 */
export function oddLineAmidNames(lines: readonly string[], at: number, namesAbove: boolean, ends: (text: string) => boolean): boolean {
  const text = squash(lines[at] ?? '');
  const next = squash(lines[at + 1] ?? '');
  if (!namesAbove || next === '' || ends(next) || !IN_WORDS.test(text)) return false;
  if (/[.!?]$/.test(text) || text.split(' ').length > NOTE_WORDS) return false;
  const pieces = readPieces(next);
  return pieces.length > 0 && pieces.every((piece) => piece.kind === 'person' && piece.name !== '');
}

/** The warning for a line read past among the names under a heading (oddLineAmidNames). */
export const oddLineWarning = (heading: string, line: string): string =>
  `the line "${line}" among the names under "${heading}" was not read as anyone's: the names after it are read, the line itself is in no list`;
