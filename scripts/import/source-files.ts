/**
 * Reads which source files the command was given and their bytes: folders expanded into the text, PDF, web page and
 * Markdown files below them, and each file's bytes read, with an ImportError naming what cannot be read. Apart from
 * import-sources.ts because finding and opening files is the file system's part, before any text is read.
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportError } from './records.ts';

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
export async function readBytes(path: string, file: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new ImportError(file, null, `the file cannot be read (${errorCode(error)})`, 'Check that it exists and that you may read it');
  }
}
