/**
 * A numbered heading whose title the page wrapped: "3.   APPLICATION TO VARY A PREMISES LICENCE – THE CROWN & ANCHOR,"
 * over "     41 NORTHGATE STREET, LONDON N99 2CX", the second line set at the title's own column, as a text export
 * prints a long title under itself. The title is one, so its lines are joined before the items are sliced; read
 * apart, the second line would open the item's minutes (or, as here, pass for an item "41" of its own).
 */
import { OUTCOME_MARK } from './decision-markers.ts';
import { endsOnPages } from './item-text.ts';
import { candidateAt } from './numbering.ts';
import { SMALL_WORDS, titleRunsOn } from './runs-on.ts';
import { cutByWidth, pageWidth } from './page-width.ts';
import { resolutionPointLines } from './resolution-points.ts';

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

/** Words a minute's first sentence opens with ("The Committee …", "Members visited …", "It was …"), never a title's last line. */
const SENTENCE_OPENING = /^(?:The|This|These|That|It|He|She|They|There|We|Members?|Councillors?|Cllrs?|Officers?)\s/;

/**
 * True when `text` reads as a sentence of the minutes, not a title's end: it ends on a stop, records a decision
 * ("AGREED"), or opens like a sentence with a word in lower case after it that no title leaves so ("The Committee agreed
 * to defer", but not "The Old Rectory, Church Walk").
 */
function readsAsSentence(text: string): boolean {
  if (/[.:;!?]$/.test(text) || OUTCOME_MARK.test(text)) return true;
  const small: readonly string[] = SMALL_WORDS;
  return SENTENCE_OPENING.test(text) && text.split(/\s+/).some((word) => /^\p{Ll}{2,}$/u.test(word) && !small.includes(word));
}

/**
 * True when the line opens a numbered heading of its own: a number with a title ("10. MINUTES") or a number alone
 * ("11."), but not a year or a code read as a number with no title ("2021", "ACT 2019"), which end a title.
 */
function opensHeading(line: string): boolean {
  const heading = candidateAt(line, 0);
  return heading !== null && (heading.title !== null || /^\d{1,3}\W?$/.test(line.trim()));
}

/**
 * True when `after`, straight under a title's flush last line with no blank between, is the minute's first line, not more of
 * the title: a line with a word in lower case under a title in capitals ("STANDARD CONDITIONS FOR DRIVERS" over "The
 * Committee considered …"), or a sentence (readsAsSentence) under one in sentence case ("Licences and Permits" over
 * "Members considered the draft statement.").
 */
const minuteUnder = (title: string, after: string): boolean => (inCapitals(title) ? /\p{Ll}/u.test(after) : readsAsSentence(after));

/**
 * The title's last line, when `next` stands over a blank line (`after`), or in a flush layout over the minute's first
 * line (minuteUnder), and the page's width cut the title's line
 * (`previous`, as printed) before it, or that line runs on (titleRunsOn; "… reception building," over "lands at …",
 * in lower case as a sentence-case title goes on): set at the title's column, or, in a flush layout, at the number's and no longer
 * than half the page; in the title's case (no lower-case letter under a title in capitals, some under one that is not),
 * no sentence (readsAsSentence) and no numbered heading of its own. Null otherwise. "P13/25 LA09/… - Change of use of
 * agricultural shed to dog grooming" over "business, 27 Tullyree Road, Kilcoo" ends there, though no comma ends its line.
 */
function lastLineOverBlank(title: string, line: string, next: WrapLines, width: number): string | null {
  const text = next.text.trim();
  const ended = cutByWidth(next.previous, text, width) || titleRunsOn(next.previous.trimEnd());
  // "… Budget Monitoring   13 - 28" over "Report of the Director": the pages printed after the title end it.
  if (text === '' || !ended || endsOnPages(next.previous.trimEnd())) return null;
  const column = line.indexOf(title);
  const flush = indentOf(next.text) === indentOf(line) && indentOf(line) < column && text.length <= width / 2;
  if (next.after.trim() !== '' && !(flush && minuteUnder(title, next.after.trim()))) return null;
  if ((indentOf(next.text) !== column && !flush) || opensHeading(next.text)) return null;
  if (inCapitals(title) === /\p{Ll}/u.test(text)) return null;
  return readsAsSentence(text) ? null : text;
}

/** The line that may carry a title on, the line after it, and the line before it as printed, for wrappedPart. */
interface WrapLines {
  text: string;
  after: string;
  previous: string;
}

/**
 * The title's second line, when `next` continues the numbered heading `line`: it closes a bracket the title leaves open
 * (closesOpenBracket); or the title runs on at its end (or `next`
 * hangs under it over the item's text, `hangsUnder`, or is a reference in brackets, BRACKETED_REFERENCE), both are in
 * capitals (`next` may be figures alone), and `next` starts at the column where the title starts (under the title, not
 * under the number). Null otherwise.
 */
function wrappedPart(line: string, lines: WrapLines, at: number, width: number): string | null {
  const title = candidateAt(line, at)?.title?.trimEnd();
  if (!title) return null;
  const column = line.indexOf(title);
  const { text: next, after } = lines;
  const text = next.trim();
  // "(exempt –" over "paragraph 6)": a bracket left open is carried on whatever the case or column of its end.
  if (closesOpenBracket(title, text)) return text;
  const over = lastLineOverBlank(title, line, lines, width);
  if (over !== null) return over;
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

/** The most lines a title's wrapped run may hold under its number's line before the blank that ends it. */
const MOST_WRAPPED_LINES = 4;

/**
 * The lines from `from` on that the page's width wrapped the title onto, when they end over a blank line: each set as
 * lastLineOverBlank reads a title's last line (at the title's column, cut by the width from the line above, in the
 * title's case, no sentence), so "… Variation of condition 4 to extend" over "the hours of … (Greenway" over "Recycling
 * Ltd)" and a blank is one title, however many lines the width made of it (`heading` the number's line, at `index`).
 * Null when the run ends otherwise.
 */
function linesOverBlank(heading: string, index: number, lines: readonly string[], from: number, width: number): string[] | null {
  const title = candidateAt(heading, index)?.title?.trimEnd();
  if (!title) return null;
  const parts: string[] = [];
  for (let at = from; at < from + MOST_WRAPPED_LINES && at < lines.length; at += 1) {
    // Each line is read as if a blank stood under it; only the last must have one.
    const around = { text: lines[at] ?? '', after: '', previous: lines[at - 1] ?? '' };
    // "… (Aggregate Holdings" over "Ltd)": a bracket the run leaves open is closed on its last line, cut or not.
    const closing = closesOpenBracket([title, ...parts].join(' '), around.text.trim()) ? around.text.trim() : null;
    const part = closing ?? lastLineOverBlank(title, heading, around, width);
    if (part === null) return null;
    parts.push(part);
    if ((lines[at + 1] ?? '').trim() === '') return parts.length > 1 ? parts : null;
  }
  return null;
}

/**
 * The lines with each wrapped heading's title joined on its number's line, the line it came from left blank (so every
 * line keeps its place). A title wrapped over more than two lines is joined line by line, or as the run of lines the
 * page's width cut up to the blank line under it (linesOverBlank).
 */
export function joinWrappedTitles(lines: readonly string[]): string[] {
  const joined = [...lines];
  const width = pageWidth(lines);
  // A resolution's numbered point is no heading: its wrapped lines stay its own (resolution-points.ts).
  const points = resolutionPointLines(lines);
  for (let at = 0; at < joined.length; at += 1) {
    if (points.has(at)) continue;
    for (let next = at + 1; next < joined.length; next += 1) {
      const around = { text: joined[next] ?? '', after: joined[next + 1] ?? '', previous: lines[next - 1] ?? '' };
      const part = wrappedPart(joined[at] ?? '', around, at, width);
      const run = part === null ? linesOverBlank(joined[at] ?? '', at, lines, next, width) : [part];
      if (run === null) break;
      joined[at] = [(joined[at] ?? '').trimEnd(), ...run].join(' ');
      run.forEach((_, step) => (joined[next + step] = ''));
      next += run.length - 1;
    }
  }
  return joined;
}
