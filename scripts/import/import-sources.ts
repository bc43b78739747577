/**
 * Reads source files (text, PDF, saved web pages) and runs the parser for each: files in, records out.
 * Nothing here writes. readSources says how each file went; importSources stops at the first refusal.
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pdfPool, type PdfPool } from './formats/pdf-pool.ts';
import { readSource } from './formats/read-source.ts';
import { readSideBySide } from './formats/side-columns.ts';
import { englishColumn } from './formats/text-columns.ts';
import { withoutTranslatedSubtitles } from './formats/translated-subtitles.ts';
import { spaceTables } from './formats/text-tables.ts';
import { withoutLineNumbers } from './formats/line-numbers.ts';
import { frontSheet, type PackDocuments } from './formats/text-pack.ts';
import { withPackReports } from './formats/text-pack-reports.ts';
import { parserFor } from './parsers.ts';
import { mergeMeeting } from './merge-meeting.ts';
import { linkRecommendations } from './recommendations/index.ts';
import { HEADER_DATE_NOTE, ImportError, meetingStatusRank, readAsPage, type ImportRecord, type SourceMeta } from './records.ts';
import { splitSource } from './source-header.ts';
import { addItemPages, linkDocuments, stampProvenance } from './source-passes.ts';
import { normaliseLineEnds, normaliseText } from './text.ts';
import { joinBrokenWords } from './line-end-hyphens.ts';
import { checkIsoDate } from '../../src/model/dates.ts';
import type { SourceFileType } from '../../src/model/schema.ts';

/** The files a folder is searched for: text, PDF, saved web pages and Markdown pages. */
const RAW_EXTENSIONS = /\.(txt|text|pdf|html?|md|markdown)$/i;

/** The kind of thing at a path, following links; `broken-link` for a link to nothing. */
function kindOf(path: string): 'file' | 'folder' | 'missing' | 'broken-link' | 'other' {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat) return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
  return lstatSync(path, { throwIfNoEntry: false }) ? 'broken-link' : 'missing';
}

function notReadable(path: string, kind: 'missing' | 'broken-link' | 'other'): ImportError {
  if (kind === 'broken-link') return new ImportError(path, null, 'is a link to a file that does not exist', 'Fix or remove the link');
  if (kind === 'other')
    return new ImportError(path, null, 'is not a file or a folder', 'Give a text, PDF or HTML file or a folder of them');
  return new ImportError(path, null, 'no such file or folder', 'Check the path');
}

/** The source files below a folder (.txt .text .pdf .html .htm .md .markdown; links followed, folders named `x.pdf` skipped), sorted. */
function filesIn(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch (error) {
    throw new ImportError(folder, null, `the folder cannot be read (${errorCode(error)})`, 'Check that it exists and that you may read it');
  }
  const files: string[] = [];
  for (const name of names.filter((entry) => RAW_EXTENSIONS.test(entry)).sort()) {
    const path = join(folder, name);
    const kind = kindOf(path);
    if (kind === 'file') files.push(path);
    else if (kind === 'broken-link' || kind === 'other') throw notReadable(path, kind);
  }
  return files;
}

/** Expands folders into the raw files below them, sorted so runs are repeatable. */
export function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const kind = kindOf(input);
    if (kind === 'folder') files.push(...filesIn(input));
    else if (kind === 'file') files.push(input);
    else throw notReadable(input, kind);
  }
  return [...new Set(files)];
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}

/** Reads a source file's bytes; an ImportError naming it when it cannot be read. */
async function readBytes(path: string, file: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new ImportError(file, null, `the file cannot be read (${errorCode(error)})`, 'Check that it exists and that you may read it');
  }
}

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

/**
 * Bilingual Welsh minutes printed in two columns are read in English (formats/text-columns.ts), and a Gaelic or Welsh
 * subtitle under each heading is set aside (formats/translated-subtitles.ts). A PDF's text has been
 * through that test already, by its pieces' positions (formats/pdf-bilingual.ts), and its warning comes with the
 * file's (importFile): what is left is one column or an ordinary two-column page, so it is not tested again. Two
 * columns of English side by side are then read the left one first (formats/side-columns.ts; a PDF's by
 * formats/pdf-side-columns.ts, from where its text stands).
 * A plain text's tables lined up with spaces then get tabs between their cells, as a PDF's and a web page's tables
 * already have (formats/text-tables.ts), once the English column alone is left.
 * Line numbers printed in the margin of a text or a PDF are taken off first (formats/line-numbers.ts); of a reports
 * pack in one text, the meeting is read from the agenda alone, and the reports after it are given apart
 * (formats/text-pack.ts) to be read as a PDF pack's are (formats/text-pack-reports.ts).
 */
function readColumns(text: string, fileType: SourceFileType): { text: string; warnings: string[]; pack: PackDocuments | null } {
  const numbered = readAsPage(fileType) ? { text, warning: null } : withoutLineNumbers(text);
  const english = fileType === 'pdf' ? { text: numbered.text, warning: null } : englishColumn(numbered.text);
  // Two columns of English side by side are read one after the other (formats/side-columns.ts; a PDF's already are).
  const sides = fileType === 'pdf' ? { text: english.text, warning: null } : readSideBySide(english.text);
  // A Gaelic or Welsh subtitle under each heading of a text or a PDF's text (formats/translated-subtitles.ts).
  const headed = readAsPage(fileType) ? { text: sides.text, warning: null } : withoutTranslatedSubtitles(sides.text);
  const warnings = [numbered.warning, english.warning, sides.warning, headed.warning].filter((w) => w !== null);
  if (fileType !== 'text') return { text: headed.text, warnings, pack: null };
  // A plain text's words broken at its lines' ends are put back whole, as a PDF's are (line-end-hyphens.ts), once its
  // columns are apart: a line's end is then its own column's.
  const pack = frontSheet(spaceTables(joinBrokenWords(headed.text)));
  return { text: pack.text, warnings, pack: pack.documents };
}

/** What `dateNote` says of a date taken from a Markdown page's front matter. */
const PAGE_DATE_NOTE =
  "Taken from the web page's front matter (its date:), which may be the day the page was published; the record's text states no date.";

/**
 * A record dated by its Markdown page's front matter (`pageDate`, the date parseSource was handed where a header's
 * stands) says so in its `dateNote` and a warning, never as the header's: a site's date is often the day it posted the
 * page. A record whose text states its own date, or whose date the command line gave, is left as it is.
 */
function withPageDateNote(record: ImportRecord, pageDate: string): ImportRecord {
  const data = record.data as { date?: unknown; dateNote?: unknown };
  if (data.date !== pageDate || data.dateNote !== HEADER_DATE_NOTE) return record;
  const noted = { ...record, data: { ...record.data, dateNote: PAGE_DATE_NOTE } } as ImportRecord;
  return withWarning(
    noted,
    `the record's text states no date: ${pageDate} is the date the page's front matter gives, which may be the day it was published`,
  );
}

/** A record with one more warning, where its collection keeps warnings (a council or committee keeps none). */
function withWarning(record: ImportRecord, warning: string): ImportRecord {
  if (!('warnings' in record.data) || record.data.warnings === undefined) return record;
  return { ...record, data: { ...record.data, warnings: [...record.data.warnings, warning] } } as ImportRecord;
}

const meetingRank = (record: ImportRecord) => (record.collection === 'meetings' ? meetingStatusRank(record.data.status) : 0);

/**
 * Merges records that several files produce. Councils and committees: the first wins.
 * A meeting known from two sources keeps the fuller one (minutes over agenda over a date
 * in the calendar), or is one record when one source is its attendance page (merge-attendance.ts) or
 * a recorded vote page (merge-votes.ts);
 * two different records of the same rank are an error.
 */
function mergeRecords(records: ImportRecord[], sources: Map<string, string>): ImportRecord[] {
  const byKey = new Map<string, ImportRecord>();
  for (const record of records) {
    const key = `${record.collection}/${record.id}`;
    const earlier = byKey.get(key);
    const together = earlier ? mergeMeeting(earlier, record) : null;
    if (!earlier) {
      byKey.set(key, record);
    } else if (together) {
      byKey.set(key, together);
    } else if (record.collection === 'meetings' && meetingRank(record) !== meetingRank(earlier)) {
      if (meetingRank(record) > meetingRank(earlier)) byKey.set(key, record);
    } else if (record.collection === 'meetings' || record.collection === 'reports' || record.collection === 'recommendations') {
      if (JSON.stringify(earlier) !== JSON.stringify(record)) {
        throw new ImportError(
          sources.get(key) ?? '',
          null,
          `two sources give different records for ${key}`,
          'Import one of them, or correct the date or committee in a source header',
        );
      }
    }
  }
  return [...byKey.values()];
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
  // A Markdown page's front matter date stands where a header's would, under the text's own date and the flags.
  const pageDate = flags.date === undefined ? source.pageDate : null;
  const given = { ...flags, ...(pageDate === null ? {} : { date: pageDate }), ...(url === undefined ? {} : { url }) };
  let records = parseSource(text, file, given, source.fileType);
  if (pageDate !== null) records = records.map((record) => withPageDateNote(record, pageDate));
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
