/**
 * The output folder, kept in place from one build to the next (issue 16, goal 3). Astro empties the
 * output folder when a build starts. After an import most pages are the same bytes as before, and
 * deleting twenty thousand pages' files, making their folders again and writing them was a third
 * of a rebuild at 10,000 meetings (BENCHMARKS.md). So with the build caches read, the build leaves
 * the folder as the last build left it: a kept page whose file is there, as long as its output, is
 * not written again (`write`), and when the build is done every file it neither wrote nor kept is
 * deleted (`finish`), so the folder holds what a build from nothing writes.
 *
 * Only a folder that the last build finished is kept. `finish` records the folder as the build
 * leaves it (its device, inode and change time, which adding or removing a file at its top changes)
 * in the build cache, and `open` takes that record away before anything is written, so after a build
 * that failed, a build of another configuration into the same folder, or a folder emptied or
 * replaced by hand, the record is missing or differs and the folder is emptied as Astro would.
 *
 * A file the build wrote is one changed since the build started: writing, linking and renaming all
 * set a file's change time. The start is the change time of a file made at the start, from the same
 * clock.
 *
 * What the folder holds, and each file's size, comes from a listing made in a worker thread before the
 * build starts (output-listing.ts), once it has arrived; until then each file is asked for.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bytesOf, type KeptBytes } from '../model/cache-file.ts';
import { writeWholeSync } from '../model/write-all.ts';
import { ListingWorker, sizeOf, type OutputListing } from './output-listing.ts';

/** Astro leaves a `.git` folder at the top of the output folder when it empties it. */
const LEFT_ALONE = new Set(['.git']);

/** The file of the build cache's folder that records the output folder as the last build left it. */
const RECORD = 'output.json';

interface FolderRecord {
  dir: string;
  dev: string;
  ino: string;
  ctime: string;
}

function describe(dir: string): FolderRecord | null {
  try {
    const stat = statSync(dir, { bigint: true });
    return { dir, dev: String(stat.dev), ino: String(stat.ino), ctime: String(stat.ctimeNs) };
  } catch {
    return null;
  }
}

function readRecord(file: string): FolderRecord | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as FolderRecord;
  } catch {
    return null;
  }
}

function empty(dir: string): void {
  for (const name of readdirSync(dir)) if (!LEFT_ALONE.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

/** What `finish` did: the files kept in place, and those deleted (left by the last build, not written by this one). */
export interface FolderSweep {
  kept: number;
  deleted: number;
}

export class OutputFolder {
  /** Files (below the folder, with `/`) this build kept in place without writing them. */
  private readonly keptFiles = new Set<string>();
  /** The folder as listed before the build started, once the listing has arrived; each file's size by its path. */
  private listing: { sizes: Map<string, number>; files: string[]; empty: string[] } | null = null;

  /** The output folder. */
  readonly dir: string;
  /** True when the folder holds the last build's output, which this build keeps in place. */
  readonly inPlace: boolean;
  /** Where the record of the folder is kept (a folder of the build cache). */
  private readonly cacheFolder: string;
  /** The change time (ns) of a file made as the build started. */
  private readonly started: bigint;

  private constructor(dir: string, inPlace: boolean, cacheFolder: string, started: bigint) {
    this.dir = dir;
    this.inPlace = inPlace;
    this.cacheFolder = cacheFolder;
    this.started = started;
  }

  /**
   * Opens the output folder `dir` as a build starts: kept in place if `reuse` (the build reads its
   * caches) and `cacheFolder` records it as the last build left it, and emptied otherwise. `lister`
   * lists the folder as it is now (nothing may write to it between); it is closed if the folder is emptied.
   */
  static open(dir: string, cacheFolder: string, { reuse, lister = null }: { reuse: boolean; lister?: ListingWorker | null }): OutputFolder {
    const recordFile = join(cacheFolder, RECORD);
    const recorded = readRecord(recordFile);
    const now = describe(dir);
    // Taken away before anything is written: until `finish`, the folder is not a finished build's.
    rmSync(recordFile, { force: true });
    const inPlace = reuse && recorded !== null && now !== null && JSON.stringify(recorded) === JSON.stringify(now);
    mkdirSync(dir, { recursive: true });
    if (!inPlace) empty(dir);
    const probe = join(dir, `.build-started-${process.pid}`);
    writeFileSync(probe, '');
    const started = lstatSync(probe, { bigint: true }).ctimeNs;
    unlinkSync(probe);
    const folder = new OutputFolder(dir, inPlace, cacheFolder, started);
    if (!inPlace) void lister?.close();
    // A listing that fails leaves the folder to be asked file by file, as before it arrives.
    else lister?.listing.then((listing) => folder.listed(listing)).catch(() => undefined);
    return folder;
  }

  /** Starts listing `dir` in a worker thread, for `open`; the top folders named in `writing` (finish) are not listed. */
  static lister(dir: string, writing: readonly string[] = []): ListingWorker {
    return new ListingWorker(dir, [...LEFT_ALONE, ...writing]);
  }

  /** Takes the listing of the folder made before the build started. */
  private listed({ files, sizes, empty }: OutputListing): void {
    const bySize = new Map<string, number>();
    files.forEach((file, at) => bySize.set(file, sizes[at] ?? -1));
    this.listing = { sizes: bySize, files, empty };
  }

  /** The size of `file` (below the folder) before the build wrote it, or null if it was not there. */
  private sizeBefore(file: string): number | null {
    if (this.listing === null) return sizeOf(join(this.dir, file));
    return this.listing.sizes.get(file) ?? null;
  }

  /**
   * Writes a kept page's `body` to `file` (below the folder, with `/`), unless the folder is kept in
   * place and the file is there with as many bytes: the last build wrote this page's kept output there
   * (and the body is not read).
   */
  write(file: string, body: Uint8Array | KeptBytes): void {
    if (this.inPlace && this.sizeBefore(file) === body.length) {
      this.keptFiles.add(file);
      return;
    }
    this.put(file, bytesOf(body));
  }

  /** Writes `body`, which this build rendered, to `file` (below the folder, with `/`), whatever is there. */
  put(file: string, body: Uint8Array): void {
    const path = join(this.dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
  }

  /**
   * Ends a build that finished: deletes every file it neither wrote nor kept, and the folders left
   * empty, and records the folder for the next build. The folders named in `writing`, at the top of
   * the output folder, are left alone: another part of the build is still writing them, and replaces
   * them whole (the search index: src/integrations/pagefind-feed.ts deletes the last one first).
   */
  finish(writing: readonly string[] = []): FolderSweep {
    const sweep: FolderSweep = { kept: this.keptFiles.size, deleted: 0 };
    const alone = new Set([...LEFT_ALONE, ...writing]);
    if (this.inPlace && this.listing !== null) this.sweepListed(this.listing, sweep, alone);
    else if (this.inPlace) this.sweep('', sweep, alone);
    const record = describe(this.dir);
    if (record === null) return sweep;
    mkdirSync(this.cacheFolder, { recursive: true });
    writeWholeSync(join(this.cacheFolder, RECORD), JSON.stringify(record));
    return sweep;
  }

  /** Deletes below `folder` what the build did not touch, but the top folders `alone`; true if `folder` is left empty. */
  private sweep(folder: string, sweep: FolderSweep, alone: ReadonlySet<string>): boolean {
    let left = 0;
    for (const entry of readdirSync(join(this.dir, folder), { withFileTypes: true })) {
      const file = folder === '' ? entry.name : `${folder}/${entry.name}`;
      const path = join(this.dir, file);
      if (folder === '' && alone.has(entry.name)) left += 1;
      else if (entry.isDirectory()) {
        if (this.sweep(file, sweep, alone)) rmdirSync(path);
        else left += 1;
      }
      // A kept file is left without asking the file system its time: after an import, nearly all are.
      else if (!this.keptFiles.has(file) && lstatSync(path, { bigint: true }).ctimeNs < this.started) {
        unlinkSync(path);
        sweep.deleted += 1;
      } else left += 1;
    }
    return left === 0;
  }

  /** As `sweep`, for the files and empty folders the listing names, without listing the folder again. */
  private sweepListed(listing: { files: string[]; empty: string[] }, sweep: FolderSweep, alone: ReadonlySet<string>): void {
    const emptied = new Set(listing.empty);
    for (const file of listing.files) {
      if (this.keptFiles.has(file) || alone.has(file.split('/', 1)[0] ?? '')) continue;
      const path = join(this.dir, file);
      try {
        if (lstatSync(path, { bigint: true }).ctimeNs >= this.started) continue;
      } catch {
        // Gone since it was listed: another part of the build replaced it.
        continue;
      }
      unlinkSync(path);
      sweep.deleted += 1;
      emptied.add(dirname(file));
    }
    removeEmpty(this.dir, emptied);
  }
}

/** Removes the folders of `folders` (below `dir`) that hold nothing, deepest first, and the folders above them this leaves empty. */
function removeEmpty(dir: string, folders: Iterable<string>): void {
  const byDepth: Set<string>[] = [];
  const add = (folder: string): void => {
    if (folder === '.' || folder === '') return;
    const depth = folder.split('/').length;
    (byDepth[depth] ??= new Set()).add(folder);
  };
  for (const folder of folders) add(folder);
  for (let depth = byDepth.length - 1; depth > 0; depth -= 1) {
    for (const folder of byDepth[depth] ?? []) {
      try {
        rmdirSync(join(dir, folder));
        add(dirname(folder));
      } catch {
        // Not empty (or gone): it stays.
      }
    }
  }
}
