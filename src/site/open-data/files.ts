/**
 * The bulk data files as the build writes them: every table in CSV and JSON under `data/csv/` and
 * `data/json/` of the output folder, each group of tables (src/site/open-data/sources.ts) made in
 * one pass over its records, whose rows go to all its files as they are made. Only a batch of rows
 * and a few kilobytes of each file's text are held at a time, whatever the size of the archive.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { table } from './tables.ts';
import { encoder, type Format, type TableEncoder } from './write.ts';
import type { TableGroup } from './sources.ts';

/** Text gathered up to this many characters before it is written. */
const FLUSH_AT = 1 << 16;

/**
 * A file written in pieces as its text comes. Written synchronously, the event loop getting a turn
 * after each write: on libuv's threads, the writes waited behind the index merge's compression,
 * and slowed it (src/model/event-loop.ts).
 */
class TextFile {
  private pending = '';
  private constructor(private readonly fd: number) {}

  static create(path: string): TextFile {
    mkdirSync(dirname(path), { recursive: true });
    return new TextFile(openSync(path, 'w'));
  }

  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length < FLUSH_AT) return;
    this.flush();
    await new Promise((resolve) => setImmediate(resolve));
  }

  private flush(): void {
    const text = this.pending;
    this.pending = '';
    const written = writeSync(this.fd, text, null, 'utf8');
    // A short write (a full disk) leaves the rest, which is tried again, and fails with the error.
    if (written < Buffer.byteLength(text)) writeSync(this.fd, Buffer.from(text).subarray(written));
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

const FORMATS: Format[] = ['csv', 'json'];

/** Writes one group's tables, in both formats, into `folder`; returns the files written (relative paths). */
export async function writeGroup(folder: string, group: TableGroup): Promise<string[]> {
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
    for await (const step of group.steps) {
      for (const [index, perTable] of outputs.entries()) {
        const batch = step[index] ?? [];
        if (batch.length === 0) continue;
        for (const output of perTable) await output.file.write(output.encode.rows(batch));
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

/** Writes every group's tables into `folder` (the build's output folder); returns the files written. */
export async function writeDataFiles(folder: string, groups: TableGroup[]): Promise<string[]> {
  const written: string[] = [];
  for (const group of groups) written.push(...(await writeGroup(folder, group)));
  return written;
}
