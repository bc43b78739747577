/**
 * Each record of a summarised collection (meetings, reports, recommendations) as the content loader
 * parsed and checked it, its data and body, kept as JSON in one file per collection below Astro's
 * cache folder. The loader holds summaries only (record-loader.ts says why); the record's page, the
 * trackers, the feeds and the data tables need the whole record again, and reading its copy is one
 * read and a JSON parse, where reading its file again was the YAML parsed and the schema checked once
 * more (BENCHMARKS.md, "Full build, round 8").
 *
 * A copy is written when the loader parses a record and stays while the record is unchanged: the
 * file is a cache file (src/model/cache-file.ts), continued by the next load while most of it is in
 * use. A copy holds the digest it was made from (record-loader.ts's entry digest) and is used only
 * for an entry with that digest; any copy that cannot be read is a miss, and the record's own file is
 * read instead.
 */
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCacheFolder, CACHE_INDEX, CacheFile, previousFile, readPlace, type RecordPlace } from '../model/cache-file.ts';
import { processGlobal } from '../model/process-global.ts';
import type { RecordFile } from '../model/record-file.ts';

/** The folder of a collection's copies, below Astro's cache folder. */
export function copiesFolder(cacheDir: URL | string, collection: string): string {
  return join(buildCacheFolder(cacheDir, 'copies'), collection);
}

/** The copies file the folder's index names; null when there is none. */
function indexedFile(folder: string): string | null {
  try {
    const index = JSON.parse(readFileSync(join(folder, CACHE_INDEX), 'utf8')) as { name?: unknown };
    return typeof index.name === 'string' ? index.name : null;
  } catch {
    return null;
  }
}

/** One load's writing of a collection's copies. */
export class CopyWriter {
  private readonly file: CacheFile;
  /** The previous load's file, open while records are carried from it to a new one. */
  private previousFd: number | null = null;

  private readonly folder: string;

  /**
   * Opens the copies of the folder for a load; `previous` are the places of the copies the previous
   * load kept (the file is continued while they are at least half of it).
   */
  constructor(folder: string, previous: readonly RecordPlace[]) {
    this.folder = folder;
    const name = indexedFile(folder);
    const before =
      name === null
        ? null
        : previousFile(
            name,
            previous.map((place) => place.length),
          );
    this.file = new CacheFile(folder, 'copies', before);
    if (name !== null && !this.file.continued) {
      try {
        this.previousFd = openSync(join(folder, name), 'r');
      } catch {
        this.previousFd = null;
      }
    }
  }

  /** Keeps the copy of a record just parsed, made from `digest`. */
  add(digest: string, record: RecordFile<unknown>): RecordPlace {
    return this.file.append(Buffer.from(JSON.stringify([digest, record.data, record.body])));
  }

  /** Keeps a copy the previous load kept, where it is (a continued file) or copied; null if it cannot be read. */
  carry(place: RecordPlace): RecordPlace | null {
    if (this.file.continued) return place;
    if (this.previousFd === null) return null;
    const bytes = readPlace(this.previousFd, place);
    return bytes.length === place.length ? this.file.append(bytes) : null;
  }

  /** Makes this load's file the copies (the previous file is deleted); returns its path. */
  commit(): string {
    this.closePrevious();
    this.file.commit({ name: this.file.name });
    return join(this.folder, this.file.name);
  }

  /** Drops what this load wrote. */
  abandon(): void {
    this.closePrevious();
    this.file.abandon();
  }

  private closePrevious(): void {
    if (this.previousFd !== null) closeSync(this.previousFd);
    this.previousFd = null;
  }
}

/** Each collection's copies file, as its loader last committed it, and the file open for reading. */
interface Published {
  files: Map<string, { path: string; fd: number | null }>;
}

const shared = processGlobal<Published>('record-copies');

/** Makes `path` the copies of `collection` (the loader, after each load; null: none). */
export function publishCopies(collection: string, path: string | null): void {
  let state = shared.get();
  if (state === undefined) {
    state = { files: new Map() };
    shared.set(state);
  }
  const before = state.files.get(collection);
  if (before?.fd != null) closeSync(before.fd);
  if (path === null) state.files.delete(collection);
  else state.files.set(collection, { path, fd: null });
}

/**
 * The record of an entry of `collection` from its copy: null when there is none for the entry's
 * digest (no copies, a record loaded another way, a damaged file), and the record's file must be read.
 */
export function readCopy(
  collection: string,
  entry: { digest?: string | undefined; copy?: RecordPlace | undefined },
): RecordFile<unknown> | null {
  const file = shared.get()?.files.get(collection);
  if (file === undefined || entry.copy === undefined || entry.digest === undefined) return null;
  try {
    // Opened once, on the first read: every record page of a build reads it.
    file.fd ??= openSync(file.path, 'r');
    const bytes = readPlace(file.fd, entry.copy);
    const [digest, data, body] = JSON.parse(bytes.toString('utf8')) as [unknown, unknown, unknown];
    return digest === entry.digest && typeof body === 'string' ? { data, body } : null;
  } catch {
    return null;
  }
}
