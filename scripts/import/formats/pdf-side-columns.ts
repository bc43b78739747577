/**
 * A PDF's pages printed in two columns of English side by side, read from where their text stands: a line of both
 * columns is two runs of text on one baseline, so read as they stand the columns alternate line by line. Its columns
 * are found as pdf-bilingual.ts finds a Welsh page's (pdfPageColumns), and whether they are two columns of prose is
 * side-columns.ts's test (sideBySideVerdict), the one the text path takes. A page read so has its right column's lines
 * moved under its left column's (their baselines lowered by the left column's height and a paragraph's gap), so the
 * page is drawn again in reading order and its lines, paragraphs and joins come out as any page's do.
 */
import { pdfPageColumns, type PdfColumns } from './pdf-bilingual.ts';
import type { Line } from './pdf-lines.ts';
import { columnsEnd, readingOrder, sideBySideVerdict, sideBySideWarning } from './side-columns.ts';

/** The gap left between a column's last line and the next column's first, in font sizes: a paragraph's. */
const COLUMN_GAP = 2.5;
/** A space above a line wider than this (in font sizes) parts it from the lines above, as a blank line in a text. */
const WIDE_SPACE = 2;

/** A PDF's pages (their lines) and the warning naming the pages read in two columns, or suspected of it. */
export interface SideBySidePages {
  pages: Line[][];
  warning: string | null;
}

/**
 * A PDF's pages with each page printed in two columns of English side by side read as its left column, then its
 * right (see sideBySideVerdict), with a warning naming those pages and the pages only suspected of it, which stay as
 * they are; the pages unchanged otherwise.
 */
export function readSideBySidePdf(pages: Line[][]): SideBySidePages {
  const read: string[] = [];
  const suspected: string[] = [];
  const out = pages.map((lines, index) => {
    const page = pdfPageColumns(lines);
    const verdict = page === null ? null : sideBySideVerdict(page.columns);
    if (page === null || verdict === null) return lines;
    (verdict === 'columns' ? read : suspected).push(String(index + 1));
    return verdict === 'columns' ? columnLines(lines, page) : lines;
  });
  const named = (list: string[]): string[] => (list.length === 0 ? [] : [`${list.length === 1 ? 'page' : 'pages'} ${list.join(', ')}`]);
  const warning = sideBySideWarning(named(read), named(suspected));
  return { pages: warning === null ? pages : out, warning };
}

/** A line moved down the page (its baseline and its pieces'). */
function lowered(line: Line, by: number): Line {
  return by === 0 ? line : { ...line, y: line.y - by, pieces: line.pieces.map((piece) => ({ ...piece, y: piece.y - by })) };
}

/**
 * A two-column page's lines in reading order (readingOrder): each column's pieces of its lines, the right column's
 * lowered under the left's, a line across the gutter whole; every line after lowered as far, so the page stays in
 * order top to bottom.
 */
function columnLines(lines: Line[], page: PdfColumns): Line[] {
  const { cells, first, last } = page.columns;
  const end = columnsEnd(cells, last, (at) => lines[at - 1]!.y - lines[at]!.y > WIDE_SPACE * lines[at]!.size);
  const out = lines.slice(0, first);
  let drop = 0;
  for (const block of readingOrder(cells, first, end)) {
    const side = block[0]!.side;
    if (side === null) {
      out.push(lowered(lines[block[0]!.at]!, drop));
      continue;
    }
    const top = lines[block[0]!.at]!;
    const bottom = lines[block.at(-1)!.at]!;
    // The right column starts a paragraph's gap under the left column's foot.
    const height = side === 'right' ? top.y - bottom.y + COLUMN_GAP * top.size : 0;
    if (side === 'right') drop += height;
    for (const { at } of block) {
      const line = lines[at]!;
      const boundary = page.boundaries[at]!;
      const pieces = line.pieces.filter((piece) => (side === 'right' ? piece.x0 >= boundary : piece.x0 < boundary));
      if (pieces.length > 0) out.push(lowered({ y: line.y, size: Math.max(...pieces.map((piece) => piece.size)), pieces }, drop));
    }
  }
  return [...out, ...lines.slice(end + 1).map((line) => lowered(line, drop))];
}
