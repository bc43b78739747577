import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { getDocument, VerbosityLevel, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfPackParser } from '../pdf-pack/index.ts';
import { normaliseText } from '../text.ts';
import { FormatError } from './format-error.ts';
import { englishColumnOfPdf } from './pdf-bilingual.ts';
import { groupLines, renderLines, type Line, type Piece } from './pdf-lines.ts';
import { readSideBySidePdf } from './pdf-side-columns.ts';

/**
 * Turns a PDF's text layer into plain text close to poppler's `pdftotext` (default, non-layout mode), because the
 * importer's text reader is tuned on that text. Lines are rebuilt from pdfjs text items by baseline, pieces of a line
 * far apart (a table cell, an item number beside its title) become lines of their own, a clearly wider vertical gap
 * gives a blank line, and pages are joined with a form feed. Pure: no worker, no fonts, no system tools.
 *
 * An agenda pack is read by a reader of its own that reads tables by their columns (pdf-pack/), so for a PDF whose
 * text reads as a pack the tables keep their rows, as `pdftotext -layout` keeps them: a row's cells on one line,
 * separated by tabs, an empty cell kept as an empty string between tabs; and an indented line keeps its indent as
 * spaces. See PdfLayout. A bilingual Welsh record printed in two columns is read in its English column, with a warning
 * (pdf-bilingual.ts), and a page in two columns of English its left column, then its right (pdf-side-columns.ts).
 */

/**
 * `flat`: table cells a line each, as pdftotext gives them (the general reader and the other kinds are tuned on it);
 * `rows`: table rows kept whole and indents kept (see tableRows in pdf-columns.ts, indentOf in pdf-lines.ts); `auto`
 * (the default): `rows` when that text reads as an agenda pack (pdf-pack's own test), else `flat`.
 */
export type PdfLayout = 'flat' | 'rows' | 'auto';

/** `text`: pages joined by `\n\f` (a page's first line begins with `\f`); `pageStarts[i]`: 1-based line of page i+1. */
export interface PdfText {
  text: string;
  pages: number;
  pageStarts: number[];
  /** What reading the PDF set aside, for the records' warnings (a Welsh column). */
  warnings: string[];
}

/** A run of text with its position, as pdfjs gives it (the text items, not the marked-content markers). */
type TextItem = Extract<Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'][number], { str: string }>;

/** Bullets drawn with Symbol or Wingdings come out in the private use area. */
const PRIVATE_BULLETS = /[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8]/g;

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
    const english = englishColumnOfPdf(pages.map((page) => page.lines));
    // What is left in two columns of English is read a column at a time (pdf-side-columns.ts).
    const sides = readSideBySidePdf(english.pages);
    const read = pages.map((page, index) => ({ ...page, lines: sides.pages[index]! }));
    const warnings = [english.warning, sides.warning].filter((warning) => warning !== null);
    if (layout !== 'flat') {
      const rows = assemble(
        read.map((page) => pageText(page, 'rows')),
        warnings,
      );
      if (layout === 'rows' || pdfPackParser.detect(normaliseText(rows.text))) return rows;
    }
    return assemble(
      read.map((page) => pageText(page, 'flat')),
      warnings,
    );
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
function assemble(pages: string[], warnings: string[]): PdfText {
  const pageStarts: number[] = [];
  let line = 1;
  for (const page of pages) {
    pageStarts.push(line);
    line += countNewlines(page) + 1;
  }
  return { text: pages.join('\n\f') + '\n', pages: pages.length, pageStarts, warnings };
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
