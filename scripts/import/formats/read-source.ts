/**
 * A source file's bytes in, the text the readers take out: a PDF through pdfToText, a saved web
 * page through htmlToText, a Markdown page (`.md`, `.markdown`) through markdownToText, anything else as UTF-8 text. Which kind a file is comes from its first
 * bytes (a PDF starts `%PDF-`, a page with a doctype or `<html`), then its extension, so a
 * misnamed file is still read right. Also the file's SHA-256, for the records' provenance.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { SourceFileType } from '../../../src/model/schema.ts';
import { ImportError } from '../records.ts';
import { FormatError } from './format-error.ts';
import { titleDate } from './html-title-date.ts';
import { htmlToText } from './html-text.ts';
import { markdownToText } from './markdown-text.ts';
import { pdfToText, type PdfText } from './pdf-text.ts';

export interface SourceText {
  /** The text the readers take: pages of a PDF joined by form feeds. */
  text: string;
  fileType: SourceFileType;
  /** SHA-256 of the file's bytes, hexadecimal. */
  sha256: string;
  /** For a PDF: the 1-based line of `text` where each page starts. */
  pageStarts: number[] | null;
  /** For a web page: the documents it links to, with absolute addresses where they can be known. */
  links: { text: string; url: string }[];
  /** For a web page: its canonical address, when it states one. */
  canonical: string | null;
  /** What reading the file set aside, for the records' warnings (a PDF's Welsh column, a Markdown page's front matter). */
  warnings: string[];
  /** For a Markdown page the date its front matter gives, for a web page the one its title gives: a candidate for a date its text does not state. */
  pageDate: string | null;
}

const FILE_TYPES: Record<string, SourceFileType> = {
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

/** The kind of file, from its first bytes, else its extension. */
export function fileTypeOf(path: string, bytes: Uint8Array): SourceFileType {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('%PDF-')) return 'pdf';
  if (/^(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) return 'html';
  return FILE_TYPES[extname(path).toLowerCase()] ?? 'text';
}

/** Turns a PDF's bytes into text: pdfToText itself, or a worker pool's (pdf-pool.ts). */
export type PdfReader = (bytes: Uint8Array, file: string) => Promise<PdfText>;

/**
 * Reads one source file's bytes; `file` names it in messages, `url` is where it was published (links in a web page
 * are resolved against it), `readPdf` what turns a PDF into text.
 */
export async function readSource(file: string, bytes: Uint8Array, url: string | null, readPdf: PdfReader = pdfToText): Promise<SourceText> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fileType = fileTypeOf(file, bytes);
  try {
    if (fileType === 'pdf') {
      const pdf = await readPdf(bytes, file);
      return {
        text: pdf.text,
        fileType,
        sha256,
        pageStarts: pdf.pageStarts,
        links: [],
        canonical: null,
        warnings: pdf.warnings,
        pageDate: null,
      };
    }
    const decoded = new TextDecoder('utf-8').decode(bytes);
    if (fileType === 'html') {
      const page = htmlToText(decoded, file, url);
      return {
        text: page.text,
        fileType,
        sha256,
        pageStarts: null,
        links: page.links,
        canonical: page.canonical,
        warnings: [],
        pageDate: titleDate(page.title),
      };
    }
    if (fileType === 'markdown') {
      const page = markdownToText(decoded, file, url);
      const { links, canonical, warnings } = page;
      return { text: page.text, fileType, sha256, pageStarts: null, links, canonical, warnings, pageDate: page.frontMatter.date };
    }
    return { text: decoded, fileType, sha256, pageStarts: null, links: [], canonical: null, warnings: [], pageDate: null };
  } catch (error) {
    if (error instanceof FormatError) throw new ImportError(error.file, null, error.problem, error.fix);
    throw error;
  }
}
