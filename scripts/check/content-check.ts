/**
 * Checks every record under a content root: each file against the shared schema, and
 * every cross-reference (council, committee, meeting, report) against the files that exist.
 * Problems come back with file and line, so a person can fix them by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { YAMLException } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { collections, type CollectionName } from '../../src/model/schema.ts';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { readYaml, recordFilesSync, recordId, schemaProblems } from '../../src/model/record-file.ts';
import { meetingDay, recordNameProblem } from '../../src/model/record-names.ts';
import { linksOf, type RecordLink } from '../../src/model/record-links.ts';

export interface Problem {
  file: string;
  line: number;
  message: string;
}

interface LoadedRecord {
  collection: CollectionName;
  id: string;
  file: string;
  /** The references the record makes to other records. */
  refs: RecordLink[];
  /** A meeting's item anchors, in order. */
  anchors: string[];
}

/** Line (in the YAML text, 1-based) of the deepest key or list entry on a path that exists. */
function lineFinder(document: Document, counter: LineCounter): (path: (string | number)[]) => number {
  return (path) => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const parent = depth > 1 ? document.getIn(path.slice(0, depth - 1), true) : document.contents;
      const last = path[depth - 1];
      let offset: number | undefined;
      if (isMap(parent))
        offset = (
          parent.items.find((pair) => String((pair.key as { value?: unknown }).value) === String(last))?.key as
            { range?: number[] } | undefined
        )?.range?.[0];
      else if (isSeq(parent) && typeof last === 'number') offset = (parent.items[last] as { range?: number[] } | undefined)?.range?.[0];
      if (offset !== undefined) return counter.linePos(offset).line;
    }
    return 1;
  };
}

/** The YAML document of a record with line positions: read again only when a problem needs a line. */
function documentOf(yamlText: string): { document: Document; lineOf: (path: (string | number)[]) => number } {
  const counter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter: counter });
  // +1: the frontmatter starts on the file's second line.
  return { document, lineOf: (path) => lineFinder(document, counter)(path) + 1 };
}

/** The line of a path in a record file (1 when it cannot be found). */
export function lineInFile(file: string, path: (string | number)[]): number {
  const yamlText = splitFrontmatter(readFileSync(file, 'utf8'))?.yaml;
  return yamlText === undefined ? 1 : documentOf(yamlText).lineOf(path);
}

/** YAML 1.2 core, as the site's loader reads it (src/model/record-file.ts); the error when it does not parse. */
function fastParse(yamlText: string): { fields: unknown } | { error: YAMLException } {
  try {
    return { fields: readYaml(yamlText) };
  } catch (error) {
    if (error instanceof YAMLException) return { error };
    throw error;
  }
}

/** The text of a record file; a problem when it cannot be read (a folder named `x.md`, a broken link). */
function readText(file: string, problems: Problem[]): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    problems.push({ file, line: 1, message: `cannot be read (${reason}). Make it a record file, or remove it` });
    return null;
  }
}

/** A meeting named by its date must hold that date, or its page's address says another day. */
function meetingDateProblem(file: string, name: string, data: Record<string, unknown>, lineOf: () => number): Problem | null {
  const last = recordId(name).split('/').at(-1) ?? '';
  // "2024-05-14-ordinary-meeting": the body's second meeting that day, named by its date then its own name.
  const day = meetingDay(last) ?? last;
  if (day.startsWith('undated-') || data['date'] === day) return null;
  return {
    file,
    line: lineOf(),
    message: `date: the file is named ${last}.md but the meeting's date is ${String(data['date'])}. Correct the date, or rename the file to the date`,
  };
}

function loadFile(collection: CollectionName, root: string, name: string, problems: Problem[]): LoadedRecord | null {
  const file = join(root, collection, name);
  const nameProblem = recordNameProblem(collection, name);
  if (nameProblem !== null) problems.push({ file, line: 1, message: `file name: ${nameProblem}` });
  const text = readText(file, problems);
  if (text === null) return null;
  const yamlText = splitFrontmatter(text)?.yaml ?? null;
  if (yamlText === null) {
    problems.push({ file, line: 1, message: 'no frontmatter: a record starts with a `---` line, its YAML fields, and another `---` line' });
    return null;
  }
  const parsed = fastParse(yamlText);
  if ('error' in parsed) {
    // The `yaml` package words the error best; js-yaml's own words when only js-yaml rejects the text.
    const error = documentOf(yamlText).document.errors[0];
    const line = error ? (error.linePos?.[0]?.line ?? 0) + 1 : parsed.error.mark.line + 2;
    problems.push({ file, line, message: `YAML does not parse: ${error ? error.message.split('\n')[0] : parsed.error.reason}` });
    return null;
  }
  const result = collections[collection].safeParse(parsed.fields);
  if (!result.success) {
    const { lineOf } = documentOf(yamlText);
    for (const problem of schemaProblems(result.error)) problems.push({ file, line: lineOf(problem.path), message: problem.message });
    return null;
  }
  const data = result.data as Record<string, unknown>;
  if (collection === 'meetings' && nameProblem === null) {
    const problem = meetingDateProblem(file, name, data, () => documentOf(yamlText).lineOf(['date']));
    if (problem !== null) problems.push(problem);
  }
  const anchors = collection === 'meetings' ? (data['items'] as { anchor: string }[]).map((item) => item.anchor) : [];
  // Only what the link check needs is kept: an archive of 100,000 meetings does not fit in memory whole.
  return { collection, id: recordId(name), file, refs: linksOf(collection, data), anchors };
}

/** Loads every record; name and schema problems are added to `problems`. */
export function loadContent(root: string, problems: Problem[]): LoadedRecord[] {
  const records: LoadedRecord[] = [];
  for (const collection of Object.keys(collections) as CollectionName[]) {
    for (const name of recordFilesSync(join(root, collection))) {
      const record = loadFile(collection, root, name, problems);
      if (record) records.push(record);
    }
  }
  return records;
}

/** Problems with references between records, and with anchors that repeat in a meeting. */
export function checkLinks(records: LoadedRecord[]): Problem[] {
  const ids = new Map<CollectionName, Set<string>>();
  for (const record of records) {
    if (!ids.has(record.collection)) ids.set(record.collection, new Set());
    ids.get(record.collection)?.add(record.id);
  }
  const problems: Problem[] = [];
  for (const record of records) {
    for (const { path, target, id } of record.refs) {
      if (ids.get(target)?.has(id)) continue;
      problems.push({
        file: record.file,
        line: lineInFile(record.file, path),
        message: `${path.join('.')}: "${id}" is not a record in ${target}/ (create ${target}/${id}.md, or correct the id)`,
      });
    }
    if (record.collection === 'meetings') problems.push(...duplicateAnchors(record));
  }
  return problems;
}

function duplicateAnchors(record: LoadedRecord): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  record.anchors.forEach((anchor, index) => {
    if (seen.has(anchor)) {
      problems.push({
        file: record.file,
        line: lineInFile(record.file, ['items', index, 'anchor']),
        message: `items.${index}.anchor: "${anchor}" is used by an earlier item; anchors must be unique in a meeting`,
      });
    }
    seen.add(anchor);
  });
  return problems;
}

/** Every problem in a content root. */
export function checkContent(root: string): Problem[] {
  const problems: Problem[] = [];
  const records = loadContent(root, problems);
  return [...problems, ...checkLinks(records)];
}
