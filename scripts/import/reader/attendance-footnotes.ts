/**
 * Footnotes to an attendance list: a mark after a member's name ("Councillor B Fyfe (1)", "Councillor Bo Tanner*") and,
 * under the list, the note the mark stands for ("(1) From item 3", "* Left after item 5"), as Northern Irish and
 * partnership minutes say who attended part of a meeting. The record keeps no member's part attendance, so each note is
 * warned of whole with the names it marks (never dropped), and its marks are taken off the names so they read clean.
 */
import { readStarKey } from './attendance-marks.ts';
import { squash } from './attendance-piece.ts';

/**
 * A footnote's reference glued to a name, its note printed elsewhere (under the minutes, or not at all): "Brennan[1]",
 * "Brennan¹". Straight after a letter, before a space, a comma, a stop, a bracket or the line's end.
 */
const GLUED_MARK = /(?<=\p{L})(?:\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?=[\s,;.)]|$)/gu;

/** An attendance line with the footnote references glued to its names taken off ("Cllr Fiona Brennan[1]" → "… Brennan"). */
export function withoutGluedMarks(line: string): string {
  return line.replace(GLUED_MARK, '');
}

/** The list's lines with the marks taken off and the notes' lines blank, the notes' indexes, and a warning for each note. */
export interface Footnotes {
  lines: string[];
  read: number[];
  warnings: string[];
}

/** A mark: a number in brackets ("(1)"), or one to three asterisks or a dagger. */
const MARK = String.raw`\(\d{1,2}\)|\*{1,3}|†`;
/** A note's line: its mark first, then the note's words ("(2) Items 1 to 5 only"). */
const NOTE = new RegExp(String.raw`^\s*(${MARK})\s+(\p{L}.*)$`, 'u');
/**
 * A mark straight after a name, before a comma, a semicolon, a wide gap or the line's end; group 1 the words before it.
 * Never words in asterisks ("*Present*", "**Present:**"), which emphasise and mark nothing.
 */
const MARKED = new RegExp(String.raw`(?<![*\p{L}.'’-])([\p{L}.'’-]+(?:\s[\p{L}.'’-]+){0,5})\s?(${MARK})(?=\s*(?:[,;]|\s{2}|$))`, 'gu');
/**
 * Where the entry a mark ends begins: after a label's colon, a wide gap (the names' column) or a semicolon. Commas are
 * passed over, as a post or a body after a comma is the entry's own ("Mr Colin Greer, Youth Justice Agency (3)").
 */
const ENTRY_START = /^.*(?::\s|\s{2,}|;\s*)/;

/** The entries each mark is set after, as printed, in the lines before `before`. */
function markedNames(lines: readonly string[], before: number): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const line of lines.slice(0, before))
    for (const match of line.matchAll(MARKED)) {
      const entry = squash(line.slice(0, (match.index ?? 0) + (match[1] ?? '').length).replace(ENTRY_START, ''));
      names.set(match[2] ?? '', [...(names.get(match[2] ?? '') ?? []), entry]);
    }
  return names;
}

/**
 * The footnotes in an attendance's lines: each note's line whose mark is set after a name above it; null when there is
 * none. A numbered line whose mark no name above carries ("(1) That the report be noted") is no footnote.
 */
export function attendanceFootnotes(lines: readonly string[]): Footnotes | null {
  const out = [...lines];
  // "* apologies": a star's key that files the starred names in a list, read by the list reader (attendance-marks.ts).
  const starKey = readStarKey(lines)?.line ?? -1;
  const read: number[] = [];
  const warnings: string[] = [];
  lines.forEach((line, index) => {
    const note = NOTE.exec(line);
    const mark = note?.[1] ?? '';
    const names = note === null ? [] : (markedNames(lines, index).get(mark) ?? []);
    if (names.length === 0 || index === starKey) return;
    read.push(index);
    out[index] = '';
    warnings.push(
      `the footnote "${squash(line)}" says when ${names.map((name) => `"${name}"`).join(', ')} attended: the meeting keeps no member's part attendance, so it is not recorded: add it to the minutes' text by hand`,
    );
  });
  if (read.length === 0) return null;
  const marks = new Set(read.map((index) => NOTE.exec(lines[index] ?? '')?.[1] ?? ''));
  const unmark = (line: string) => line.replace(MARKED, (whole, name: string, mark: string) => (marks.has(mark) ? name : whole));
  return { lines: out.map((line, index) => (read.includes(index) ? line : unmark(line))), read, warnings };
}
