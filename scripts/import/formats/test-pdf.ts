/**
 * Test helper: draws text into a PDF with pdf-lib, a line of text per line of the PDF, so tests can import a PDF
 * made from a text and compare. Lines are drawn at fixed steps (a blank line leaves a gap), tab-separated cells at
 * separate x positions, `\f` starts a new page; a Unicode font (Liberation Sans, from pdfjs-dist) is embedded. The
 * page is as wide as the longest line needs (up to 14,400 pt) and the type small, because pack lines run long.
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

function cells(line: string, font: PDFFont, size: number): { text: string; x: number }[] {
  const out: { text: string; x: number }[] = [];
  let x = 20;
  for (const cell of line.split('\t')) {
    const text = cell.replace(/\s+$/, '');
    if (text.trim() !== '') out.push({ text: text.trimStart(), x });
    x += font.widthOfTextAtSize(text, size) + 8 * size;
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
    const drawn = lines.map((line) => cells(line, font, size));
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
    if (options.footer) page.drawText(options.footer.replace('{n}', String(n + 1)), { x: 20, y: 12, size, font });
  }
  return doc.save();
}
