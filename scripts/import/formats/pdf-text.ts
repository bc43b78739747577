import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { getDocument, VerbosityLevel, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { FormatError } from './format-error.ts';

/**
 * Turns a PDF's text layer into plain text close to poppler's `pdftotext` (default, non-layout mode), because the
 * importer's text reader is tuned on that text. Lines are rebuilt from pdfjs text items by baseline, pieces of a line
 * far apart (a table cell, an item number beside its title) become lines of their own, a clearly wider vertical gap
 * gives a blank line, and pages are joined with a form feed. Pure: no worker, no fonts, no system tools.
 */

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

export async function pdfToText(bytes: Uint8Array, file: string): Promise<PdfText> {
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
    const pages: string[] = [];
    const unreadable: number[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n).catch(() => null);
      const content = page ? await page.getTextContent().catch(() => null) : null;
      if (!content) unreadable.push(n);
      const items = (content?.items ?? []).filter((item): item is TextItem => 'str' in item);
      const notes: unknown[] = page ? await page.getAnnotations({ intent: 'display' }).catch(() => []) : [];
      const text = pageText(items, notes);
      chars += text.replace(/\s/g, '').length;
      pages.push(text);
      page?.cleanup();
    }
    if (doc.numPages === 0) throw broken(file, 'has no pages');
    // A record missing pages would be imported as if complete, so a damaged page stops the import of the file.
    if (unreadable.length > 0) throw broken(file, `is damaged: page ${unreadable.join(', ')} of ${doc.numPages} could not be read`);
    if (chars === 0) {
      throw new FormatError(file, 'has no text layer (a scan?)', 'Run OCR on it first, e.g. ocrmypdf, then import the result');
    }
    return assemble(pages);
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

/** One page's text: lines by baseline, top to bottom; rotated text after the rest. */
function pageText(items: TextItem[], notes: unknown[]): string {
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
  const lines = groupLines(pieces);
  const out = renderLines(lines);
  return [...out, ...rotated].join('\n');
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

/** Text of each line (split at wide gaps), blank lines at paragraph gaps, end-of-line hyphens joined. */
function renderLines(lines: Line[]): string[] {
  const step = usualStep(lines);
  const out: string[] = [];
  let previous: Line | undefined;
  let joinNext = false;
  for (const [i, line] of lines.entries()) {
    const segments = lineSegments(line, [near(line, lines[i - 1]), near(line, lines[i + 1])]);
    if (previous) {
      const gap = previous.y - line.y;
      const paragraph = gap > 1.3 * Math.max(line.size, previous.size) && gap > 1.4 * step;
      if (paragraph) {
        joinNext = false;
        out.push('');
      }
    }
    const first = segments[0] ?? '';
    const soft = joinNext && (out[out.length - 1] ?? '').endsWith('\u00ad');
    if (joinNext && (soft ? /^\p{L}/u : /^\p{Ll}/u).test(first)) {
      out[out.length - 1] = (out[out.length - 1] ?? '').slice(0, -1) + first;
      out.push(...segments.slice(1));
    } else {
      out.push(...segments);
    }
    // A single-segment line ending in letter + hyphen (or a soft hyphen) may continue on the next line.
    joinNext = segments.length === 1 && /\p{L}[-\u00ad]$/u.test(out[out.length - 1] ?? '');
    previous = line;
  }
  return out.map((text) => text.replace(/\u00ad/g, (_, at: number) => (at === text.length - 1 ? '-' : '')));
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
function lineSegments(line: Line, neighbours: (Line | undefined)[]): string[] {
  const segments: string[] = [];
  let text = '';
  let end = -Infinity;
  let lastStr = '';
  for (const piece of line.pieces) {
    const gap = piece.x0 - end;
    // The same text drawn twice a little offset (fake bold) is kept once.
    if (gap < -0.5 * piece.size && piece.str === lastStr) continue;
    const wide = text !== '' && gap > SPLIT_GAP * piece.size;
    const spaced =
      BULLET.test(text) ||
      (LABEL.test(text.trim()) && gap < LABEL_GAP * piece.size) ||
      (!MARKER.test(text) && gap < 1.6 * piece.size && bridged(end, piece.x0, neighbours));
    if (wide && !spaced) {
      segments.push(text.trim());
      text = '';
    }
    if (text !== '' && !text.endsWith(' ') && !piece.str.startsWith(' ') && gap > SPACE_GAP * piece.size) text += ' ';
    text += piece.str;
    end = Math.max(end, piece.x1);
    lastStr = piece.str;
  }
  if (text.trim() !== '') segments.push(text.trim());
  return segments.map((segment) => segment.replace(/ {2,}/g, ' '));
}
