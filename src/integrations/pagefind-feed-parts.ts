/**
 * The parts of the feed's index (pagefind-feed.ts): a part as its pages come in, its write by
 * Pagefind (into the build cache when there is one) or its reuse from the last build, and the merge
 * of the parts written into one index (src/model/pagefind-merge.ts, in the merge's worker thread).
 */
import { copyFile, cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { FormatError } from '../model/pagefind-format.ts';
import { SORT_VALUES_FILE, type IndexPart } from '../model/pagefind-merge.ts';
import type { MergeWorker } from './merge-in-worker.ts';
import type { HeldContent } from './pagefind-held-pages.ts';
import type { CachedPart, PartCache } from './pagefind-part-cache.ts';

/** A part of the index while its pages come in. */
export interface Part {
  /** The Pagefind service that indexes and writes it. */
  service: number;
  /** Pagefind's index of the part, started at the first page sent to it. */
  index: Promise<PagefindIndex> | null;
  pages: number;
  bytes: number;
  pending: Promise<void>[];
  /** Each page's sort values, in the order sent (Pagefind's page numbers in the part). */
  sortValues: Record<string, string>[];
  /** Each page's digest (pageDigest), with a cache. */
  digests: string[];
  /** The kept part whose pages this part's have been so far, from its first; null once one differs. */
  match: CachedPart | null;
  /** The pages held back while they match it. */
  held: { sourcePath: string; content: HeldContent }[];
}

/** A part once written, or reused. */
export interface WrittenPart extends IndexPart {
  /** Taken from the cache, not indexed in this build. */
  reused: boolean;
  /** Its digest in the cache, if kept there. */
  digest: string | null;
}

/** The part kept by the last build whose pages the part's are, every one: its files are used as they are. */
export function reusedPart(folder: string, match: CachedPart): WrittenPart {
  const { dir, plainDir, sortValues, digest } = match;
  return { folder, dir, plainDir, sortValues, reused: true, digest };
}

/** A part written but not kept in a cache (there is none, or the write failed): its pages' sort values alone. */
export function unkeptPart(folder: string, part: Part): WrittenPart {
  return { folder, sortValues: part.sortValues, reused: false, digest: null };
}

/** What writing a part needs besides the part. */
export interface PartWrite {
  /** The part's folder in the index (`''` for the first, `part-2/`, …). */
  folder: string;
  /** Where Pagefind writes it. */
  outputPath: string;
  createIndex: (service: number) => Promise<PagefindIndex>;
  cache: PartCache | undefined;
  /** Pagefind's errors, and the write's own failure, go here. */
  errors: string[];
}

/**
 * Has Pagefind write the part once its pages are in, frees Pagefind's memory of it, and keeps it in
 * the cache if there is one. It never rejects: a failure is in `errors`, for the feed's finish().
 */
export async function writePart(part: Part, { folder, outputPath, createIndex, cache, errors }: PartWrite): Promise<WrittenPart> {
  const unkept = unkeptPart(folder, part);
  try {
    const index = await (part.index ?? createIndex(part.service));
    await Promise.all(part.pending);
    const answer = await index.writeFiles({ outputPath });
    errors.push(...answer.errors.map((error) => `${outputPath}: ${error}`));
    await index.deleteIndex();
    if (cache === undefined || answer.errors.length > 0) return unkept;
    const kept = await cache.keep(outputPath, part.digests, part.sortValues);
    return { folder, dir: kept.dir, plainDir: kept.plainDir, sortValues: part.sortValues, reused: false, digest: kept.digest };
  } catch (error) {
    errors.push(`${outputPath}: ${String(error)}`);
    return unkept;
  }
}

/**
 * Starts the index's folder (deleted) for parts read from the cache: empty but for the first part's
 * own files (pagefind.js, its entry and metadata, …), not its index, filters and fragments, which the
 * merge writes, as it finds them when Pagefind writes the first part there.
 */
export async function startRoot(root: string, first: IndexPart | undefined): Promise<void> {
  await mkdir(root, { recursive: true });
  if (first?.dir === undefined) return;
  for (const entry of await readdir(first.dir, { withFileTypes: true }))
    if (entry.isFile()) await copyFile(join(first.dir, entry.name), join(root, entry.name));
}

/** What merging the parts gave. */
export interface Merged {
  /** The index's pages' sort values, in its page order (the parts' in turn when not merged). */
  sortValues: Record<string, string>[];
  /** The councils' own indexes written beside the whole one. */
  councils: number;
  /** Why the parts were left unmerged, or null. */
  refusal: string | null;
  /** How long merging the parts (or rewriting the one part) took. */
  mergeSeconds: number;
}

/**
 * Merges the parts written into one index in `root`, on the merge's worker (none: no part). A part
 * the merge cannot read (FormatError) leaves the parts as they are, in the site, with the refusal.
 */
export async function mergeParts(
  root: string,
  parts: WrittenPart[],
  worker: MergeWorker | null,
  cache: PartCache | undefined,
): Promise<Merged> {
  const started = performance.now();
  const merged: Merged = { sortValues: parts.flatMap((part) => part.sortValues), councils: 0, refusal: null, mergeSeconds: 0 };
  if (worker !== null) {
    try {
      ({ sortValues: merged.sortValues, councils: merged.councils } = await worker.merge(root, parts, { chunkCache: cache?.chunks }));
    } catch (error) {
      if (!(error instanceof FormatError)) throw error;
      merged.refusal = error.message;
      // The parts left for the browser to merge must be in the site.
      if (cache !== undefined) for (const part of parts) await cp(part.dir ?? '', join(root, part.folder), { recursive: true });
    }
  }
  merged.mergeSeconds = Math.round((performance.now() - started) / 100) / 10;
  return merged;
}

/**
 * Writes `parts.json` (the parts the browser merges, when the merge refused them) and, for a shard's
 * assembler (`keepSortValues`), every page's sort values (SORT_VALUES_FILE) beside a merged index.
 */
export async function writePartLists(root: string, parts: WrittenPart[], merged: Merged, keepSortValues: boolean): Promise<void> {
  const left = parts.length > 1 && merged.refusal !== null ? parts.slice(1).map((part) => part.folder) : [];
  await writeFile(join(root, 'parts.json'), `${JSON.stringify(left)}\n`);
  if (keepSortValues && left.length === 0) await writeFile(join(root, SORT_VALUES_FILE), `${JSON.stringify(merged.sortValues)}\n`);
}
