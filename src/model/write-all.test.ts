import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAllSync, writeWholeSync } from './write-all.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('writeAllSync', () => {
  it('writes every buffer in order, also more than one system call takes', () => {
    const folder = mkdtempSync(join(tmpdir(), 'write-all-'));
    folders.push(folder);
    const path = join(folder, 'file');
    const buffers = Array.from({ length: 5000 }, (_, n) => Buffer.from(`${n},`));
    const fd = openSync(path, 'w');
    writeAllSync(
      fd,
      buffers,
      buffers.reduce((sum, buffer) => sum + buffer.length, 0),
    );
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe(buffers.join(''));
  });

  it('fails with the system’s error when the file cannot take the bytes', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      expect(() => writeAllSync(fd, [Buffer.from('record')], 6)).toThrow(/ENOSPC/);
    } finally {
      closeSync(fd);
    }
  });
});

describe('writeWholeSync', () => {
  it('replaces the file with the whole of the new content, leaving no temporary file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'write-whole-'));
    folders.push(folder);
    const path = join(folder, 'index.json');
    writeWholeSync(path, 'first');
    writeWholeSync(path, Buffer.from('second'));
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(folder)).toEqual(['index.json']);
  });

  it('leaves the file as it was when the new content cannot be written', () => {
    const folder = mkdtempSync(join(tmpdir(), 'write-whole-'));
    folders.push(folder);
    const path = join(folder, 'index.json');
    writeWholeSync(path, 'first');
    // A folder where the temporary file would go: writing it fails before the file is touched.
    mkdirSync(`${path}.${process.pid}.tmp`);
    expect(() => writeWholeSync(path, 'second')).toThrow(/EISDIR/);
    expect(readFileSync(path, 'utf8')).toBe('first');
  });
});
