/**
 * Test helper: draws text into a PDF with pdf-lib, a line of text per line of the PDF, so tests can import a PDF
 * made from a text and compare. Lines are drawn at fixed steps (a blank line leaves a gap), a line's leading spaces
 * indent it, lines of tab-separated cells are drawn as a table with its columns lined up (see layOut), `\f` starts a
 * new page; a Unicode font (Liberation Sans, from pdfjs-dist) is embedded. The page is as wide as the longest line
 * needs (up to 14,400 pt) and the type small, because pack lines run long.
 */
import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument, type PDFFont } from 'pdf-lib';

const FONT = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/LiberationSans-Regular.ttf');

export interface TextPdfOptions {
  /** Font size in points (default 6). */
  size?: number;
  /** Lines per page when the text has no `\f` of its own (default: all on one page). */
  linesPerPage?: number;
  /** Text drawn at the foot of every page, e.g. `Page {n}` (a running footer). */
  footer?: string;
}

/** The text with each character the embedded font cannot draw replaced by its compatibility form (⁴ → 4). */
export async function drawable(text: string): Promise<string> {
  const font = fontkit.create(readFileSync(FONT));
  return [...text]
    .map((ch) => (ch === '\n' || ch === '\t' || ch === '\f' || font.hasGlyphForCodePoint(ch.codePointAt(0)!) ? ch : ch.normalize('NFKC')))
    .join('');
}

/** The left margin, in points. */
const MARGIN = 20;
/** Space between two columns of a table, in font sizes. */
const COLUMN_GAP = 8;

/**
 * Where each line's cells are drawn. Lines with tabs, one after another (blank lines between them too), are the rows
 * of one table, drawn as a real pack draws one: each column starts where the widest cell of the column before ends,
 * plus a gap, so the cells of a column line up; an empty cell leaves its column blank. Other lines start at the left
 * margin, indented by the width of their leading spaces.
 */
function layOut(lines: string[], font: PDFFont, size: number): { text: string; x: number }[][] {
  const out: { text: string; x: number }[][] = [];
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!.replace(/\s+$/, '');
    if (!line.includes('\t')) {
      const indent = font.widthOfTextAtSize(/^\s*/.exec(line)![0], size);
      out.push(line === '' ? [] : [{ text: line.trimStart(), x: MARGIN + indent }]);
      i++;
      continue;
    }
    let end = i + 1;
    for (let next = end; next < lines.length && (lines[next]!.trim() === '' || lines[next]!.includes('\t')); next++) {
      if (lines[next]!.includes('\t')) end = next + 1;
    }
    const rows = lines.slice(i, end).map((row) => row.split('\t').map((cell) => cell.trim()));
    const widths: number[] = [];
    for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, font.widthOfTextAtSize(cell, size))));
    const starts = widths.map((_, c) => MARGIN + widths.slice(0, c).reduce((sum, width) => sum + width + COLUMN_GAP * size, 0));
    for (const row of rows) out.push(row.flatMap((text, c) => (text === '' ? [] : [{ text, x: starts[c]! }])));
    i = end;
  }
  return out;
}

export async function textToPdf(text: string, options: TextPdfOptions = {}): Promise<Uint8Array> {
  const size = options.size ?? 6;
  const step = size * 1.3;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(FONT), { subset: true });
  let pages = text.split('\f').map((page) => page.split('\n'));
  if (options.linesPerPage) {
    const per = options.linesPerPage;
    pages = pages.flatMap((lines) => Array.from({ length: Math.ceil(lines.length / per) }, (_, i) => lines.slice(i * per, (i + 1) * per)));
  }
  for (const [n, lines] of pages.entries()) {
    const drawn = layOut(lines, font, size);
    const width = Math.min(
      14_400,
      Math.max(200, ...drawn.map((row) => (row.at(-1)?.x ?? 0) + font.widthOfTextAtSize(row.at(-1)?.text ?? '', size) + 40)),
    );
    const height = Math.min(14_400, lines.length * step + 80);
    const page = doc.addPage([width, height]);
    let y = height - 40;
    for (const row of drawn) {
      for (const cell of row) page.drawText(cell.text, { x: cell.x, y, size, font });
      y -= step;
    }
    if (options.footer) page.drawText(options.footer.replace('{n}', String(n + 1)), { x: MARGIN, y: 12, size, font });
  }
  return doc.save();
}
