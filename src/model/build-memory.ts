/**
 * The Node heap a build of the site gets, chosen from the size of its records, so that no
 * setting is needed and the build's process stays small (issue 16, goal 1). Without a limit V8
 * lets the heap grow to about a quarter of the machine's memory before collecting in earnest:
 * a 10,000-meeting build (173 MB of records) reached 2.2 GB, and with a 1,400 MB heap it built
 * in the same time at 1.5 GB (BENCHMARKS.md, "Memory"). What the build keeps alive grows with the
 * records (the summaries the pages list and the lookups made from them), so the heap does too:
 * after collection, while pages render, about 95 MB plus 0.85 MB per MB of records (138 MB at
 * 3,000 meetings, 240 MB at 10,000; BENCHMARKS.md, "The build's heap"), so about 1.6 GB at
 * 100,000 (1,730 MB of records), and some 0.2 GB more by the last of its 196,000 pages. A limit far
 * above what is alive lets V8 grow the heap to it (7.6 GB at 100,000 meetings with 4 MB per MB);
 * 1.25 MB per MB gives 3.2 GB there, twice what is alive. Measured at 100,000 meetings, the
 * process peaks at 3.6 GB after the pages, while the index merges in its worker, with the build's
 * own heap at 1.2–1.65 GB (BENCHMARKS.md, round 26).
 * Shared by `npm run build` (scripts/build.ts) and the benchmark, which builds as it does, with
 * the allocator settings below.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The least heap a build gets: the bundled archive and small councils. */
export const MIN_HEAP_MB = 1024;
/** Heap per MB of record files above that. */
export const HEAP_PER_CONTENT_MB = 1.25;

/** The heap (MB) for a build of `contentBytes` of records. */
export function heapForContent(contentBytes: number): number {
  return Math.round(MIN_HEAP_MB + HEAP_PER_CONTENT_MB * (contentBytes / 2 ** 20));
}

/** The bytes of every file below `dir` (0 when it does not exist). */
export function contentBytes(dir: string): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += contentBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/**
 * NODE_OPTIONS for the build: `options` with the heap for the records added, unless it already
 * sets one (a heap given by hand wins). Returns the options and the heap chosen (null if given).
 */
export function withBuildHeap(options: string | undefined, contentDir: string): { nodeOptions: string; heapMB: number | null } {
  const given = options ?? '';
  if (/--max-old-space-size[= ]\d+/.test(given)) return { nodeOptions: given, heapMB: null };
  const heapMB = heapForContent(contentBytes(contentDir));
  return { nodeOptions: `${given} --max-old-space-size=${heapMB}`.trim(), heapMB };
}

/**
 * Allocator settings for the build's process, each unless the environment sets it already. About a
 * third of a 100,000-meeting rebuild's peak is memory outside every JavaScript heap (BENCHMARKS.md,
 * round 29), most of it glibc's. glibc raises its threshold for giving a large block a mapping of its
 * own each time such a block is freed (up to 32 MB), so after the first few the buffers of the
 * index's merge come from its arenas, and their memory stays with the process once they are freed:
 * a fixed threshold of 128 KB hands it back. Rolldown, Vite's bundler, keeps freed memory in its
 * mimalloc for a while before returning it; with no delay it returns it at once.
 */
export const ALLOCATOR_SETTINGS: Readonly<Record<string, string>> = {
  MALLOC_MMAP_THRESHOLD_: '131072',
  MIMALLOC_PURGE_DELAY: '0',
};

/** The allocator settings `env` does not set itself, to add to the build's environment. */
export function allocatorSettings(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(ALLOCATOR_SETTINGS).filter(([name]) => env[name] === undefined || env[name] === ''));
}

/**
 * From this many pages the index's merge (in a worker thread of the build's process) waits for the
 * steps after the pages (the feeds, calendars and data files, and keeping the caches) instead of
 * running beside them (src/integrations/pagefind.ts). Beside them is quicker, but at 100,000
 * meetings (196,000 pages) the merge's heap and buffers, the build's heap as it writes those files
 * and the memory glibc keeps coincide at the process's peak, about 4 GB; a rebuild in which the
 * files happened to be written first peaked 400 MB lower (BENCHMARKS.md, rounds 28 and 29). At
 * 10,000 meetings (20,000 pages) the build peaks far below its 2 GB, and the time the two share
 * keeps a rebuild within its 15% of a build.
 */
export const MERGE_ALONE_PAGES = 50_000;

/** Whether the index of a build of `pages` pages merges alone (MERGE_ALONE_PAGES). */
export function mergesAlone(pages: number): boolean {
  return pages >= MERGE_ALONE_PAGES;
}
