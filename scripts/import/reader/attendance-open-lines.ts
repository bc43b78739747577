/**
 * A line of a list cut mid-entry at its end ("…; Head of Legal and" over "Democratic Services; P Strachan (…)", "…,
 * Team Leader -" over "Development Management (Ms R Kerr), …"), which alone reads as no list: read with the line under
 * it, as the two make one list (attendance-block.ts, where a line that is no list would end the list).
 */
import { isListLine } from './attendance-lists.ts';
import { squash } from './attendance-piece.ts';

/** A line's open end: "and", "&", "of", "for", "to", a comma, a semicolon or a dash, with words to come after it. */
const OPEN_END = /(?:\s(?:and|&|of|for|to)|[,;]|\s[-–—])$/i;

/**
 * The line `text` with `next` (the line under it, as printed) joined on, when `text` ends open and the two together
 * are a list; null otherwise (a blank line under it, or what follows is no list's).
 */
export function openLineJoined(text: string, next: string): string | null {
  const under = squash(next);
  if (!OPEN_END.test(text) || under === '') return null;
  const joined = `${text} ${under}`;
  return isListLine(joined) ? joined : null;
}
