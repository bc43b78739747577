/**
 * Reads raw files and runs the parser for each: files in, records out.
 * Nothing here writes; an error in any file stops the whole import.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parserFor } from './parsers.ts';
import { linkRecommendations } from './recommendations/index.ts';
import { ImportError, meetingStatusRank, type ImportRecord, type SourceMeta } from './records.ts';
import { splitSource } from './source-header.ts';
import { normaliseLineEnds, normaliseText } from './text.ts';
import { checkIsoDate } from '../../src/model/dates.ts';

const RAW_EXTENSIONS = /\.(txt|text)$/i;

/** The kind of thing at a path, following links; `broken-link` for a link to nothing. */
function kindOf(path: string): 'file' | 'folder' | 'missing' | 'broken-link' | 'other' {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat) return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
  return lstatSync(path, { throwIfNoEntry: false }) ? 'broken-link' : 'missing';
}

function notReadable(path: string, kind: 'missing' | 'broken-link' | 'other'): ImportError {
  if (kind === 'broken-link') return new ImportError(path, null, 'is a link to a file that does not exist', 'Fix or remove the link');
  if (kind === 'other') return new ImportError(path, null, 'is not a file or a folder', 'Give a text file or a folder of them');
  return new ImportError(path, null, 'no such file or folder', 'Check the path');
}

/** The raw files below a folder (links followed, folders named `x.txt` skipped), sorted. */
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

/** Reads a raw file as text; an ImportError naming it when it cannot be read. */
function readRaw(path: string, file: string): string {
  try {
    return readFileSync(path, 'utf8');
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

/** Parses one raw text; `file` is used for provenance and messages. */
export function parseSource(input: string, file: string, flags: SourceMeta): ImportRecord[] {
  const raw = normaliseLineEnds(input);
  if (raw.includes('\u0000')) {
    throw new ImportError(file, null, 'the file is binary, not text', 'Convert it to text first (for a PDF: pdftotext -layout)');
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
  const normalised = normaliseText(text);
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
    return parser.parse(normalised, { file, meta: merged }).records;
  } catch (error) {
    if (error instanceof ImportError && error.line !== null && headerLines > 0) {
      throw new ImportError(error.file, error.line + headerLines, error.problem, error.fix);
    }
    throw error;
  }
}

const meetingRank = (record: ImportRecord) => (record.collection === 'meetings' ? meetingStatusRank(record.data.status) : 0);

/**
 * Merges records that several files produce. Councils and committees: the first wins.
 * A meeting known from two sources keeps the fuller one (minutes over agenda over a date
 * in the calendar); two different records of the same rank are an error.
 */
function mergeRecords(records: ImportRecord[], sources: Map<string, string>): ImportRecord[] {
  const byKey = new Map<string, ImportRecord>();
  for (const record of records) {
    const key = `${record.collection}/${record.id}`;
    const earlier = byKey.get(key);
    if (!earlier) {
      byKey.set(key, record);
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

/**
 * Reads and parses every file; throws the first ImportError (a problem of the input) or an
 * InternalError (a bug, naming the file being read), having written nothing.
 */
export function importSources(files: string[], flags: SourceMeta, root: string): ImportRecord[] {
  const all: ImportRecord[] = [];
  const sources = new Map<string, string>();
  for (const path of files) {
    const file = relative(root, path) || path;
    let records: ImportRecord[];
    try {
      records = parseSource(readRaw(path, file), file, flags);
    } catch (error) {
      throw error instanceof ImportError ? error : new InternalError(file, error);
    }
    for (const record of records) sources.set(`${record.collection}/${record.id}`, file);
    all.push(...records);
  }
  // Recommendations across files: derived from minutes and reports, responses linked (README "Recommendations").
  return linkRecommendations(mergeRecords(all, sources));
}
