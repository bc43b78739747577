/**
 * The content loader's entries kept between builds (record-loader.ts): one file per collection below
 * Astro's cache folder, each entry a 4-byte length and the entry in V8's serialisation.
 *
 * A load writes the file again with its own entries. An entry it took unchanged from the file it read
 * is copied from that file's bytes, not serialised again: after an import, serialising every entry
 * again was a noticeable part of a rebuild's content sync (BENCHMARKS.md, round 12).
 * The bytes are copied only from the file as it was read (its size, change time and inode the same), in
 * runs of at most a megabyte, so the loader never holds the whole file again.
 */
import { dirname, join } from 'node:path';
import { mkdir, open, rename, stat, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { buildCacheFolder } from '../model/cache-file.ts';
import type { Entry } from './archive-data.ts';

/** What the loader keeps of a record: what the pages read (record-store.ts), and the digest it was made from. */
export interface Kept extends Entry<unknown> {
  digest: string;
  /**
   * The record file's stamp when its text was read (recordStamp): a file with the same stamp has
   * the same text, so the next load need not read it. None when the file had just changed.
   */
  fileStamp?: string | undefined;
}

/**
 * How recently (ms) a file may have changed for its stamp to be kept. File times tick with the
 * kernel's clock (a few milliseconds), so a file changed again in the tick it was read in, to the
 * same size, would keep its stamp; one that changed earlier than this cannot (Git's "racy" entries).
 */
const SETTLED_MS = 2000;

/**
 * A record file's stamp: its size, inode, and change and modification times, or undefined while it
 * may still be changing (SETTLED_MS). The change time is the kernel's, set by every write, so a tool
 * that puts an old modification time back (`cp -p`, `tar`) still changes the stamp.
 */
export function recordStamp(stats: Stats, now: number): string | undefined {
  return now - stats.ctimeMs < SETTLED_MS ? undefined : `${stampOf(stats)}:${stats.ctimeMs}`;
}

/**
 * A kept file as a load read it: its entries, where each one's bytes are in it, and the file's stamp
 * (Astro's store names the file by it: record-loader.ts's KEPT_MARK).
 */
export interface KeptRead {
  entries: Map<string, Kept>;
  /** Each entry's bytes in the file, [start, end), its length included. */
  places: WeakMap<Kept, [number, number]>;
  /** The file's size, modification time and inode when it was read; null when there was no file. */
  stamp: string | null;
}

/** What `writeKept` did: entries copied from the file read, and entries serialised; the written file's stamp (null: none written). */
export interface KeptWrite {
  copied: number;
  encoded: number;
  stamp: string | null;
}

/** Bytes read or written at a time. */
const CHUNK = 1 << 20;

/** The file the entries of `collection` are kept in between builds, below Astro's cache folder. */
export function keptFile(cacheDir: URL | string, collection: string): string {
  return join(buildCacheFolder(cacheDir, 'records'), `${collection}.v8`);
}

/** An entry as it is written: its length (4 bytes) and the entry in V8's serialisation (what structuredClone keeps). */
export function encodeKept(entry: Kept): Buffer[] {
  const bytes = serialize(entry);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(bytes.length);
  return [length, bytes];
}

/** The entries of a file of encoded entries, noting each one's place in `places`; none when it cannot be read. */
export function decodeKept(bytes: Buffer, places?: WeakMap<Kept, [number, number]>): Map<string, Kept> {
  const entries = new Map<string, Kept>();
  try {
    for (let at = 0; at < bytes.length;) {
      const length = bytes.readUInt32LE(at);
      const entry = deserialize(bytes.subarray(at + 4, at + 4 + length)) as Kept;
      entries.set(entry.id, entry);
      places?.set(entry, [at, at + 4 + length]);
      at += 4 + length;
    }
  } catch {
    // A file cut short or made by other code: every record is read again.
    return new Map();
  }
  return entries;
}

/** A file's size, modification time and inode: the kept file's stamp, and most of a record file's (recordStamp). */
function stampOf(stats: Stats): string {
  return `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
}

/** Reads `file` (null: no cache); a missing or unreadable file reads as no entries. */
export async function readKept(file: string | null): Promise<KeptRead> {
  const places = new WeakMap<Kept, [number, number]>();
  if (file === null) return { entries: new Map(), places, stamp: null };
  try {
    const handle = await open(file, 'r');
    try {
      const stamp = stampOf(await handle.stat());
      return { entries: decodeKept(await handle.readFile(), places), places, stamp };
    } finally {
      await handle.close();
    }
  } catch {
    return { entries: new Map(), places, stamp: null };
  }
}

/** The file as `read` read it, open, or null if it is not (gone, or changed since). */
async function sameFile(file: string, read: KeptRead | null): Promise<FileHandle | null> {
  if (read?.stamp == null) return null;
  try {
    const handle = await open(file, 'r');
    if (stampOf(await handle.stat()) === read.stamp) return handle;
    await handle.close();
  } catch {
    // No file to copy from: every entry is serialised.
  }
  return null;
}

/**
 * Writes `entries` to `file` (null: no cache) through a temporary file renamed over it; an entry of
 * `read` is copied from the file's bytes while the file is as `read` found it.
 */
export async function writeKept(file: string | null, entries: Iterable<Kept>, read: KeptRead | null): Promise<KeptWrite> {
  const done: KeptWrite = { copied: 0, encoded: 0, stamp: null };
  if (file === null) return done;
  await mkdir(dirname(file), { recursive: true });
  const next = `${file}.${process.pid}.tmp`;
  const source = await sameFile(file, read);
  const handle = await open(next, 'w');
  try {
    let parts: Buffer[] = [];
    let bytes = 0;
    // Consecutive entries of the file read, copied as one range.
    let run: { start: number; end: number; entries: Kept[] } | null = null;
    const take = (part: Buffer) => {
      parts.push(part);
      bytes += part.length;
    };
    const endRun = async () => {
      if (run === null) return;
      const copy = Buffer.allocUnsafe(run.end - run.start);
      const { bytesRead } = await (source as FileHandle).read(copy, 0, copy.length, run.start);
      // Read short (the file changed under the stamp): serialised instead.
      if (bytesRead === copy.length) {
        take(copy);
        done.copied += run.entries.length;
      } else for (const entry of run.entries) encode(entry);
      run = null;
    };
    const encode = (entry: Kept) => {
      for (const part of encodeKept(entry)) take(part);
      done.encoded += 1;
    };
    for (const entry of entries) {
      const place = source === null ? undefined : read?.places.get(entry);
      if (place !== undefined && run !== null && run.end === place[0] && place[1] - run.start <= CHUNK) {
        run.end = place[1];
        run.entries.push(entry);
      } else {
        await endRun();
        if (place === undefined) encode(entry);
        else run = { start: place[0], end: place[1], entries: [entry] };
      }
      if (bytes >= CHUNK) {
        await handle.write(Buffer.concat(parts));
        [parts, bytes] = [[], 0];
      }
    }
    await endRun();
    await handle.write(Buffer.concat(parts));
  } finally {
    await handle.close();
    await source?.close();
  }
  await rename(next, file);
  done.stamp = stampOf(await stat(file));
  return done;
}
