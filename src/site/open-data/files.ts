/**
 * The bulk data files as the build writes them: every table in CSV and JSON under `data/csv/` and
 * `data/json/` of the output folder, each group of tables (src/site/open-data/sources.ts) made in
 * one pass over its records, whose rows go to all its files as they are made. Only a batch of rows
 * and a few kilobytes of each file's text are held at a time, whatever the size of the archive.
 */
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { table } from './tables.ts';
import { encoder, FORMATS, type Format, type TableEncoder } from './write.ts';
import { unitTexts, type TableGroup } from './sources.ts';
import type { ReadsNow } from '../page-cache.ts';
import { writeAllSync } from '../../model/write-all.ts';

/** Text gathered up to this many bytes before it is written. */
const FLUSH_AT = 1 << 16;

/**
 * A file written in pieces as its text comes. Written synchronously, the event loop getting a turn
 * after each write: on libuv's threads, the writes waited behind the index merge's compression,
 * and slowed it (src/model/event-loop.ts).
 */
class TextFile {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly fd: number;

  private constructor(fd: number) {
    this.fd = fd;
  }

  static create(path: string): TextFile {
    mkdirSync(dirname(path), { recursive: true });
    return new TextFile(openSync(path, 'w'));
  }

  /** Adds text, or its UTF-8 bytes (a record's text kept by the last build). */
  async write(text: string | Buffer): Promise<void> {
    const bytes = typeof text === 'string' ? Buffer.from(text) : text;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes < FLUSH_AT) return;
    this.flush();
    await new Promise((resolve) => setImmediate(resolve));
  }

  private flush(): void {
    writeAllSync(this.fd, this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
  }

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
}

/** Where a table's file goes below the output folder: the address `files.dataFile` gives it, without the base. */
export function dataFilePath(name: string, format: Format): string {
  return join('data', format, `${name}.${format}`);
}

/**
 * Writes one group's tables, in both formats, into `folder`; returns the files written (relative
 * paths). `check` says whether what a record's rows read is the same as when a previous build kept
 * their text (unitTexts); without it, every record's rows are made and encoded.
 */
export async function writeGroup(folder: string, group: TableGroup, check?: ReadsNow): Promise<string[]> {
  const outputs: { file: TextFile; encode: TableEncoder; path: string }[][] = [];
  try {
    for (const name of group.tables) {
      const perTable = [];
      for (const format of FORMATS) {
        const path = dataFilePath(name, format);
        perTable.push({ file: TextFile.create(join(folder, path)), encode: encoder(table(name), format), path });
      }
      outputs.push(perTable);
    }
    for (const output of outputs.flat()) await output.file.write(output.encode.start());
    for await (const texts of unitTexts(group, check)) {
      for (const [index, perTable] of outputs.entries())
        for (const [at, output] of perTable.entries()) {
          const text = texts[index]?.[at];
          if (text === undefined || text.length === 0) continue;
          await output.file.write(output.encode.separator());
          await output.file.write(text);
        }
    }
    for (const output of outputs.flat()) await output.file.write(output.encode.end());
  } finally {
    for (const output of outputs.flat()) output.file.close();
  }
  return outputs.flat().map((output) => output.path);
}

/** Writes the text of `pieces` to `path` below `folder`, a few kilobytes at a time; returns `path`. */
export async function writeText(folder: string, path: string, pieces: Iterable<string>): Promise<string> {
  const file = TextFile.create(join(folder, path));
  try {
    for (const piece of pieces) await file.write(piece);
  } finally {
    file.close();
  }
  return path;
}

/** Writes every group's tables into `folder` (the build's output folder), as writeGroup; returns the files written. */
export async function writeDataFiles(folder: string, groups: TableGroup[], check?: ReadsNow): Promise<string[]> {
  const written: string[] = [];
  for (const group of groups) written.push(...(await writeGroup(folder, group, check)));
  return written;
}
