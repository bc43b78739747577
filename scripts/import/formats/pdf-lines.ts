/**
 * The lines of a page (pdf-text.ts): its pieces of text grouped by baseline, each line split into segments at wide gaps,
 * and rendered as text with blank lines at paragraph gaps, hyphens joined, and (in the `rows` layout) table rows kept
 * whole (pdf-columns.ts) and indents kept.
 */
import { DASH_BULLET, GLYPH_BULLET } from '../list-marks.ts';
import { tableRows, type Segment } from './pdf-columns.ts';
import { HYPHEN_AT_END, joinedWord, printedForms } from '../line-end-hyphens.ts';

/** A run of text and where it stands: its left and right edges, its baseline and its font size. */
export interface Piece {
  str: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** The pieces on one baseline, left to right; its size is its largest piece's. */
export interface Line {
  y: number;
  size: number;
  pieces: Piece[];
}

/** A wider horizontal gap than this (in font sizes) starts a new line, as pdftotext starts a new block. */
const SPLIT_GAP = 1.0;
/** A gap this wide (in font sizes) between two pieces is a space. */
const SPACE_GAP = 0.15;

/** A bullet on its own; the text after it stays on its line. */
const BULLET = new RegExp(String.raw`^\s*(?:${GLYPH_BULLET}|${DASH_BULLET}|o)\s*$`, 'u');

/** An item or list number ("12", "3.1.", "(a)", "iv)"), which pdftotext puts on a line of its own before its text. */
const MARKER = /^\s*(\(?\d{1,3}(\.\d{1,3})*[.)]?|\(?[a-z]{1,4}\)|[a-z]\.)\s*$/i;

/** A short label ending in a colon ("Date:", "Ask for:"), which pdftotext keeps on one line with the value beside it. */
const LABEL = /^\p{L}[\p{L} ()'’/&-]{0,30}:$/u;
/** How far (in font sizes) a value may stand from its label and still be read on the label's line. */
const LABEL_GAP = 4;

/** Groups pieces whose baselines are within half a font size, top to bottom, each line left to right. */
export function groupLines(pieces: Piece[]): Line[] {
  pieces.sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const piece of pieces) {
    if (current && Math.abs(current.y - piece.y) <= 0.5 * Math.max(current.size, piece.size)) {
      current.pieces.push(piece);
      if (piece.size > current.size) current.size = piece.size;
    } else {
      current = { y: piece.y, size: piece.size, pieces: [piece] };
      lines.push(current);
    }
  }
  for (const line of lines) line.pieces.sort((p, q) => p.x0 - q.x0);
  return lines;
}

/**
 * Text of each line (split at wide gaps), blank lines at paragraph gaps, end-of-line hyphens joined. With the `rows`
 * layout, table rows are kept whole (tableRows) and an indented line starts with spaces (indentOf).
 */
export function renderLines(lines: Line[], layout: 'flat' | 'rows'): string[] {
  const step = usualStep(lines);
  const segmentsOf = pageSegments(lines);
  const paragraphAt = lines.map((line, i) => i > 0 && paragraphGap(lines[i - 1]!, line, step));
  const rows = layout === 'rows' ? tableRows(segmentsOf, paragraphAt) : new Map<number, string>();
  const indent = layout === 'rows' ? indentOf(segmentsOf) : () => '';
  // How the page spells its words inside its lines, so a word broken at a line's end keeps a hyphen it has elsewhere.
  const forms = printedForms(segmentsOf.flatMap((segments) => segments.map((segment) => segment.text)));
  const out: string[] = [];
  let joinNext = false;
  for (let i = 0; i < lines.length; i++) {
    if (paragraphAt[i]) {
      joinNext = false;
      out.push('');
    }
    const row = rows.get(i);
    if (row !== undefined) {
      out.push(row);
      joinNext = false;
      continue;
    }
    const segments = segmentsOf[i]!.map((segment) => segment.text);
    const first = segments[0] ?? '';
    const previous = out[out.length - 1] ?? '';
    const head = /\S+$/.exec(previous)?.[0] ?? '';
    const word = joinNext ? joinedWord(head, first, forms) : null;
    if (word !== null) {
      out[out.length - 1] = previous.slice(0, previous.length - head.length) + word;
      out.push(...segments.slice(1));
    } else {
      out.push(indent(segmentsOf[i]![0]) + first, ...segments.slice(1));
    }
    // A single-segment line ending in letter + hyphen (or a soft hyphen) may continue on the next line (line-end-hyphens.ts).
    joinNext = segments.length === 1 && HYPHEN_AT_END.test(out[out.length - 1] ?? '');
  }
  return out.map((text) => text.replace(/\u00ad/g, (_, at: number) => (at === text.length - 1 ? '-' : '')));
}

/** Each line's segments: its runs of text between wide gaps (see lineSegments), the lines around it to tell a column. */
export function pageSegments(lines: Line[]): Segment[][] {
  return lines.map((line, i) => lineSegments(line, [near(line, lines[i - 1]), near(line, lines[i + 1])]));
}

/** The width of a space of indent, in font sizes: a quarter of an em (Times's space; Arial's is 0.28). */
const INDENT_SPACE = 0.25;

/**
 * The indent of a line as spaces, as `pdftotext -layout` keeps it: how far its text starts right of the page's left
 * margin (where most lines start), a space per INDENT_SPACE font sizes. A line at or left of the margin has none.
 */
function indentOf(segmentsOf: Segment[][]): (segment: Segment | undefined) => string {
  const counts = new Map<number, number>();
  for (const segments of segmentsOf) {
    const x = Math.round(segments[0]?.x0 ?? NaN);
    if (Number.isFinite(x)) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  let margin = Infinity;
  let most = 0;
  for (const [x, count] of counts) if (count > most || (count === most && x < margin)) [margin, most] = [x, count];
  return (segment) => (segment && segment.x0 > margin ? ' '.repeat(Math.round((segment.x0 - margin) / (INDENT_SPACE * segment.size))) : '');
}

/** Whether the vertical gap above a line is clearly wider than the line spacing (a blank line in the text). */
function paragraphGap(previous: Line, line: Line, step: number): boolean {
  const gap = previous.y - line.y;
  return gap > 1.3 * Math.max(line.size, previous.size) && gap > 1.4 * step;
}

/** The most common distance between consecutive baselines on the page (the line spacing). */
function usualStep(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const gap = Math.round((lines[i - 1]!.y - lines[i]!.y) * 2) / 2;
    if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap < best)) [best, bestCount] = [gap, count];
  }
  return best;
}

/** The other line when it is close enough to belong to the same paragraph. */
function near(line: Line, other: Line | undefined): Line | undefined {
  return other && Math.abs(other.y - line.y) <= 1.6 * Math.max(line.size, other.size) ? other : undefined;
}

/** Whether a neighbouring line has text across most of the gap [from, to], so the gap is a wide word space, not a column. */
function bridged(from: number, to: number, neighbours: (Line | undefined)[]): boolean {
  return neighbours.some((other) => {
    let covered = 0;
    for (const piece of other?.pieces ?? []) covered += Math.max(0, Math.min(to, piece.x1) - Math.max(from, piece.x0));
    return covered >= 0.4 * (to - from);
  });
}

/**
 * A line's pieces joined, with spaces at word gaps. A gap wider than SPLIT_GAP font sizes starts a new segment (a table
 * cell, a number beside its title) unless the lines around it run across it (justified text) or it follows a bullet.
 */
function lineSegments(line: Line, neighbours: (Line | undefined)[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let end = -Infinity;
  let lastStr = '';
  for (const piece of line.pieces) {
    const gap = piece.x0 - end;
    // The same text drawn twice a little offset (fake bold) is kept once.
    if (gap < -0.5 * piece.size && piece.str === lastStr) continue;
    const text = current?.text ?? '';
    const wide = text !== '' && gap > SPLIT_GAP * piece.size;
    const spaced =
      BULLET.test(text) ||
      (LABEL.test(text.trim()) && gap < LABEL_GAP * piece.size) ||
      (!MARKER.test(text) && gap < 1.6 * piece.size && bridged(end, piece.x0, neighbours));
    if (!current || (wide && !spaced)) {
      if (current && current.text.trim() !== '') segments.push(current);
      current = { text: '', x0: piece.x0, x1: piece.x1, size: piece.size };
    }
    const space = current.text !== '' && !current.text.endsWith(' ') && !piece.str.startsWith(' ') && gap > SPACE_GAP * piece.size;
    current.text += space ? ` ${piece.str}` : piece.str;
    end = Math.max(end, piece.x1);
    current.x1 = end;
    lastStr = piece.str;
  }
  if (current && current.text.trim() !== '') segments.push(current);
  return segments.map((segment) => ({ ...segment, text: segment.text.trim().replace(/ {2,}/g, ' ') }));
}
