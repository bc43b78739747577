/**
 * A numbered heading whose title the page wrapped: "3.   APPLICATION TO VARY A PREMISES LICENCE – THE CROWN & ANCHOR,"
 * over "     41 NORTHGATE STREET, LONDON N99 2CX", the second line set at the title's own column, as a text export
 * prints a long title under itself. The title is one, so its lines are joined before the items are sliced; read
 * apart, the second line would open the item's minutes (or, as here, pass for an item "41" of its own).
 */
import { OUTCOME_MARK } from './decision-markers.ts';
import { candidateAt } from './numbering.ts';
import { titleRunsOn } from './runs-on.ts';

/** Printed in capitals: no lower-case letter, and three capitals in a row (a heading, not a figure or a code). */
const inCapitals = (text: string): boolean => !/\p{Ll}/u.test(text) && /\p{Lu}{3}/u.test(text);

/** Where the line's first text begins, in characters, tabs taken as they stand. */
const indentOf = (line: string): number => /^[ \t]*/.exec(line)?.[0].length ?? 0;

/**
 * True when `next` hangs under the title as its wrapped end though the title's line ends whole ("… FOR BUS ROUTES" over
 * "      41, 41A AND 57"): it ends on no stop, and the item's text starts straight under it, left of the title's column
 * (at the number's or the margin), so the indented line is the heading's, not the first line of its text.
 */
function hangsUnder(next: string, after: string, column: number): boolean {
  return !/[.:;]$/.test(next.trim()) && after.trim() !== '' && indentOf(after) < column;
}

/**
 * A reference in brackets alone on its line, "(REF: LRB 25-009)": printed under a title that ends whole, it is the
 * title's last words, as the same reference is when the title wraps before it ("… BALLOCHROY (REF: LRB 25-007)").
 */
const BRACKETED_REFERENCE = /^\([^()]{0,40}\d[^()]{0,40}\)$/;

/**
 * A line that closes a bracket and opens none before it, with nothing after but the pages: "   paragraph 6)" under
 * "… Coldharbour Lane (exempt –", "publication - para 3) (Pages 4 - 9)".
 */
const CLOSES_BRACKET = /^[^()]{1,60}\)(?:\s*\(\s*pages?\b[^()]*\))?$/i;

/** True when the title leaves a bracket open ("… (exempt –") and `next` closes it: the bracket's words are the title's, in any case. */
function closesOpenBracket(title: string, next: string): boolean {
  const open = (title.match(/\(/g) ?? []).length - (title.match(/\)/g) ?? []).length;
  return open > 0 && CLOSES_BRACKET.test(next.trim());
}

/**
 * The title's second line, when `next` continues the numbered heading `line`: it closes a bracket the title leaves open
 * (closesOpenBracket); or the title runs on at its end (or `next`
 * hangs under it over the item's text, `hangsUnder`, or is a reference in brackets, BRACKETED_REFERENCE), both are in
 * capitals (`next` may be figures alone), and `next` starts at the column where the title starts (under the title, not
 * under the number). Null otherwise.
 */
function wrappedPart(line: string, next: string, after: string, at: number): string | null {
  const title = candidateAt(line, at)?.title?.trimEnd();
  if (!title) return null;
  const column = line.indexOf(title);
  const text = next.trim();
  // "(exempt –" over "paragraph 6)": a bracket left open is carried on whatever the case or column of its end.
  if (closesOpenBracket(title, text)) return text;
  if (!inCapitals(title)) return wrappedInMixedCase(title, next, column);
  // The rest of a title in capitals has no lower-case letter, though it may be only figures ("2031/32").
  if (text === '' || /\p{Ll}/u.test(text) || OUTCOME_MARK.test(text) || indentOf(next) !== column) return null;
  return titleRunsOn(title) || hangsUnder(next, after, column) || BRACKETED_REFERENCE.test(text) ? text : null;
}

/**
 * "DC.18  URGENT ITEM - 25/00233/TPO - Tree Preservation Order 7/2025," over "       The Old Rectory, Church Walk": a title
 * in sentence or title case, wrapped at its own column, continued by the next line only when it ends where no title ends
 * (titleRunsOn), since the text under such a heading may be set at the title's column too. The next line starts like a
 * title's words (a capital or a figure), is no sentence (no stop at its end) and no decision. Null otherwise.
 */
function wrappedInMixedCase(title: string, next: string, column: number): string | null {
  const text = next.trim();
  if (!titleRunsOn(title) || indentOf(next) !== column || !/^[\p{Lu}\d]/u.test(text)) return null;
  return /[.:;!?]$/.test(text) || OUTCOME_MARK.test(text) ? null : text;
}

/**
 * The lines with each wrapped heading's title joined on its number's line, the line it came from left blank (so every
 * line keeps its place). A title wrapped over more than two lines is joined line by line.
 */
export function joinWrappedTitles(lines: readonly string[]): string[] {
  const joined = [...lines];
  for (let at = 0; at < joined.length; at += 1) {
    for (let next = at + 1; next < joined.length; next += 1) {
      const part = wrappedPart(joined[at] ?? '', joined[next] ?? '', joined[next + 1] ?? '', at);
      if (part === null) break;
      joined[at] = `${(joined[at] ?? '').trimEnd()} ${part}`;
      joined[next] = '';
    }
  }
  return joined;
}
