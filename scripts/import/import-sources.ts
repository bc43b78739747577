/**
 * Reads raw files and runs the parser for each: files in, records out.
 * Nothing here writes; an error in any file stops the whole import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parserFor } from './parsers.ts';
import { ImportError, meetingStatusRank, type ImportRecord, type SourceMeta } from './records.ts';
import { splitSource } from './source-header.ts';
import { normaliseText } from './text.ts';

const RAW_EXTENSIONS = /\.(txt|text)$/i;

/** Expands folders into the raw files below them, sorted so runs are repeatable. */
export function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = statSync(input, { throwIfNoEntry: false });
    if (!stat) throw new ImportError(input, null, 'no such file or folder', 'Check the path');
    if (stat.isDirectory()) {
      const entries = readdirSync(input, { recursive: true, encoding: 'utf8' })
        .filter((name) => RAW_EXTENSIONS.test(name))
        .sort();
      files.push(...entries.map((name) => join(input, name)));
    } else {
      files.push(input);
    }
  }
  return [...new Set(files)];
}

/** Parses one raw text; `file` is used for provenance and messages. */
export function parseSource(raw: string, file: string, flags: SourceMeta): ImportRecord[] {
  if (raw.includes('\u0000')) {
    throw new ImportError(file, null, 'the file is binary, not text', 'Convert it to text first (for a PDF: pdftotext -layout)');
  }
  const { meta, text, headerLines } = splitSource(raw, file);
  const merged: SourceMeta = { ...meta };
  for (const [key, value] of Object.entries(flags)) {
    if (value !== undefined) merged[key as keyof SourceMeta] = value;
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

/** Reads and parses every file; throws the first ImportError, having read nothing into place. */
export function importSources(files: string[], flags: SourceMeta, root: string): ImportRecord[] {
  const all: ImportRecord[] = [];
  const sources = new Map<string, string>();
  for (const path of files) {
    const file = relative(root, path) || path;
    const records = parseSource(readFileSync(path, 'utf8'), file, flags);
    for (const record of records) sources.set(`${record.collection}/${record.id}`, file);
    all.push(...records);
  }
  return mergeRecords(all, sources);
}
