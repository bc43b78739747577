/**
 * Reads source files (text, PDF, saved web pages) and runs the parser for each: files in, records out.
 * Nothing here writes. readSources says how each file went; importSources stops at the first refusal.
 * Its steps stand apart: the files found and their bytes read (source-files.ts), the text made ready for the parsers
 * (source-text.ts), notes added to the records (record-notes.ts), and the records of several files merged (merge-records.ts).
 */
import { relative } from 'node:path';
import { pdfPool, type PdfPool } from './formats/pdf-pool.ts';
import { readSource } from './formats/read-source.ts';
import { withPackReports } from './formats/text-pack-reports.ts';
import { parserFor } from './parsers.ts';
import { mergeRecords } from './merge-records.ts';
import { linkRecommendations } from './recommendations/index.ts';
import { withPageDateNote, withWarning } from './record-notes.ts';
import { ImportError, type ImportRecord, type SourceMeta } from './records.ts';
import { readBytes } from './source-files.ts';
import { splitSource } from './source-header.ts';
import { addItemPages, linkDocuments, stampProvenance } from './source-passes.ts';
import { readColumns } from './source-text.ts';
import { normaliseLineEnds, normaliseText } from './text.ts';
import { checkIsoDate } from '../../src/model/dates.ts';
import type { SourceFileType } from '../../src/model/schema.ts';

/**
 * A bug of the importer (not a problem of the input) met while reading one file: the CLI
 * prints it as `error: <file>: internal error: <message>. Please report this`, without a stack.
 */
export class InternalError extends Error {
  readonly file: string;

  constructor(file: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'InternalError';
    this.file = file;
  }
}

/** Parses one raw text; `file` is used for provenance and messages, `fileType` says what kind of file the text came from. */
export function parseSource(input: string, file: string, flags: SourceMeta, fileType: SourceFileType = 'text'): ImportRecord[] {
  const raw = normaliseLineEnds(input);
  if (raw.includes('\u0000')) {
    throw new ImportError(
      file,
      null,
      'the file is binary: not text, a PDF or a web page',
      'Import the PDF or web page it came from, or its text saved as UTF-8',
    );
  }
  const { meta, text, headerLines } = splitSource(raw, file);
  const merged: SourceMeta = { ...meta };
  for (const [key, value] of Object.entries(flags)) {
    if (value !== undefined) merged[key as keyof SourceMeta] = value;
  }
  if (flags.date !== undefined && checkIsoDate(flags.date) === null) {
    throw new ImportError(
      '--date',
      null,
      `"${flags.date}" is not a calendar date written YYYY-MM-DD`,
      'Give the day of the meeting, e.g. --date 2017-07-11',
    );
  }
  const columns = readColumns(normaliseText(text), fileType);
  const normalised = columns.text;
  const parser = parserFor(normalised);
  if (!parser) {
    throw new ImportError(
      file,
      headerLines + 1,
      'the text is in no layout the importer recognises (a ModernGov "Agenda and minutes" or "Agenda item" page)',
      'Check that this is a meeting record; see README "Importing records" for the layouts supported',
    );
  }
  try {
    const context = { file, meta: merged, fileType };
    const parsed = parser.parse(normalised, context).records;
    const pack = columns.pack ? withPackReports(parsed, columns.pack, context) : { records: parsed, warnings: [] };
    const warnings = [...columns.warnings, ...pack.warnings];
    return warnings.reduce((done, warning) => done.map((record) => withWarning(record, warning)), pack.records);
  } catch (error) {
    if (error instanceof ImportError && error.line !== null && headerLines > 0) {
      throw new ImportError(error.file, error.line + headerLines, error.problem, error.fix);
    }
    throw error;
  }
}

/** How one source file went: its records, or why it was refused. */
export type SourceOutcome =
  { file: string; records: ImportRecord[]; error: null } | { file: string; records: []; error: ImportError | InternalError };

/** Where a batch has got to, for a progress line. */
export interface Progress {
  done: number;
  total: number;
  records: number;
  /** The file just read (or refused). */
  file: string;
}

export interface ReadOptions {
  /** Called after each file. */
  onProgress?: (progress: Progress) => void;
  /** Worker threads for PDFs: by default 2 when the batch holds at least 2 PDFs, else none (IMPORT_WORKERS=n overrides). */
  workers?: number;
}

/**
 * Reads one file (text, PDF or web page) and parses it: records with the file's type, SHA-256, address, item pages
 * and document links. `file` names it in provenance and messages; `pool` reads PDFs in worker threads.
 */
export async function importFile(path: string, file: string, flags: SourceMeta, pool: PdfPool | null = null): Promise<ImportRecord[]> {
  const bytes = await readBytes(path, file);
  const source = await readSource(file, bytes, flags.url ?? null, pool ? pool.toText : undefined);
  const url = flags.url ?? source.canonical ?? undefined;
  // A page break is also a paragraph break for the readers (as in text where form feeds became blank lines), so a
  // page's first line is never read as the end of the last paragraph of the page before.
  const pages = source.pageStarts ? pageBreaksAsParagraphs(source.text, source.pageStarts) : null;
  const text = pages?.text ?? source.text;
  // A Markdown page's front matter date (a web page's title's) stands where a header's would, under the text's own date and the flags.
  const pageDate = flags.date === undefined ? source.pageDate : null;
  const given = { ...flags, ...(pageDate === null ? {} : { date: pageDate }), ...(url === undefined ? {} : { url }) };
  let records = parseSource(text, file, given, source.fileType);
  if (pageDate !== null)
    records = records.map((record) => withPageDateNote(record, pageDate, source.fileType === 'html' ? 'title' : 'front matter'));
  // What reading the file set aside (a PDF's Welsh column) is said in each record, as parseSource says it for text.
  for (const warning of source.warnings) records = records.map((record) => withWarning(record, warning));
  records = stampProvenance(records, source.fileType, source.sha256);
  if (pages) records = addItemPages(records, pages.text, pages.pageStarts);
  return linkDocuments(records, source.links);
}

/** PDF text with a blank line before each page break (`\n\f` → `\n\n\f`), and where each page now starts. */
function pageBreaksAsParagraphs(text: string, pageStarts: readonly number[]): { text: string; pageStarts: number[] } {
  return { text: text.replaceAll('\n\f', '\n\n\f'), pageStarts: pageStarts.map((line, index) => line + index) };
}

function workersFor(files: string[], asked: number | undefined): number {
  const fromEnv = process.env['IMPORT_WORKERS'];
  if (asked !== undefined) return asked;
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  return files.filter((path) => /\.pdf$/i.test(path)).length >= 2 ? 2 : 0;
}

/**
 * Reads and parses every file, a few at a time (PDFs in worker threads when there are several), and says how each
 * went, sorted by file so nothing depends on the order they were given or finished in. Throws nothing for a file.
 */
export async function readSources(files: string[], flags: SourceMeta, root: string, options: ReadOptions = {}): Promise<SourceOutcome[]> {
  const workers = workersFor(files, options.workers);
  const pool = workers > 0 ? pdfPool(workers) : null;
  const outcomes: SourceOutcome[] = new Array<SourceOutcome>(files.length);
  let next = 0;
  let done = 0;
  let records = 0;
  async function lane(): Promise<void> {
    while (next < files.length) {
      const index = next++;
      const path = files[index]!;
      const file = relative(root, path) || path;
      try {
        outcomes[index] = { file, records: await importFile(path, file, flags, pool), error: null };
        records += outcomes[index].records.length;
      } catch (error) {
        outcomes[index] = { file, records: [], error: error instanceof ImportError ? error : new InternalError(file, error) };
      }
      done += 1;
      options.onProgress?.({ done, total: files.length, records, file });
    }
  }
  try {
    // One lane more than workers, so the main thread parses while the workers read PDFs.
    await Promise.all(Array.from({ length: Math.min(files.length, workers + 1) }, lane));
  } finally {
    await pool?.close();
  }
  return outcomes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The records of the files that were read, merged, with recommendations across files. */
export function combineSources(outcomes: readonly SourceOutcome[]): ImportRecord[] {
  const all: ImportRecord[] = [];
  const sources = new Map<string, string>();
  for (const outcome of outcomes) {
    for (const record of outcome.records) sources.set(`${record.collection}/${record.id}`, outcome.file);
    all.push(...outcome.records);
  }
  // Recommendations across files: derived from minutes and reports, responses linked (README "Recommendations").
  return linkRecommendations(mergeRecords(all, sources));
}

/**
 * Reads and parses every file; throws the first refusal (in file order): an ImportError (a problem of the input) or
 * an InternalError (a bug, naming the file being read), having written nothing.
 */
export async function importSources(files: string[], flags: SourceMeta, root: string, options: ReadOptions = {}): Promise<ImportRecord[]> {
  const outcomes = await readSources(files, flags, root, options);
  const refused = outcomes.find((outcome) => outcome.error !== null);
  if (refused?.error) throw refused.error;
  return combineSources(outcomes);
}
