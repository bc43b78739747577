/**
 * Bilingual Welsh records printed in two columns, Cymraeg beside English, read from a PDF (text-columns.ts reads the
 * same layout in text). A PDF's lines come from where its text stands, so a line of both columns is a Welsh run of text
 * and an English one on one baseline, and read as they are the two languages alternate line by line. Here a page's
 * columns are found from that geometry: the gutter is where most lines have a run of text start after a wide gap.
 * Whether the record is Welsh beside English, and which column is English, is text-columns.ts's decision
 * (bilingualPages), the one the text path takes. The Welsh column's text is then taken off the page's lines, so the
 * page reads as its English column alone (paragraphs from the English lines' own spacing), with the text path's
 * warning; a line across the gutter (a heading over both columns) stays whole.
 */
import type { Segment } from './pdf-columns.ts';
import { pageSegments, type Line } from './pdf-lines.ts';
import { bilingualPages, columnsOf, WELSH_COLUMN_WARNING, type Cells, type PageColumns, type Side } from './text-columns.ts';

/** How far (in font sizes) a column's edge may stray from the gutter: the right column's lines start together. */
const SLACK = 0.5;

/** A page's lines, and a warning when a Welsh column was taken off them. */
export interface EnglishPages {
  pages: Line[][];
  warning: string | null;
}

/** A page's two columns, and for each line where its right column starts (±Infinity: the line is all right / all left). */
export interface PdfColumns {
  columns: PageColumns;
  boundaries: number[];
}

/**
 * A PDF's pages (their lines) with the Welsh column taken off, where the record is printed in two columns, Welsh and
 * English (bilingualPages); the pages unchanged otherwise.
 */
export function englishColumnOfPdf(pages: Line[][]): EnglishPages {
  const found = pages.map(pdfPageColumns);
  const bilingual = bilingualPages(found.map((page) => page?.columns ?? null));
  if (bilingual === null) return { pages, warning: null };
  const read = pages.map((lines, index) => (bilingual.split[index] ? englishLines(lines, found[index]!, bilingual.english) : lines));
  return { pages: read, warning: WELSH_COLUMN_WARNING };
}

/**
 * A page's two columns read from where its text stands; null when it has no gutter or is not laid out in two. Also
 * read by pdf-side-columns.ts, for two columns of English.
 */
export function pdfPageColumns(lines: Line[]): PdfColumns | null {
  const segmentsOf = pageSegments(lines);
  const gutter = gutterOf(segmentsOf);
  if (gutter === null) return null;
  const read = segmentsOf.map((segments) => cellsOf(segments, gutter));
  const columns = columnsOf(read.map((line) => line.cells));
  return columns && { columns, boundaries: read.map((line) => line.boundary) };
}

/**
 * Where a page's right column starts: the left edge at which the most lines have a run of text that is not their first
 * (so after a wide gap), the leftmost of equals, as a right column's indented lines start later. Null for a page with
 * no line of two runs of text.
 */
function gutterOf(segmentsOf: Segment[][]): number | null {
  const later = segmentsOf.map((segments) => segments.slice(1));
  let best: number | null = null;
  let bestCount = 0;
  // Each left edge once (to a point): a page of tables has many runs of text but few edges.
  for (const x0 of new Set(later.flat().map((segment) => Math.round(segment.x0)))) {
    const count = later.filter((segments) => segments.some((segment) => Math.abs(segment.x0 - x0) <= SLACK * segment.size)).length;
    if (count > bestCount || (count === bestCount && best !== null && x0 < best)) [best, bestCount] = [x0, count];
  }
  return best;
}

/**
 * A line's columns at a gutter: its runs of text from the first that starts at the gutter (or right of it) are the
 * right column, the runs before it the left; a run from left of the gutter reaching past it makes the line one across
 * the gutter. `boundary` is where the right column starts, for taking the line's pieces apart.
 */
function cellsOf(segments: Segment[], gutter: number): { cells: Cells; boundary: number } {
  const at = segments.findIndex((segment) => segment.x0 >= gutter - SLACK * segment.size);
  const left = at < 0 ? segments : segments.slice(0, at);
  const right = at < 0 ? [] : segments.slice(at);
  if (left.some((segment) => segment.x1 > gutter + SLACK * segment.size)) return { cells: { kind: 'across' }, boundary: Infinity };
  // Runs of text apart by a wide gap stay apart by a gutter's spaces, as in a text: a table's cells are not prose.
  const text = (side: Segment[]): string => side.map((segment) => segment.text).join('   ');
  const boundary = right.length === 0 ? Infinity : left.length === 0 ? -Infinity : right[0]!.x0;
  return { cells: { kind: 'columns', left: text(left), right: text(right) }, boundary };
}

/**
 * A two-column page's lines in English: from its first line of both columns to its last, each line's English pieces (a
 * line of the Welsh column alone goes), a line across the gutter whole; the lines before and after as they are.
 */
function englishLines(lines: Line[], page: PdfColumns, english: Side): Line[] {
  const { first, last, cells } = page.columns;
  const out = lines.slice(0, first);
  for (let at = first; at <= last; at++) {
    const line = lines[at]!;
    if (cells[at]!.kind === 'across') {
      out.push(line);
      continue;
    }
    const boundary = page.boundaries[at]!;
    const pieces = line.pieces.filter((piece) => (english === 'right' ? piece.x0 >= boundary : piece.x0 < boundary));
    if (pieces.length > 0) out.push({ y: line.y, size: Math.max(...pieces.map((piece) => piece.size)), pieces });
  }
  return [...out, ...lines.slice(last + 1)];
}
