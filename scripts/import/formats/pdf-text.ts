import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { getDocument, VerbosityLevel, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfPackParser } from '../pdf-pack/index.ts';
import { normaliseText } from '../text.ts';
import { FormatError } from './format-error.ts';

/**
 * Turns a PDF's text layer into plain text close to poppler's `pdftotext` (default, non-layout mode), because the
 * importer's text reader is tuned on that text. Lines are rebuilt from pdfjs text items by baseline, pieces of a line
 * far apart (a table cell, an item number beside its title) become lines of their own, a clearly wider vertical gap
 * gives a blank line, and pages are joined with a form feed. Pure: no worker, no fonts, no system tools.
 *
 * An agenda pack is read by a reader of its own that reads tables by their columns (pdf-pack/), so for a PDF whose
 * text reads as a pack the tables keep their rows, as `pdftotext -layout` keeps them: a row's cells on one line,
 * separated by tabs, an empty cell kept as an empty string between tabs; and an indented line keeps its indent as
 * spaces. See PdfLayout.
 */

/**
 * `flat`: table cells a line each, as pdftotext gives them (the general reader and the other kinds are tuned on it);
 * `rows`: table rows kept whole and indents kept (see tableRows, indentOf); `auto` (the default): `rows` when that text
 * reads as an agenda pack (pdf-pack's own test), else `flat`.
 */
export type PdfLayout = 'flat' | 'rows' | 'auto';

/** `text`: pages joined by `\n\f` (a page's first line begins with `\f`); `pageStarts[i]`: 1-based line of page i+1. */
export interface PdfText {
  text: string;
  pages: number;
  pageStarts: number[];
}

/** A run of text with its position, as pdfjs gives it (the text items, not the marked-content markers). */
type TextItem = Extract<Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'][number], { str: string }>;

interface Piece {
  str: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

interface Line {
  y: number;
  size: number;
  pieces: Piece[];
}

/** A run of a line's pieces between wide gaps: a table cell, or the line's whole text. */
interface Segment {
  text: string;
  x0: number;
  x1: number;
  size: number;
}

/** A wider horizontal gap than this (in font sizes) starts a new line, as pdftotext starts a new block. */
const SPLIT_GAP = 1.0;
/** A gap this wide (in font sizes) between two pieces is a space. */
const SPACE_GAP = 0.15;

/** A bullet on its own; the text after it stays on its line. */
const BULLET = /^\s*[•◦▪■●○\-–*o]\s*$/u;

/** Bullets drawn with Symbol or Wingdings come out in the private use area. */
const PRIVATE_BULLETS = /[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8]/g;

/** An item or list number ("12", "3.1.", "(a)", "iv)"), which pdftotext puts on a line of its own before its text. */
const MARKER = /^\s*(\(?\d{1,3}(\.\d{1,3})*[.)]?|\(?[a-z]{1,4}\)|[a-z]\.)\s*$/i;

/** A short label ending in a colon ("Date:", "Ask for:"), which pdftotext keeps on one line with the value beside it. */
const LABEL = /^\p{L}[\p{L} ()'’/&-]{0,30}:$/u;
/** How far (in font sizes) a value may stand from its label and still be read on the label's line. */
const LABEL_GAP = 4;

/** pdfjs's own CMaps and standard fonts (for text in CJK and unembedded fonts), found where Node finds the package. */
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export async function pdfToText(bytes: Uint8Array, file: string, layout: PdfLayout = 'auto'): Promise<PdfText> {
  if (!looksLikePdf(bytes)) throw broken(file, 'is not a PDF file');
  // pdfjs may take over the buffer it is given and refuses a Node Buffer, so it gets a plain copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    stopAtErrors: false,
    cMapUrl: join(pdfjsRoot, 'cmaps') + sep,
    standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + sep,
  });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw openError(file, error);
    });
    const pages: PageLines[] = [];
    const unreadable: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n).catch(() => null);
      const content = page ? await page.getTextContent().catch(() => null) : null;
      if (!content) unreadable.push(n);
      const items = (content?.items ?? []).filter((item): item is TextItem => 'str' in item);
      const notes: unknown[] = page ? await page.getAnnotations({ intent: 'display' }).catch(() => []) : [];
      pages.push(pageLines(items, notes));
      page?.cleanup();
    }
    if (doc.numPages === 0) throw broken(file, 'has no pages');
    // A record missing pages would be imported as if complete, so a damaged page stops the import of the file.
    if (unreadable.length > 0) throw broken(file, `is damaged: page ${unreadable.join(', ')} of ${doc.numPages} could not be read`);
    // Only pieces with text make lines, so a page without lines has no text.
    if (pages.every((page) => page.lines.length === 0 && page.rotated.length === 0)) {
      throw new FormatError(file, 'has no text layer (a scan?)', 'Run OCR on it first, e.g. ocrmypdf, then import the result');
    }
    if (layout !== 'flat') {
      const rows = assemble(pages.map((page) => pageText(page, 'rows')));
      if (layout === 'rows' || pdfPackParser.detect(normaliseText(rows.text))) return rows;
    }
    return assemble(pages.map((page) => pageText(page, 'flat')));
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw broken(file, 'could not be read as a PDF');
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function broken(file: string, problem: string): FormatError {
  return new FormatError(file, problem, 'Check that the download finished, or open it in a PDF viewer and save it again');
}

function openError(file: string, error: unknown): FormatError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new FormatError(file, 'is encrypted and needs a password', 'Save an unprotected copy (e.g. qpdf --decrypt) and import that');
  }
  return broken(file, 'is damaged or truncated');
}

/** Joins pages with form feeds and records where each page starts. */
function assemble(pages: string[]): PdfText {
  const pageStarts: number[] = [];
  let line = 1;
  for (const page of pages) {
    pageStarts.push(line);
    line += countNewlines(page) + 1;
  }
  return { text: pages.join('\n\f') + '\n', pages: pages.length, pageStarts };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** A page's lines by baseline, top to bottom, and its rotated text. */
interface PageLines {
  lines: Line[];
  rotated: string[];
}

function pageLines(items: TextItem[], notes: unknown[]): PageLines {
  const pieces: Piece[] = notes.flatMap(annotationPieces);
  const rotated: string[] = [];
  for (const item of items) {
    // Control characters (a glyph the font maps to no character comes out as U+0000) are no text.
    const str = item.str
      .replace(/\s+/g, ' ')
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .replace(PRIVATE_BULLETS, '•');
    if (str.trim() === '') continue;
    const [a, b, , d, e, f] = item.transform as [number, number, number, number, number, number];
    // A skewed y axis (synthetic italics) is still horizontal text; a turned x axis is not.
    if (Math.abs(b) > 1e-3 || a <= 0) {
      rotated.push(str.trim());
      continue;
    }
    const size = Math.abs(d) || item.height || 1;
    pieces.push({ str, x0: e, x1: e + item.width, y: f, size });
  }
  return { lines: groupLines(pieces), rotated };
}

/** One page's text: its lines top to bottom, rotated text after the rest. */
function pageText(page: PageLines, layout: 'flat' | 'rows'): string {
  return [...renderLines(page.lines, layout), ...page.rotated].join('\n');
}

/**
 * Text drawn by an annotation (a "received" stamp, a filled form field), which pdftotext prints with the page and pdfjs
 * keeps apart: one piece a line, placed at the annotation's box. Links and pop-ups carry no page text.
 */
function annotationPieces(note: unknown): Piece[] {
  if (typeof note !== 'object' || note === null) return [];
  const { subtype, textContent, rect } = note as { subtype?: unknown; textContent?: unknown; rect?: unknown };
  if (subtype === 'Link' || subtype === 'Popup' || !Array.isArray(textContent) || !Array.isArray(rect) || rect.length !== 4) return [];
  const [x0, y0, , y1] = rect.map(Number) as [number, number, number, number];
  const strings = textContent.filter((line): line is string => typeof line === 'string' && line.trim() !== '');
  if (strings.length === 0 || !Number.isFinite(x0 + y0 + y1)) return [];
  const size = Math.max(1, Math.min(12, Math.abs(y1 - y0) / strings.length));
  return strings.map((str, i) => ({ str: str.trim(), x0, x1: x0 + 0.5 * size * str.length, y: Math.max(y0, y1) - size * (i + 1), size }));
}

/** Groups pieces whose baselines are within half a font size, top to bottom, each line left to right. */
function groupLines(pieces: Piece[]): Line[] {
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
function renderLines(lines: Line[], layout: 'flat' | 'rows'): string[] {
  const step = usualStep(lines);
  const segmentsOf = lines.map((line, i) => lineSegments(line, [near(line, lines[i - 1]), near(line, lines[i + 1])]));
  const paragraphAt = lines.map((line, i) => i > 0 && paragraphGap(lines[i - 1]!, line, step));
  const rows = layout === 'rows' ? tableRows(segmentsOf, paragraphAt) : new Map<number, string>();
  const indent = layout === 'rows' ? indentOf(segmentsOf) : () => '';
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
    const soft = joinNext && (out[out.length - 1] ?? '').endsWith('\u00ad');
    if (joinNext && (soft ? /^\p{L}/u : /^\p{Ll}/u).test(first)) {
      out[out.length - 1] = (out[out.length - 1] ?? '').slice(0, -1) + first;
      out.push(...segments.slice(1));
    } else {
      out.push(indent(segmentsOf[i]![0]) + first, ...segments.slice(1));
    }
    // A single-segment line ending in letter + hyphen (or a soft hyphen) may continue on the next line.
    joinNext = segments.length === 1 && /\p{L}[-\u00ad]$/u.test(out[out.length - 1] ?? '');
  }
  return out.map((text) => text.replace(/\u00ad/g, (_, at: number) => (at === text.length - 1 ? '-' : '')));
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

/** How near (in font sizes) two cells' left edges must be to stand in the same column. */
const COLUMN_SLACK = 0.5;

/** A column of a table: where its cells start, and the widest extent of its cells. */
interface Column {
  x0: number;
  x1: number;
}

/**
 * Table rows, as pdftotext -layout keeps them: lines of two or more cells (segments) whose cells start where the
 * cells of the table's lines before start (see inLine) are rows of one table, across blank lines too (rows set apart).
 * Each row becomes one line, its cells in their columns separated by tabs, an empty cell an empty string (so
 * "\tPositive" keeps its empty first cell); a one-cell line among or next to the rows whose text stands in a later
 * column is a row too ("\tProportion of people…", a cell's second line). Other lines are left to the caller. By line.
 */
function tableRows(segmentsOf: Segment[][], paragraphAt: boolean[]): Map<number, string> {
  const rows = new Map<number, string>();
  let members: number[] = [];
  const close = (): void => {
    if (members.length >= 2) for (const [index, row] of layOut(segmentsOf, paragraphAt, members)) rows.set(index, row);
    members = [];
  };
  for (let i = 0; i < segmentsOf.length; i++) {
    const segments = segmentsOf[i]!;
    if (segments.length < 2) {
      // A table goes on past a blank line only into a row of it.
      if (paragraphAt[i]) close();
      continue;
    }
    const cells = members.flatMap((member) => segmentsOf[member]!);
    if (cells.length > 0 && !inLine(segments, cells)) close();
    members.push(i);
  }
  close();
  return rows;
}

/**
 * Whether a line's cells line up with a table's cells: two of them start where cells of the table start, or one does
 * (not in the table's first column) and none of the others runs into the table's cells (an empty cell in the row).
 */
function inLine(segments: Segment[], cells: Segment[]): boolean {
  const startsColumn = (segment: Segment): boolean => cells.some((cell) => Math.abs(cell.x0 - segment.x0) <= COLUMN_SLACK * segment.size);
  const shared = segments.filter(startsColumn);
  if (shared.length >= 2) return true;
  const left = Math.min(...cells.map((cell) => cell.x0));
  if (shared.length === 0 || shared[0]!.x0 - left <= COLUMN_SLACK * shared[0]!.size) return false;
  return !segments.some((segment) => !startsColumn(segment) && cells.some((cell) => cell.x0 < segment.x1 && segment.x0 < cell.x1));
}

/**
 * The rows of one table: its columns from the cells of its lines of two or more cells (left edges within
 * COLUMN_SLACK), then one-cell lines between them, and next to them while their text stands past the first column.
 */
function layOut(segmentsOf: Segment[][], paragraphAt: boolean[], members: number[]): Map<number, string> {
  const columns: Column[] = [];
  const cells = members.flatMap((member) => segmentsOf[member]!).sort((a, b) => a.x0 - b.x0);
  for (const cell of cells) {
    const last = columns.at(-1);
    if (last && cell.x0 - last.x0 <= COLUMN_SLACK * cell.size) last.x1 = Math.max(last.x1, cell.x1);
    else columns.push({ x0: cell.x0, x1: cell.x1 });
  }
  /** A cell's column; a one-cell line's text right of every column's cells opens a column of its own. */
  const columnOf = (cell: Segment, single: boolean): number => {
    const last = columns.at(-1)!;
    if (single && cell.x0 > last.x1 + COLUMN_SLACK * cell.size) {
      columns.push({ x0: cell.x0, x1: cell.x1 });
      return columns.length - 1;
    }
    let column = 0;
    columns.forEach((candidate, index) => {
      if (candidate.x0 <= cell.x0 + COLUMN_SLACK * cell.size) column = index;
    });
    return column;
  };
  const rows = new Map<number, string>();
  const row = (index: number): boolean => {
    const segments = segmentsOf[index]!;
    const texts: string[] = [];
    for (const segment of segments) {
      const column = columnOf(segment, segments.length === 1);
      while (texts.length <= column) texts.push('');
      texts[column] = texts[column] === '' ? segment.text : `${texts[column]} ${segment.text}`;
    }
    if (texts.length < 2) return false;
    rows.set(index, texts.join('\t'));
    return true;
  };
  const first = members[0]!;
  const last = members.at(-1)!;
  for (let i = first; i <= last; i++) row(i);
  for (let i = last + 1; i < segmentsOf.length && !paragraphAt[i] && segmentsOf[i]!.length === 1 && row(i); i++);
  for (let i = first - 1; i >= 0 && !paragraphAt[i + 1] && segmentsOf[i]!.length === 1 && row(i); i--);
  return rows;
}
