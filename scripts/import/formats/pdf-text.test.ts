import { PDFDocument, PDFHexString, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { FormatError } from './format-error.ts';
import { pdfToText } from './pdf-text.ts';

/** Small PDFs made here with pdf-lib (our own words) pin down line building, page starts and the errors. */

type Draw = (page: PDFPage, font: PDFFont) => void;

async function makePdf(pages: Draw[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const draw of pages) draw(doc.addPage([595, 842]), font);
  return doc.save();
}

function at(page: PDFPage, font: PDFFont, text: string, x: number, y: number, size = 11): void {
  page.drawText(text, { x, y, size, font });
}

function lines(text: string): string[] {
  return text.split('\n');
}

async function formatError(bytes: Uint8Array): Promise<FormatError> {
  const error = await pdfToText(bytes, 'agenda.pdf').then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FormatError);
  return error as FormatError;
}

describe('pdfToText', () => {
  it('keeps a two-column header block in reading order, left part first', async () => {
    const bytes = await makePdf([
      (page, font) => {
        at(page, font, 'Date: 3 March 2031', 50, 780);
        at(page, font, 'Ask for: Robin Example', 360, 780);
        at(page, font, 'Our ref: ZZ/12', 50, 766);
        at(page, font, 'Tel: 0100 000000', 360, 766);
        at(page, font, 'Meeting of the Parks Panel', 50, 720, 16);
      },
    ]);
    const { text } = await pdfToText(bytes, 'header.pdf');
    expect(lines(text)).toEqual([
      'Date: 3 March 2031',
      'Ask for: Robin Example',
      'Our ref: ZZ/12',
      'Tel: 0100 000000',
      '',
      'Meeting of the Parks Panel',
      '',
    ]);
  });

  it('reads a table as rows, one cell a line', async () => {
    const rows = [
      ['Scheme', 'Ward', 'Cost'],
      ['Bench repairs', 'North', '1,200'],
      ['New bins', 'South', '800'],
    ];
    const bytes = await makePdf([
      (page, font) => rows.forEach((row, r) => row.forEach((cell, c) => at(page, font, cell, 50 + 170 * c, 700 - 16 * r))),
    ]);
    const { text } = await pdfToText(bytes, 'table.pdf');
    expect(lines(text).filter(Boolean)).toEqual(rows.flat());
  });

  it('with the rows layout, keeps a table row on one line: its cells in their columns, tab-separated, empty cells kept', async () => {
    const bytes = await makePdf([
      (page, font) => {
        at(page, font, 'Apologies', 50, 700);
        at(page, font, 'Substitutes', 250, 700);
        at(page, font, 'Cllr Robin Example', 50, 686);
        at(page, font, 'Cllr Sam Sample', 50, 672);
        at(page, font, 'Cllr Alex Person', 250, 672);
        at(page, font, 'Cllr Kim Other', 250, 658);
        at(page, font, 'The meeting closed at 8.15 pm.', 50, 620);
        at(page, font, 'Signed by the Chair', 80, 606);
      },
    ]);
    const rows = await pdfToText(bytes, 'table.pdf', 'rows');
    expect(lines(rows.text)).toEqual([
      'Apologies\tSubstitutes',
      'Cllr Robin Example',
      'Cllr Sam Sample\tCllr Alex Person',
      '\tCllr Kim Other',
      '',
      'The meeting closed at 8.15 pm.',
      // 30 points right of the margin: 11 spaces of a quarter of the 11-point type.
      `${' '.repeat(11)}Signed by the Chair`,
      '',
    ]);
    // As pdftotext flattens it (the default for a PDF that is no agenda pack): a cell a line, the empty cells gone.
    const flat = await pdfToText(bytes, 'table.pdf');
    expect(lines(flat.text).filter(Boolean)).toEqual([
      'Apologies',
      'Substitutes',
      'Cllr Robin Example',
      'Cllr Sam Sample',
      'Cllr Alex Person',
      'Cllr Kim Other',
      'The meeting closed at 8.15 pm.',
      'Signed by the Chair',
    ]);
  });

  it('keeps the rows of a PDF whose text reads as an agenda pack (its reader reads tables by their columns)', async () => {
    const agenda = [
      ['', '', 'Pages'],
      ['1', 'Apologies and Substitution Notices', ''],
      ['3', 'Minutes of the previous meeting', '5 - 12'],
    ];
    const bytes = await makePdf([
      (page, font) => {
        at(page, font, 'Membership', 50, 760);
        agenda.forEach((row, r) => row.forEach((cell, c) => cell && at(page, font, cell, [50, 80, 400][c]!, 700 - 14 * r)));
      },
    ]);
    const { text } = await pdfToText(bytes, 'pack.pdf');
    expect(lines(text)).toEqual([
      'Membership',
      '',
      '\t\tPages',
      '1\tApologies and Substitution Notices',
      '3\tMinutes of the previous meeting\t5 - 12',
      '',
    ]);
  });

  it('joins a word hyphenated at a line end only before a lower-case letter', async () => {
    const bytes = await makePdf([
      (page, font) => {
        at(page, font, 'The panel agreed to recon-', 50, 700);
        at(page, font, 'sider the lighting plan later.', 50, 686);
        at(page, font, 'Robin Example was elected Vice-', 50, 672);
        at(page, font, 'Chair for the year.', 50, 658);
      },
    ]);
    const { text } = await pdfToText(bytes, 'hyphen.pdf');
    expect(lines(text)).toEqual([
      'The panel agreed to reconsider the lighting plan later.',
      'Robin Example was elected Vice-',
      'Chair for the year.',
      '',
    ]);
  });

  it('puts a blank line where the vertical gap is clearly wider than the line spacing', async () => {
    const bytes = await makePdf([
      (page, font) => {
        at(page, font, 'First paragraph, line one', 50, 700);
        at(page, font, 'first paragraph, line two', 50, 686);
        at(page, font, 'Second paragraph', 50, 650);
      },
    ]);
    const { text } = await pdfToText(bytes, 'paragraphs.pdf');
    expect(lines(text)).toEqual(['First paragraph, line one', 'first paragraph, line two', '', 'Second paragraph', '']);
  });

  it('joins pages with form feeds and says on which line each page starts', async () => {
    const page =
      (n: number): Draw =>
      (p, font) => {
        at(p, font, `Minute ${n}: the panel met on site.`, 50, 760);
        at(p, font, `It looked at path ${n}.`, 50, 746);
        at(p, font, `Page ${n} of 3`, 270, 30, 8);
      };
    const bytes = await makePdf([page(1), page(2), page(3)]);
    const result = await pdfToText(bytes, 'footer.pdf');
    expect(result.pages).toBe(3);
    const pages = result.text.split('\f');
    expect(pages).toHaveLength(3);
    pages.forEach((pageText, i) => expect(pageText.trim().split('\n').at(-1)).toBe(`Page ${i + 1} of 3`));
    const all = lines(result.text);
    expect(result.pageStarts).toEqual([1, 5, 9]);
    result.pageStarts.forEach((start, i) => expect(all[start - 1]).toBe(`${i ? '\f' : ''}Minute ${i + 1}: the panel met on site.`));
  });

  it('leaves the caller’s bytes usable and takes a Node Buffer', async () => {
    const bytes = await makePdf([(page, font) => at(page, font, 'Hello', 50, 700)]);
    await pdfToText(bytes, 'a.pdf');
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await pdfToText(bytes, 'a.pdf')).text).toBe('Hello\n');
    expect((await pdfToText(Buffer.from(bytes), 'a.pdf')).text).toBe('Hello\n');
  });

  it('prints nothing of its own, even for a damaged file', async () => {
    const spies = (['log', 'info', 'warn', 'error'] as const).map((level) => vi.spyOn(console, level));
    const bytes = await makePdf([(page, font) => at(page, font, 'Damaged', 50, 700)]);
    await formatError(bytes.slice(0, Math.floor(bytes.length * 0.6)));
    await pdfToText(bytes, 'fine.pdf');
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });

  it('says a PDF without a text layer needs OCR', async () => {
    const bytes = await makePdf([(page) => page.drawRectangle({ x: 40, y: 40, width: 500, height: 700, color: rgb(0.6, 0.6, 0.6) })]);
    const error = await formatError(bytes);
    expect(error.problem).toMatch(/no text layer/);
    expect(error.message).toBe(`agenda.pdf: ${error.problem}. ${error.fix}`);
    expect(error.fix).toMatch(/OCR/);
  });

  it('rejects a truncated PDF, random bytes and an empty file', async () => {
    const bytes = await makePdf([(page, font) => at(page, font, 'Cut short', 50, 700)]);
    await formatError(bytes.slice(0, Math.floor(bytes.length / 2)));
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    expect((await formatError(noise)).problem).toMatch(/not a PDF/);
    await formatError(new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...noise]));
    await formatError(new Uint8Array());
  });

  it('says an encrypted PDF needs a password', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    at(doc.addPage(), font, 'Locked', 50, 700);
    const junk = PDFHexString.of('ab'.repeat(32));
    const encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, O: junk, U: junk, P: -4 });
    doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
    doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of('01'.repeat(16)), PDFHexString.of('01'.repeat(16))]);
    const error = await formatError(await doc.save({ useObjectStreams: false }));
    expect(error.problem).toMatch(/password/);
  });

  // How fast a long PDF is read is measured by `npm run bench` (BENCHMARKS.md), not timed here.
  it('reads every page of a 150-page PDF and where each starts', async () => {
    const page: Draw = (p, font) => {
      for (let i = 0; i < 40; i++) at(p, font, `Line ${i} of a long report about parks, paths and benches.`, 50, 780 - 18 * i, 10);
    };
    const bytes = await makePdf(Array.from({ length: 150 }, () => page));
    const result = await pdfToText(bytes, 'long.pdf');
    expect(result.pages).toBe(150);
    expect(result.pageStarts[149]).toBe(149 * 40 + 1);
  });
});
