/**
 * One record file read and checked: its YAML frontmatter parsed with the YAML 1.2 core schema
 * (so `2015-01-15` and `10:00` stay strings, as the `yaml` package reads them too) and
 * validated by the record's schema, and its Markdown body. js-yaml is used because it is
 * several times faster than `yaml` on these files, and every build reads every record.
 * Errors name the file; `npm run check` names the line as well.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { z } from 'astro/zod';
import { splitFrontmatter } from './frontmatter.ts';

export interface RecordFile<T> {
  data: T;
  body: string;
}

/**
 * Frontmatter YAML as the site reads it: the YAML 1.2 core schema, an empty block as no fields.
 * Throws js-yaml's YAMLException (with the line) when it does not parse.
 */
export function readYaml(yaml: string): unknown {
  return load(yaml, { schema: CORE_SCHEMA }) ?? {};
}

function frontmatter(text: string, file: string): { fields: Record<string, unknown>; body: string } {
  const split = splitFrontmatter(text);
  if (split === null) throw new Error(`${file}: no frontmatter (a record starts with a line "---"); run npm run check`);
  try {
    const fields = readYaml(split.yaml);
    if (typeof fields !== 'object' || Array.isArray(fields))
      throw new Error(`${file}: the frontmatter is not a set of fields; run npm run check`);
    return { fields: fields as Record<string, unknown>, body: split.body };
  } catch (error) {
    // The frontmatter starts on the file's second line.
    if (error instanceof YAMLException) throw new Error(`${file}:${error.mark.line + 2}: ${error.reason}; run npm run check`);
    throw error;
  }
}

/** One thing the schema refuses in a record: the field's path and what is wrong. */
export interface SchemaProblem {
  /** Path of the field, e.g. `['items', 3, 'anchor']`; empty for the record as a whole. */
  path: (string | number)[];
  /** `items.3.anchor: anchors are …`, as the site's errors and `npm run check` both word it. */
  message: string;
}

/** The schema's issues as the site and `npm run check` report them. */
export function schemaProblems(error: z.ZodError): SchemaProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    return { path, message: `${path.join('.') || '(record)'}: ${issue.message}` };
  });
}

/** Parses a record's text; `file` is only used in error messages. */
export function parseRecord<S extends z.ZodType>(text: string, schema: S, file: string): RecordFile<z.output<S>> {
  const { fields, body } = frontmatter(text, file);
  const result = schema.safeParse(fields);
  if (!result.success) {
    const problems = schemaProblems(result.error).map((problem) => problem.message);
    throw new Error(`${file}: ${problems.join('; ')}; run npm run check for the lines`);
  }
  return { data: result.data, body };
}

/** Reads and parses a record file. */
export async function readRecord<S extends z.ZodType>(file: string, schema: S): Promise<RecordFile<z.output<S>>> {
  return parseRecord(await readFile(file, 'utf8'), schema, file);
}

/** readRecord, synchronously: for loops over many files (src/model/event-loop.ts says why). */
export function readRecordSync<S extends z.ZodType>(file: string, schema: S): RecordFile<z.output<S>> {
  return parseRecord(readFileSync(file, 'utf8'), schema, file);
}

/** Record files among the names below a collection folder (`.md` in any case), sorted: one rule for the site and `npm run check`. */
export function recordNames(names: string[]): string[] {
  return names.filter((name) => /\.md$/i.test(name)).sort();
}

/** Markdown files below a folder, as sorted paths relative to it; none when it does not exist. */
export async function recordFiles(folder: string): Promise<string[]> {
  try {
    return recordNames(await readdir(folder, { recursive: true, encoding: 'utf8' }));
  } catch {
    return [];
  }
}

/** recordFiles, synchronously (the checker's listing). */
export function recordFilesSync(folder: string): string[] {
  try {
    return recordNames(readdirSync(folder, { recursive: true, encoding: 'utf8' }));
  } catch {
    return [];
  }
}

/** A record's id: its path below the collection folder, without `.md`, with forward slashes. */
export function recordId(name: string): string {
  return name.replace(/\.md$/i, '').split('\\').join('/');
}

/** Every record of a (small) folder, e.g. the committees a meeting summary compares items with. */
export async function readRecords<S extends z.ZodType>(folder: string, schema: S): Promise<{ id: string; data: z.output<S> }[]> {
  const records = [];
  for (const name of await recordFiles(folder)) {
    records.push({ id: recordId(name), data: (await readRecord(join(folder, name), schema)).data });
  }
  return records;
}
