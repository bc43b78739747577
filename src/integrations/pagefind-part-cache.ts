/**
 * The parts of the search index a build wrote, kept for the next build (issue 16, goal 3): a
 * rebuild after one meeting is imported sends Pagefind only the pages of the parts that changed
 * (pagefind-feed.ts), and takes the others' files from here instead of indexing their pages again.
 *
 * Each part is a folder named after its digest: the code that built it (`codeVersion`, Pagefind's
 * version and options: the cache's `key`) and the exact sequence of its pages (source path and
 * HTML, each as a digest). It holds Pagefind's files (`pagefind/`) and `part.json`: the key, the
 * pages' digests, and each page's sort values (which the merge needs and the index does not keep);
 * and, once a merge has read it, its word chunks decompressed (`plain/`).
 * A part is written under a temporary name and renamed when complete, so an interrupted build
 * leaves no folder that looks like a part but is not; anything else in the folder is ignored, and
 * removed when a build finishes (`keepOnly`), which keeps only its own parts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChunkCacheFolder } from '../model/pagefind-chunk-writer.ts';

/** A part kept by an earlier build. */
export interface CachedPart {
  /** The part's digest, its folder's name. */
  digest: string;
  /** Pagefind's files of the part. */
  dir: string;
  /** The part's word chunks decompressed, written by the merge that first reads them (IndexPart's `plainDir`). */
  plainDir: string;
  /** Its pages' digests (pageDigest), in the order they were sent. */
  pages: string[];
  /** Each page's sort values, in the same order. */
  sortValues: Record<string, string>[];
}

interface Manifest {
  key: string;
  pages: string[];
  sortValues: Record<string, string>[];
}

const DIGEST = /^[0-9a-f]{32}$/;

/** A kept part's folder of its word chunks decompressed, beside Pagefind's files (`pagefind/`). */
const PLAIN_FOLDER = 'plain';

function digest(...fields: string[]): string {
  const hash = createHash('sha256');
  for (const field of fields) hash.update(field).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** A page as the cache knows it: a digest of its source path and of what search reads of its HTML (src/model/search-digest.ts). */
export function pageDigest(sourcePath: string, searched: string): string {
  return digest(sourcePath, searched);
}

/** The cache's key: a digest of everything besides the pages that decides a part's files (code, Pagefind's version and options). */
export function cacheKey(...fields: string[]): string {
  return digest(...fields);
}

/** The folder of kept parts of one build's index. */
export class PartCache {
  /** The folder below the build cache, e.g. `node_modules/.astro/scrutiny/pagefind-parts`. */
  readonly folder: string;
  readonly key: string;
  /** The merge's cache of compressed word chunks for the next build (src/model/pagefind-chunk-writer.ts), if any. */
  readonly chunks: ChunkCacheFolder | undefined;
  /** The parts found, by their first page's digest (none when the cache is not read). */
  private readonly byFirstPage = new Map<string, CachedPart>();
  private writing = 0;

  /** Reads the parts kept under `folder` with this `key`, unless `read` is false (`astro build --force`): then it is only written. */
  constructor(folder: string, key: string, read: boolean, chunks?: ChunkCacheFolder) {
    this.folder = folder;
    this.key = key;
    this.chunks = chunks;
    if (read && existsSync(folder)) for (const name of readdirSync(folder)) this.load(name);
  }

  private load(name: string): void {
    if (!DIGEST.test(name)) return;
    const dir = join(this.folder, name);
    let manifest: Manifest;
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'part.json'), 'utf8')) as Manifest;
    } catch {
      return;
    }
    const { key, pages, sortValues } = manifest;
    if (key !== this.key || !Array.isArray(pages) || !Array.isArray(sortValues) || pages.length !== sortValues.length) return;
    if (pages.length === 0 || this.digestOf(pages) !== name || !existsSync(join(dir, 'pagefind'))) return;
    this.byFirstPage.set(pages[0] as string, {
      digest: name,
      dir: join(dir, 'pagefind'),
      plainDir: join(dir, PLAIN_FOLDER),
      pages,
      sortValues,
    });
  }

  /** How many parts were found. */
  get size(): number {
    return this.byFirstPage.size;
  }

  /** The kept part whose first page is the page of `pageDigest`, if any. */
  startingWith(page: string): CachedPart | undefined {
    return this.byFirstPage.get(page);
  }

  /** The digest of a part of these pages (their pageDigests, in order), built by this code. */
  digestOf(pages: readonly string[]): string {
    return digest(this.key, ...pages);
  }

  /** A new folder for Pagefind to write a part into before it is kept (`keep`). */
  writingFolder(): string {
    this.writing += 1;
    const dir = join(this.folder, `writing-${process.pid}-${this.writing}`);
    // At once: made through promises, a rebuild's changed part waited 3 s for the event loop to take
    // their answers while kept pages were sent (BENCHMARKS.md, round 14); the folder is new or a
    // failed build's, small.
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return join(dir, 'pagefind');
  }

  /** Keeps the part Pagefind wrote into `written` (a writingFolder) under its digest, and returns it. */
  async keep(written: string, pages: string[], sortValues: Record<string, string>[]): Promise<CachedPart> {
    const name = this.digestOf(pages);
    const dir = join(written, '..');
    await writeFile(join(dir, 'part.json'), JSON.stringify({ key: this.key, pages, sortValues } satisfies Manifest));
    const kept = join(this.folder, name);
    // The same pages kept by an earlier build that did not read the cache (--force): replaced.
    await rm(kept, { recursive: true, force: true });
    await rename(dir, kept);
    return { digest: name, dir: join(kept, 'pagefind'), plainDir: join(kept, PLAIN_FOLDER), pages, sortValues };
  }

  /**
   * Takes `dir` (the last build's index, in the output folder) out of its place at once, moved into
   * this folder, and deletes it there: returns once it is gone from its place, with the deletion,
   * which the caller awaits later: deleting every fragment of the index in place held a rebuild's
   * merge back (BENCHMARKS.md, round 16). Where it cannot be moved (another file system) it is
   * deleted in place first. A build that stops before the deletion ends leaves it here, for the next
   * build's `keepOnly`.
   */
  async setAside(dir: string): Promise<{ removed: Promise<void> }> {
    mkdirSync(this.folder, { recursive: true });
    const aside = join(this.folder, `old-index-${process.pid}`);
    await rm(aside, { recursive: true, force: true });
    try {
      await rename(dir, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') await rm(dir, { recursive: true, force: true });
      return { removed: Promise.resolve() };
    }
    const removed = rm(aside, { recursive: true, force: true });
    // Reported when awaited; until then it is not unhandled.
    removed.catch(() => undefined);
    return { removed };
  }

  /** Removes everything in the folder but the parts named: the parts of the build that just finished. */
  async keepOnly(digests: ReadonlySet<string>): Promise<void> {
    mkdirSync(this.folder, { recursive: true });
    for (const name of await readdir(this.folder))
      if (!digests.has(name)) await rm(join(this.folder, name), { recursive: true, force: true });
  }
}
