import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeKept, readKept, recordStamp, writeKept, type Kept, type KeptRead } from './kept-records.ts';

const root = mkdtempSync(join(tmpdir(), 'kept-records-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function entry(id: string, text = `the summary of ${id}`): Kept {
  return { id, data: { title: text, people: ['Ray Gooding', 'Tim Coulson'] }, filePath: `content/meetings/${id}.md`, digest: `d-${id}` };
}

/** The file as a load that serialised every entry would write it. */
const encoded = (entries: readonly Kept[]) => Buffer.concat(entries.flatMap(encodeKept));

/** The bytes of `file` (as `read` read them) for the entries read, and the entries serialised for the others. */
function expected(file: Buffer, read: KeptRead, entries: readonly Kept[]): Buffer {
  return Buffer.concat(
    entries.flatMap((kept) => {
      const place = read.places.get(kept);
      return place === undefined ? encodeKept(kept) : [file.subarray(...place)];
    }),
  );
}

describe('writeKept', () => {
  it('copies the entries it read from the file they were read from, and serialises the others', async () => {
    const file = join(root, 'copied', 'meetings.v8');
    const first = [entry('a'), entry('b'), entry('c'), entry('d')];
    const written = await writeKept(file, first, null);
    expect(written).toEqual({ copied: 0, encoded: 4, stamp: expect.any(String) });
    expect(readFileSync(file)).toEqual(encoded(first));
    const before = readFileSync(file);
    const read = await readKept(file);
    // The stamp the next load reads is the one the write gave (Astro's store names the file by it).
    expect(read.stamp).toBe(written.stamp);
    expect([...read.entries.values()]).toEqual(first);
    // An import: b changed, e is new; a, c and d are the entries read, unchanged.
    const [a, , c, d] = [...read.entries.values()] as Kept[];
    const next = [a, entry('b', 'changed'), c, d, entry('e')] as Kept[];
    expect(await writeKept(file, next, read)).toEqual({ copied: 3, encoded: 2, stamp: expect.any(String) });
    // The entries read are their bytes as they were (V8 may serialise an entry it read another way).
    expect(readFileSync(file).equals(expected(before, read, next))).toBe(true);
    expect([...(await readKept(file)).entries.values()]).toEqual(next);
  });

  it('serialises every entry when the file changed since it was read', async () => {
    const file = join(root, 'changed', 'meetings.v8');
    await writeKept(file, [entry('a'), entry('b')], null);
    const read = await readKept(file);
    // Another build wrote the file meanwhile (other entries, another size).
    writeFileSync(file, encoded([entry('x', 'another build')]));
    const entries = [...read.entries.values()];
    expect(await writeKept(file, entries, read)).toEqual({ copied: 0, encoded: 2, stamp: expect.any(String) });
    expect(readFileSync(file).equals(encoded(entries))).toBe(true);
    expect([...(await readKept(file)).entries.values()]).toEqual(entries);
  });

  it('copies a file larger than the runs it reads, whole and in order', async () => {
    const file = join(root, 'large', 'meetings.v8');
    const many = Array.from({ length: 400 }, (_, n) => entry(`m${n}`, `${n} `.repeat(2000)));
    await writeKept(file, many, null);
    const before = readFileSync(file);
    expect(before.length).toBeGreaterThan(2 * 2 ** 20);
    const read = await readKept(file);
    const entries = [...read.entries.values()];
    expect(await writeKept(file, entries, read)).toEqual({ copied: 400, encoded: 0, stamp: expect.any(String) });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('reads no entries from a missing file, and writes none without one', async () => {
    const read = await readKept(join(root, 'none.v8'));
    expect(read.entries.size).toBe(0);
    expect(await writeKept(null, [entry('a')], read)).toEqual({ copied: 0, encoded: 0, stamp: null });
  });
});

describe('recordStamp', () => {
  it('changes with any write, times put back or not, and is none while the file may still be changing', () => {
    const file = join(root, 'record.md');
    // A modification time long past, as a copy that keeps times gives.
    const past = new Date('2020-01-01T00:00:00Z');
    writeFileSync(file, 'one');
    utimesSync(file, past, past);
    const stats = statSync(file);
    expect(recordStamp(stats, stats.ctimeMs + 500)).toBeUndefined();
    const stamp = recordStamp(stats, stats.ctimeMs + 5_000);
    expect(stamp).toMatch(/\d/);
    expect(recordStamp(statSync(file), stats.ctimeMs + 5_000)).toBe(stamp);
    // Written again to the same size, its modification time put back: the change time differs.
    const until = Date.now() + 20;
    while (Date.now() < until);
    writeFileSync(file, 'two');
    utimesSync(file, past, past);
    const again = statSync(file);
    expect([again.size, again.mtimeMs, again.ino]).toEqual([stats.size, stats.mtimeMs, stats.ino]);
    expect(recordStamp(again, again.ctimeMs + 5_000)).not.toBe(stamp);
  });
});
