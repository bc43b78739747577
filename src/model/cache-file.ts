/**
 * The file a build cache writes its records to (src/markdown/render-cache.ts, src/site/page-cache.ts),
 * and how it becomes the cache. Records are appended in large writes. On commit, the index that names
 * the file is written beside it and renamed over `index.json` last, in one rename, and every other
 * file of the folder (the previous build's) is deleted; so an interrupted build leaves the previous
 * cache whole. On abandon, the file is deleted and the previous cache stays.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The index file of a cache folder, naming its records file. */
export const CACHE_INDEX = 'index.json';

const FLUSH_BYTES = 4 << 20;

export class CacheFile {
  /** The file's name in the folder, new for each build. */
  readonly name: string;
  private readonly fd: number;
  private offset = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(
    private readonly folder: string,
    prefix: string,
  ) {
    mkdirSync(folder, { recursive: true });
    this.name = `${prefix}-${randomUUID()}.bin`;
    this.fd = openSync(join(folder, this.name), 'w');
  }

  /** Appends a record; gives where it is in the file. */
  append(bytes: Buffer): { offset: number; length: number } {
    const place = { offset: this.offset, length: bytes.length };
    this.offset += bytes.length;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    return place;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd, Buffer.concat(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Makes the file the cache, with `index` (which should name it) as the folder's index. */
  commit(index: object): void {
    this.flush();
    closeSync(this.fd);
    const next = join(this.folder, `${CACHE_INDEX}.${randomUUID()}.tmp`);
    writeFileSync(next, JSON.stringify(index));
    renameSync(next, join(this.folder, CACHE_INDEX));
    if (!existsSync(this.folder)) return;
    for (const name of readdirSync(this.folder))
      if (name !== CACHE_INDEX && name !== this.name) rmSync(join(this.folder, name), { force: true });
  }

  /** Drops the file: the previous cache stays as it was. */
  abandon(): void {
    closeSync(this.fd);
    rmSync(join(this.folder, this.name), { force: true });
  }
}
