import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CACHE_INDEX, CacheFile } from './cache-file.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const made = mkdtempSync(join(tmpdir(), 'cache-file-'));
  folders.push(made);
  return made;
}

/** A committed file holding `records`; returns its name and size. */
function committed(dir: string, records: string[]): { name: string; size: number } {
  const file = new CacheFile(dir, 'records');
  for (const text of records) file.append(Buffer.from(text));
  file.commit({ records: file.name });
  return { name: file.name, size: statSync(join(dir, file.name)).size };
}

describe('CacheFile', () => {
  it('writes a new file, and on commit makes it the folder’s only file beside the index', () => {
    const dir = folder();
    const first = committed(dir, ['aaaa', 'bbbb']);
    const second = committed(dir, ['cccc']);
    expect(second.name).not.toBe(first.name);
    expect(readdirSync(dir).sort()).toEqual([CACHE_INDEX, second.name].sort());
    expect(JSON.parse(readFileSync(join(dir, CACHE_INDEX), 'utf8'))).toEqual({ records: second.name });
  });

  it('writes every record at the place it gave, also for more records than one write call takes', () => {
    const dir = folder();
    const file = new CacheFile(dir, 'records');
    const records = Array.from({ length: 5000 }, (_, n) => Buffer.from(`record ${n};`));
    const places = records.map((record) => file.append(record));
    file.append(Buffer.alloc(5 << 20, 'x'));
    file.commit({ records: file.name });
    const bytes = readFileSync(join(dir, file.name));
    expect(bytes.length).toBe(records.reduce((sum, record) => sum + record.length, 0) + (5 << 20));
    for (const [n, { offset, length }] of places.entries()) {
      expect(bytes.subarray(offset, offset + length).toString()).toBe(`record ${n};`);
    }
  });

  it('continues the previous file while at least half of it is in use: records are appended after it', () => {
    const dir = folder();
    const first = committed(dir, ['aaaa', 'bbbb']);
    const file = new CacheFile(dir, 'records', { name: first.name, liveBytes: 4 });
    expect(file.continued).toBe(true);
    expect(file.name).toBe(first.name);
    expect(file.append(Buffer.from('cc'))).toEqual({ offset: 8, length: 2 });
    file.commit({ records: file.name });
    expect(readFileSync(join(dir, first.name), 'utf8')).toBe('aaaabbbbcc');
  });

  it('starts a new file when less than half of the previous one is in use', () => {
    const dir = folder();
    const first = committed(dir, ['aaaa', 'bbbb', 'cccc']);
    const file = new CacheFile(dir, 'records', { name: first.name, liveBytes: 4 });
    expect(file.continued).toBe(false);
    expect(file.name).not.toBe(first.name);
    expect(file.append(Buffer.from('aaaa'))).toEqual({ offset: 0, length: 4 });
  });

  it('starts a new file when the previous one is missing', () => {
    const dir = folder();
    expect(new CacheFile(dir, 'records', { name: 'records-gone.bin', liveBytes: 10 }).continued).toBe(false);
  });

  it('on abandon, cuts a continued file back to what the previous build left', () => {
    const dir = folder();
    const first = committed(dir, ['aaaa', 'bbbb']);
    const file = new CacheFile(dir, 'records', { name: first.name, liveBytes: 8 });
    file.append(Buffer.alloc(8 << 20));
    file.abandon();
    expect(readFileSync(join(dir, first.name), 'utf8')).toBe('aaaabbbb');
  });

  it('on abandon, deletes a new file and leaves the previous cache', () => {
    const dir = folder();
    const first = committed(dir, ['aaaa']);
    const file = new CacheFile(dir, 'records');
    file.append(Buffer.from('bbbb'));
    file.abandon();
    expect(readdirSync(dir).sort()).toEqual([CACHE_INDEX, first.name].sort());
  });
});
