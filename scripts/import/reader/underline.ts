/**
 * Underlines: a heading typed over a row of dashes or equals signs ("STAFFING" over "--------", a town council's
 * title over "=========="), as minutes typed on a typewriter or in plain text mark their headings. The row marks the
 * line above as a heading, and is never text of its own.
 */
import { squash } from '../text.ts';

/** A row of three dashes or equals signs or more, and nothing else. */
const RULE = /^(?:-{3,}|={3,})$/;

/** True when the line at `at` is a rule under a filled line about as long as itself: that line's underline. */
export function isUnderline(lines: readonly string[], at: number): boolean {
  const rule = (lines[at] ?? '').trim();
  const above = squash(lines[at - 1] ?? '');
  if (!RULE.test(rule) || above === '' || RULE.test(above)) return false;
  // A heading's underline runs about its length; a rule across the page under a line of prose does not.
  return rule.length * 2 >= above.length && rule.length <= above.length * 2 + 2;
}

/** True when the line at `at` has an underline under it. */
export const isUnderlined = (lines: readonly string[], at: number): boolean => isUnderline(lines, at + 1);
