import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAllSync } from './write-all.ts';

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
