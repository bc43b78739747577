/**
 * The file a build cache writes its records to (src/markdown/render-cache.ts, src/site/page-cache.ts),
 * and how it becomes the cache. Records are appended in large writes. On commit, the index that names
 * the file is written beside it and renamed over `index.json` last, in one rename, and every other
 * file of the folder is deleted; so an interrupted build leaves the previous cache whole.
 *
 * A build continues the previous build's file when at least half of it is still in use (`open`):
 * its records are appended after the previous ones, and a record kept from the previous build stays
 * where it is (the cache notes its place, `continued`) instead of being copied. After an import a
 * rebuild keeps nearly every record, and copying them all was seconds of a rebuild at 10,000
 * meetings. The previous index names only bytes that were there before, so appending leaves it
 * true; on abandon the file is cut back to where this build started. Otherwise the build writes a
 * new file, and on abandon deletes it.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAllSync, writeWholeSync } from './write-all.ts';

/**
 * The folder of one kind of build cache below Astro's `cacheDir`, e.g.
 * `buildCacheFolder(config.cacheDir, 'markdown')` (src/integrations/build-cache.ts says what they are).
 */
export function buildCacheFolder(cacheDir: URL | string, name: string): string {
  const root = typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir);
  return join(root, 'scrutiny', name);
}

/** Where a record is in a records file. */
export interface RecordPlace {
  offset: number;
  length: number;
}

/** The bytes of the record at `place` in the open file `fd`: fewer than its length when the file is cut short. */
export function readPlace(fd: number, place: RecordPlace): Buffer {
  // Not zeroed first: the read overwrites what is returned.
  const bytes = Buffer.allocUnsafe(place.length);
  return bytes.subarray(0, readSync(fd, bytes, 0, place.length, place.offset));
}

/**
 * Bytes kept in a cache file, read only when first asked for: most of a rebuild's kept pages are
 * never read (their file is in the output folder already, and their part of the search index is
 * kept), and reading twenty thousand of them was the larger part of sending them (BENCHMARKS.md,
 * round 14).
 */
export interface KeptBytes {
  /** How many bytes there are. */
  readonly length: number;
  /** The bytes (read once, then kept). */
  read(): Buffer;
}

/** `read`, called at most once, as KeptBytes of `length`. */
export function keptBytes(length: number, read: () => Buffer): KeptBytes {
  let bytes: Buffer | undefined;
  return { length, read: () => (bytes ??= read()) };
}

/** `body`'s bytes: itself, or read. */
export function bytesOf<Bytes extends Uint8Array>(body: Bytes | KeptBytes): Bytes | Buffer {
  return body instanceof Uint8Array ? body : body.read();
}

/** The index file of a cache folder, naming its records file. */
export const CACHE_INDEX = 'index.json';

const FLUSH_BYTES = 4 << 20;

/** The previous build's records file, and how many of its bytes its index names. */
export interface PreviousFile {
  name: string;
  liveBytes: number;
}

/** The previous build's file `name`, whose index names records of `lengths` bytes. */
export function previousFile(name: string, lengths: readonly number[]): PreviousFile {
  return { name, liveBytes: lengths.reduce((sum, length) => sum + length, 0) };
}

/** A file is continued while at least this share of it is records in use. */
const LIVE_SHARE = 0.5;

function continuable(folder: string, previous: PreviousFile | null): boolean {
  if (previous === null || previous.name.includes('/')) return false;
  try {
    return previous.liveBytes >= LIVE_SHARE * statSync(join(folder, previous.name)).size;
  } catch {
    return false;
  }
}

export class CacheFile {
  /** The file's name in the folder. */
  readonly name: string;
  /** True when the file is the previous build's, continued: a kept record can stay at its place in it. */
  readonly continued: boolean;
  private readonly fd: number;
  /** The file's size when this build opened it (0 for a new file). */
  private readonly start: number;
  private offset: number;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  private readonly folder: string;

  /** Opens the records file for a build in `folder`: the `previous` one continued, or a new one named `<prefix>-<id>.bin`. */
  constructor(folder: string, prefix: string, previous: PreviousFile | null = null) {
    this.folder = folder;
    mkdirSync(folder, { recursive: true });
    this.continued = continuable(folder, previous);
    this.name = this.continued && previous !== null ? previous.name : `${prefix}-${randomUUID()}.bin`;
    this.fd = openSync(join(folder, this.name), this.continued ? 'a' : 'w');
    this.start = fstatSync(this.fd).size;
    this.offset = this.start;
  }

  /** Appends a record; gives where it is in the file. */
  append(bytes: Buffer): RecordPlace {
    const place = { offset: this.offset, length: bytes.length };
    this.offset += bytes.length;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    return place;
  }

  private flush(): void {
    writeAllSync(this.fd, this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Makes the file the cache, with `index` (which should name it) as the folder's index. */
  commit(index: object): void {
    this.flush();
    closeSync(this.fd);
    writeWholeSync(join(this.folder, CACHE_INDEX), JSON.stringify(index));
    if (!existsSync(this.folder)) return;
    for (const name of readdirSync(this.folder))
      if (name !== CACHE_INDEX && name !== this.name) rmSync(join(this.folder, name), { force: true });
  }

  /** Drops what this build wrote: the previous cache stays as it was. */
  abandon(): void {
    if (this.continued) ftruncateSync(this.fd, this.start);
    closeSync(this.fd);
    if (!this.continued) rmSync(join(this.folder, this.name), { force: true });
  }
}
