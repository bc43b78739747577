/**
 * The marks that open an entry of a bulleted list, in one place for every reader: the minutes' Markdown,
 * resolutions, decisions, a report's recommendations and the PDF's lines all meet the same bullets,
 * since councils print them with whatever their word processor or PDF writer chose; and the labels that
 * number or letter a list's points ("(b)", "7.", "ii)"), with the order they come in.
 */

import { LOWER_NUMERAL, romanValue } from './roman-numerals.ts';

/** A bullet drawn as a glyph a font prints: "•", "·", "▪", "◦", "‣", "○", "●", "■", "∙". Regex source, one character. */
export const PRINTED_GLYPH_BULLET = String.raw`[·•▪◦‣○●■∙]`;

/**
 * The Symbol and Wingdings bullets a Word export keeps as private-use characters (U+F0B7, U+F0A7), which a
 * text file shows as they are (the PDF reader turns them into "•" itself). Regex source, one character.
 */
export const SYMBOL_FONT_BULLET = String.raw`[\uf0b7\uf0a7]`;

/** A glyph bullet of either kind, as regex source. */
export const GLYPH_BULLET = String.raw`(?:${PRINTED_GLYPH_BULLET}|${SYMBOL_FONT_BULLET})`;

/** A hyphen, an en dash or a star: a bullet only when a space follows it ("- Text", not "-5"). Regex source, one character. */
export const DASH_BULLET = String.raw`[\-–*]`;

/** Any bullet, as regex source. */
export const BULLET_MARK = String.raw`(?:${GLYPH_BULLET}|${DASH_BULLET})`;

/** A bullet a font prints, or a dash: any but Word's private-use ones. Regex source. */
export const PRINTED_BULLET_MARK = String.raw`(?:${PRINTED_GLYPH_BULLET}|${DASH_BULLET})`;

/**
 * "R1", "R2.", "Rec 1", "Recommendation 3:": a recommendation's own label, as scrutiny panels number the recommendations
 * they agree to make. A spelt-out one only before a colon, a stop or "That" ("Recommendation 2 above …" is a sentence).
 * The whole label in group 1 (with its stop or colon), its number in group 2; a space follows. Regex source.
 */
export const RECOMMENDATION_LABEL = String.raw`((?:R|(?:Rec\.?|Recommendation)\s?(?=\d{1,2}(?:[:.]|\s+(?:That|THAT)\b)))(\d{1,2})[.:]?)(?=\s)`;

/**
 * The colon that opens a list or leads into what is set out under it: ":", or ":-" / ":–" as older minute books and
 * typed Scottish minutes print it ("… grants be made as follows:-"). One pattern, so every reader that asks whether a
 * line leads on reads the two alike. Regex source.
 */
export const LIST_COLON = String.raw`(?::[-–]?)`;
const LIST_COLON_END = new RegExp(String.raw`\s*${LIST_COLON}\s*$`);

/** True when the text ends with a list's colon (LIST_COLON), so it leads on to what is printed under it. */
export function endsWithListColon(text: string): boolean {
  return LIST_COLON_END.test(text);
}

/** The text without the list's colon it ends with (LIST_COLON), for a lead-in whose entries carry on its sentence. */
export function withoutListColon(text: string): string {
  return text.replace(LIST_COLON_END, '');
}

/** A line of a bulleted list, its text after the mark: "• Text", "- Text", "◦ Text". */
export const BULLET_LINE = new RegExp(String.raw`^\s*${BULLET_MARK}\s+(.*)$`);

/** A glyph bullet alone on a line, which a flattened list leaves when its entry's text went elsewhere. */
export const LONE_GLYPH_BULLET = new RegExp(String.raw`^\s*${GLYPH_BULLET}\s*$`);

/**
 * A decimal opening a line, as a point numbered after its item prints it ("7.1 The fees …", "7.1. The fees …" with a
 * stop): the item's number in group 1, the point's in group 2.
 */
const POINT_NUMBER_START = /^\s*(\d{1,3})\.(\d{1,2})\.?\s+(?=\S)/;
/** How far around a numbered point its siblings are looked for, in lines. */
const SIBLING_REACH = 30;

/**
 * True when a decimal that opens a line is a figure carrying on the sentence of the line above, no point's
 * number: "… restricting outdoor drinking to" / "10.00 pm.", "… by no more than" / "3.5 per cent", as text wrapped
 * at about 80 columns puts a time or an amount at a line's start. So it is when the line above runs on (it ends
 * in a word, figure, comma or dash, no stop, colon or semicolon), the words after the figure go on in lower
 * case, and no point numbered next to it ("2.1" beside "2.2") opens a line nearby: "That the Board" / "2.1 notes
 * the accounts;" / "2.2 …" is a list all the same. A time's minutes ("10.00", "7.05") number no point.
 */
export function isWrappedFigure(lines: readonly string[], at: number): boolean {
  const line = lines[at] ?? '';
  const found = POINT_NUMBER_START.exec(line);
  if (found === null || !/^[\p{Ll}%]/u.test(line.slice(found[0].length))) return false;
  if (!/[\p{L}\d,–-]$/u.test((lines[at - 1] ?? '').trim())) return false;
  const [, major = '', minor = ''] = found;
  if (minor.startsWith('0')) return true;
  const siblings = [Number(minor) - 1, Number(minor) + 1].map((point) => `${major}.${point}`);
  const near = lines.slice(Math.max(0, at - SIBLING_REACH), at + SIBLING_REACH + 1);
  return !near.some((other) => siblings.includes(POINT_NUMBER_START.exec(other)?.slice(1, 3).join('.') ?? ''));
}

/**
 * A list entry's label: "(b)", "7.", "ii)", a capital only in brackets ("(B)", never "A." of a name), or a point
 * numbered after its item ("7.1", "7.2", or "7.1." with a stop, as Scottish and island councils print it), as
 * councils number a resolution's points. Regex source, the label in group 1 or (a point's, without its stop) group 2.
 */
export const LABEL = String.raw`(?:\(?(\d{1,2}|[a-z]|[ivx]{1,4}|(?<=\()[A-Z](?=\)))[.)]|(\d{1,3}\.\d{1,2})\.?(?=\s))`;
/** The number, letter or numeral that labels a list entry ("(b)", "7.", "ii)", "7.1", "R2"); a bullet has none. The recommendation's number is group 4. */
const ENTRY_LABEL = new RegExp(String.raw`^\s*(?:${LABEL}|${RECOMMENDATION_LABEL})\s`);
/** The label that opens a line as a list entry; undefined when none does. */
export const labelOf = (line: string): string | undefined => {
  const found = ENTRY_LABEL.exec(line);
  return found?.[1] ?? found?.[2] ?? found?.[4];
};
/** A numeral in lower case, as a resolution's points are numbered ("iii)"); capitals in brackets are letters (LABEL). */
const LOWER_ROMAN = new RegExp(`^${LOWER_NUMERAL}$`);
/** True when a label comes next after another in a list: "(c)" after "(b)", "4." after "3.", "iii)" after "ii)", "7.2" after "7.1". */
export function comesAfter(label: string, previous: string): boolean {
  const point = /^(\d+)\.(\d+)$/.exec(label);
  if (point !== null) return previous === `${point[1]}.${Number(point[2]) - 1}`;
  if (/^\d+$/.test(label)) return /^\d+$/.test(previous) && Number(label) === Number(previous) + 1;
  const value = LOWER_ROMAN.test(label) ? romanValue(label) : null;
  if (value !== null && LOWER_ROMAN.test(previous) && romanValue(previous) === value - 1) return true;
  return label.length === 1 && previous.length === 1 && label.charCodeAt(0) === previous.charCodeAt(0) + 1;
}
