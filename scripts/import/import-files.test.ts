/**
 * Source files as councils publish them, through importFile / readSources (issue 13): PDFs made here with pdf-lib
 * from the seeds' text import to the same records as the text, bad PDFs and hostile web pages give one-line errors
 * or clean records, web page links become document addresses, PDF items get their pages.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFHexString, rgb, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pdfToText } from './formats/pdf-text.ts';
import { drawable, textToPdf } from './formats/test-pdf.ts';
import { importFile, importSources, readSources } from './import-sources.ts';
import { ImportError, recordsIn, type ImportRecord } from './records.ts';
import { splitSource } from './source-header.ts';
import { SEED_002 } from './test-sources.ts';
import { recordPath, toMarkdown } from './writer.ts';

const SEED_001 = 'content/sources/001_281d21af7a6e953c.txt';
const tempDir = () => mkdtempSync(join(tmpdir(), 'import-files-'));

function write(folder: string, name: string, bytes: Uint8Array | string): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

/** What a meeting record says apart from its minutes' wording: ids, date, items' numbers, titles and documents, attendance. */
function summary(records: ImportRecord[]): unknown[] {
  return records.map((record) => {
    if (record.collection !== 'meetings') return { id: record.id, data: record.data };
    const { date, status, attendance, documents, committee, council, startTime, venue } = record.data;
    // Not the resolutions: "1) Note …" written with a wide gap comes out of a PDF as "1)" and "Note …" on two lines, so
    // numbered resolutions are split differently (items 50, 51: 2 from the text, 1 from the PDF). Left for the reader.
    const items = (record.data.items ?? []).map(({ number, title, documents: docs }) => ({ number, title, docs }));
    return { id: record.id, date, status, attendance, documents, committee, council, startTime, venue, items };
  });
}

/** The files an import writes, by path: each file's frontmatter (parsed) and body. */
function recordFiles(records: ImportRecord[]): Map<string, { data: Record<string, any>; body: string }> {
  return new Map(
    records.map((record) => {
      const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(toMarkdown(record)) ?? [];
      return [recordPath(record), { data: parse(yaml) as Record<string, any>, body }];
    }),
  );
}

async function refusal(path: string): Promise<ImportError> {
  const error = await importFile(path, path, {}).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('a PDF made from a seed imports to the same records as its text', () => {
  it('seed 002 (a ModernGov meeting page) over several pages: same meeting, items, attendance and documents; pages per item', async () => {
    const { meta, text } = splitSource(readFileSync(SEED_002, 'utf8'), SEED_002);
    const body = await drawable(text);
    const folder = tempDir();
    const txt = write(folder, 'meeting.txt', body);
    const pdf = write(folder, 'meeting.pdf', await textToPdf(body, { linesPerPage: 60 }));
    const flags = { council: meta.council };
    const fromText = await importFile(txt, 'meeting.txt', flags);
    const fromPdf = await importFile(pdf, 'meeting.pdf', flags);
    // Minutes text differs only in line breaks: a wide gap in a line ("1)  Note …") is a new line in a PDF.
    expect(summary(fromPdf)).toEqual(summary(fromText));
    const [meeting] = recordsIn(fromPdf, 'meetings');
    expect(meeting?.data.provenance).toMatchObject({
      file: 'meeting.pdf',
      fileType: 'pdf',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const pages = (meeting?.data.items ?? []).map((item) => item.pages);
    expect(pages[0]).toBe('1');
    expect(pages.at(-1)).toMatch(/^[34](-4)?$/);
    expect(pages.every((page) => page !== null)).toBe(true);
  });

  it(`seed 001 (${SEED_001}, an agenda pack's text) drawn as a PDF: the same record files as its text`, async () => {
    const { text } = splitSource(readFileSync(SEED_001, 'utf8'), SEED_001);
    const body = await drawable(text);
    const folder = tempDir();
    const txt = write(folder, 'pack.txt', body);
    // One long page: the text keeps no page breaks (its converter dropped them), and each paragraph is one line of
    // it, so pages cut at every N lines would be pages of one-line paragraphs, where a blank line is the usual line
    // spacing and no paragraph gap shows. Tables (lines with tabs) are drawn with their columns lined up.
    const pdfBytes = await textToPdf(body);
    const pdf = write(folder, 'pack.pdf', pdfBytes);
    const fromText = recordFiles(await importSources([txt], {}, folder));
    const fromPdf = recordFiles(await importSources([pdf], {}, folder));

    // The tracker's rows (PAF/03/15) are only found when the tracker keeps its columns.
    expect((await pdfToText(pdfBytes, 'pack.pdf')).text).toContain(
      'People & Families\tCommunity Agents\tFull Committee\t\t12-Mar-15\tThe Cabinet member suggested',
    );
    const trackerRows = (paths: Iterable<string>) => [...paths].filter((path) => path.includes('/paf-03-15/'));
    expect(trackerRows(fromText.keys())).toHaveLength(29);
    expect(trackerRows(fromPdf.keys())).toEqual(trackerRows(fromText.keys()));
    expect([...fromPdf.keys()]).toEqual([...fromText.keys()]);
    const sha256 = createHash('sha256').update(pdfBytes).digest('hex');
    for (const [path, { data, body: textBody }] of fromText) {
      const fromPdfFile = fromPdf.get(path)!;
      expect(fromPdfFile.body, path).toBe(textBody);
      const pdfData = structuredClone(fromPdfFile.data);
      // What only says which file a record came from differs, and only that: the importer's checksum (a hash of the
      // whole file, provenance included) and the provenance's file, type and SHA-256 of the bytes.
      delete pdfData['importChecksum'];
      const expected = structuredClone(data);
      delete expected['importChecksum'];
      if (expected['provenance']) {
        expect(expected['provenance']).toMatchObject({ file: 'pack.txt', fileType: 'text' });
        expect(pdfData['provenance']).toMatchObject({ file: 'pack.pdf', fileType: 'pdf', sha256 });
        expected['provenance'] = { ...expected['provenance'], file: 'pack.pdf', fileType: 'pdf', sha256 };
      }
      // An item's pages: the agenda's printed pages from either; for an item the agenda gives none for, a PDF also
      // gives the pages of the file it stands on, where its title is found (a text has no pages).
      for (const [i, item] of (expected['items'] ?? []).entries()) {
        const pages = pdfData['items'][i]?.pages;
        if (item.pages !== null || pages === null) continue;
        expect(pages, `${path} item ${item.number}`).toMatch(/^\d+(-\d+)?$/);
        item.pages = pages;
      }
      expect(pdfData, path).toEqual(expected);
    }
  });
});

describe('PDFs that cannot be imported: one clear line, nothing else', () => {
  it('a scan (no text layer), an encrypted, a truncated and a random-bytes PDF', async () => {
    const folder = tempDir();
    const scanDoc = await PDFDocument.create();
    scanDoc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.8, 0.8, 0.8) });
    const scan = write(folder, 'scan.pdf', await scanDoc.save());

    const lockedDoc = await PDFDocument.create();
    const font = await lockedDoc.embedFont(StandardFonts.Helvetica);
    lockedDoc.addPage().drawText('Locked minutes', { x: 50, y: 700, size: 11, font });
    const junk = PDFHexString.of('ab'.repeat(32));
    lockedDoc.context.trailerInfo.Encrypt = lockedDoc.context.register(
      lockedDoc.context.obj({ Filter: 'Standard', V: 1, R: 2, O: junk, U: junk, P: -4 }),
    );
    lockedDoc.context.trailerInfo.ID = lockedDoc.context.obj([PDFHexString.of('01'.repeat(16)), PDFHexString.of('01'.repeat(16))]);
    const locked = write(folder, 'locked.pdf', await lockedDoc.save({ useObjectStreams: false }));

    const whole = await textToPdf('Minutes of the meeting\n\n1. Apologies\n\nNone.');
    const truncated = write(folder, 'truncated.pdf', whole.subarray(0, Math.floor(whole.length / 3)));
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    const random = write(folder, 'random.pdf', noise);
    const randomWithHeader = write(folder, 'header-only.pdf', new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...noise]));

    expect((await refusal(scan)).message).toMatch(/scan\.pdf: has no text layer \(a scan\?\)\. Run OCR/);
    expect((await refusal(locked)).message).toMatch(/locked\.pdf: is encrypted and needs a password/);
    expect((await refusal(truncated)).message).toMatch(/truncated\.pdf: (is damaged|could not be read)/);
    // Random bytes named .pdf are no PDF: read as text, they are binary.
    expect((await refusal(random)).message).toMatch(/random\.pdf: is not a PDF file\. Check that the download finished/);
    expect((await refusal(randomWithHeader)).message).toMatch(/header-only\.pdf: (is damaged|could not be read|has no pages)/);
    for (const path of [scan, locked, truncated, random, randomWithHeader]) {
      expect((await refusal(path)).message.split('\n')).toHaveLength(1);
    }
  });
});

const PAGE = `<!doctype html><html><head><title>Meeting</title>
<link rel="canonical" href="https://democracy.example.gov.uk/ieListDocuments.aspx?MId=7">
<script>document.write('Agenda and minutes 1. INJECTED')</script></head>
<body onload="alert(1)"><nav>Home | Meetings</nav><div class="cookie-banner">We use cookies</div>
<main><h1>Agenda and minutes</h1>
<p>Overview and Scrutiny Committee - Tuesday, 11th July, 2017 7.00 pm</p>
<p>Venue: Committee Room 1. <a href="javascript:alert(1)">View directions</a></p>
<iframe src="https://evil.example/"><p>Framed text</p></iframe>
<h2>Items</h2>
<table><tr><th>No.</th><th>Item</th></tr>
<tr><td><p>1.</p></td><td><p><strong>Minutes</strong></p>
<ul><li><a href="documents/s1/Minutes.pdf" onclick="steal()" style="background:url(javascript:x)">Minutes <span>pdf icon PDF 97 KB</span></a></li></ul>
<p>To approve the minutes of the meeting held on 1 February 2017.</p>
<p>Minutes:</p><p>The minutes were approved as a correct record.</p></td></tr>
<tr><td><p>2.</p></td><td><p><strong>Budget Report</strong></p>
<ul><li><a href="/documents/s2/Budget%20Report.pdf">Budget Report <span>pdf icon PDF 1 MB</span></a></li></ul>
<p>Minutes:</p><p>RESOLVED: That the report be noted.</p></td></tr></table>
<img src=x onerror="alert(1)"><svg><script>alert(2)</script></svg>
</main><footer>Share this item</footer></body></html>`;

describe('web pages', () => {
  it('a page with scripts, an iframe and hostile attributes gives clean records; links become document addresses', async () => {
    const folder = tempDir();
    const path = write(folder, 'meeting.html', PAGE);
    const records = await importFile(path, 'meeting.html', { council: 'Example Council' });
    const text = JSON.stringify(records);
    for (const hostile of ['INJECTED', 'alert', 'evil.example', 'Framed text', 'javascript', 'steal', 'cookies', 'Share this']) {
      expect(text).not.toContain(hostile);
    }
    const [meeting] = recordsIn(records, 'meetings');
    expect(meeting?.data.provenance).toMatchObject({
      fileType: 'html',
      url: 'https://democracy.example.gov.uk/ieListDocuments.aspx?MId=7',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const documents = (meeting?.data.items ?? []).flatMap((item) => item.documents ?? []);
    expect(documents.map((document) => document.url)).toEqual([
      'https://democracy.example.gov.uk/documents/s1/Minutes.pdf',
      'https://democracy.example.gov.uk/documents/s2/Budget%20Report.pdf',
    ]);
  });

  it('--url wins over the canonical link', async () => {
    const path = write(tempDir(), 'meeting.html', PAGE);
    const records = await importFile(path, 'meeting.html', { council: 'Example Council', url: 'https://council.example/m/7' });
    expect(recordsIn(records, 'meetings')[0]?.data.provenance.url).toBe('https://council.example/m/7');
  });
});

describe('readSources', () => {
  it('says how each file went, sorted by file whatever the order given, with PDFs read in worker threads', async () => {
    const folder = tempDir();
    const { text } = splitSource(readFileSync(SEED_002, 'utf8'), SEED_002);
    const good = write(folder, 'b-good.pdf', await textToPdf(await drawable(text), { linesPerPage: 80 }));
    const scanDoc = await PDFDocument.create();
    scanDoc.addPage();
    const scan = write(folder, 'a-scan.pdf', await scanDoc.save());
    const seen: string[] = [];
    const onProgress = ({ file }: { file: string }) => seen.push(file);
    const forward = await readSources([good, scan], { council: 'Thurrock Council' }, folder, { workers: 2, onProgress });
    const backward = await readSources([scan, good], { council: 'Thurrock Council' }, folder, { workers: 0 });
    expect(forward.map((outcome) => outcome.file)).toEqual(['a-scan.pdf', 'b-good.pdf']);
    expect(JSON.stringify(forward)).toBe(JSON.stringify(backward));
    expect(forward[0]?.error?.message).toMatch(/no text layer/);
    expect(forward[1]?.records.length).toBeGreaterThan(0);
    expect(seen.sort()).toEqual(['a-scan.pdf', 'b-good.pdf']);
  });
});
