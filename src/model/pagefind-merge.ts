/**
 * Merges the parts of a search index into one index on disk, so that a large archive is indexed
 * in parts (Pagefind's memory is the size of the part it holds: src/integrations/pagefind-feed.ts)
 * or in shards (scripts/shard/assemble.ts) and searched
 * as one index: one metadata file, ranking over the whole archive, one date order, and no part
 * without a word matching near words instead.
 *
 * The merged index numbers its pages in date order, oldest first and the undated ones last
 * (src/model/search-page-names.ts): the index does not keep the dates, so the feed records each
 * page's sort values as it sends it (`sortValues`, by page number within its part). Each page's
 * fragment is renamed after its place in that order, and the date sort list is left out of the
 * metadata (the search page sorts by the names). Other sort keys are merged on their values.
 * Word chunks are merged word by word in Pagefind's order, reading one chunk of each part at a
 * time (and the next, while this one is merged), so the merge holds a few chunks, never the index,
 * and grouped into new chunks as pagefind-chunks.ts decides. A word is merged as bytes
 * (pagefind-words.ts): only its pages' numbers change. Filters are merged value by value, and
 * each is also written as the search page's table of its values (filter-tables.ts). The same
 * words also make each council's own index (`council/<folder>/`: pagefind-scopes.ts), and
 * chunks are written through pagefind-chunk-writer.ts, which takes those a merge before kept
 * (`chunkCache`) instead of compressing them again.
 *
 * Nothing is changed until the merged files are written beside the parts: a part that is not in
 * the format pagefind-format.ts knows throws FormatError and leaves every part as it was. A part
 * may also be read from a folder elsewhere (`dir`: one the build cache keeps for the next build,
 * src/integrations/pagefind-part-cache.ts), which is never changed: its fragments are linked
 * (copyFragments) or copied, not moved, and the merged index is the same, byte for byte.
 *
 * This module runs the merge and puts its files in place; the parts are read and put in date
 * order by pagefind-parts.ts, their words merged by pagefind-merge-words.ts, their filters and
 * sorts by pagefind-merge-filters.ts, and their fragments placed by pagefind-fragments.ts.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeFile, FormatError, type Entry, type MetaChunk, type MetaIndex } from './pagefind-format.ts';
import { ChunkCache, ChunkWriter, WriteQueue, type ChunkCacheFolder } from './pagefind-chunk-writer.ts';
import { ChunkCompressor } from './pagefind-compressor.ts';
import { chunkEntriesFor } from './pagefind-chunks.ts';
import { copyFragments, moveFragments, planFragments } from './pagefind-fragments.ts';
import { mergeSorts, readFilters, sortedFilters, writeFilters, writeTables } from './pagefind-merge-filters.ts';
import { mergeWords } from './pagefind-merge-words.ts';
import { dateOrder, loadParts, readEntry, type IndexPart, type LoadedPart } from './pagefind-parts.ts';
import { ScopePlan, ScopeWriter } from './pagefind-scopes.ts';
import { SCOPE_FILTER, SCOPES_FOLDER } from './search-scopes.ts';

export type { IndexPart } from './pagefind-parts.ts';

/**
 * The file a shard's build writes beside its index (`pagefind/`) for the assembler: every page's
 * sort values, by page number (IndexPart's `sortValues` for the whole index). Not part of the site.
 */
export const SORT_VALUES_FILE = 'sort-values.json';

export interface MergeOptions {
  /** The entries of a word chunk (chunkEntriesFor the pages unless given: tests make small ones). */
  chunkEntries?: number | undefined;
  /** Where compressed chunks are kept for the next merge (a build cache's folder), if anywhere. */
  chunkCache?: ChunkCacheFolder | undefined;
}

/**
 * Merges `parts` (in page order) under `root` into one index in `root`; removes the other parts'
 * folders. One part is rewritten the same way, for its chunk ranges (chunkEnd) and date order.
 * Returns the merged index's pages' sort values, by their number in it, and how many councils got an index of their own.
 * `chunkEntries` sizes the word chunks (chunkEntriesFor the pages unless given: tests make small ones).
 */
export async function mergeIndexParts(
  root: string,
  parts: readonly IndexPart[],
  options: MergeOptions = {},
): Promise<{ pages: number; sortValues: Record<string, string>[]; councils: number }> {
  const { loaded, fields } = await loadParts(root, parts);
  const chunkEntries = options.chunkEntries ?? chunkEntriesFor(loaded.reduce((sum, part) => sum + part.meta[1].length, 0));
  const first = loaded[0];
  if (first === undefined) throw new FormatError('no parts to merge');
  const staging: Staging = {
    index: join(root, 'index.merging'),
    filter: join(root, 'filter.merging'),
    scopes: join(root, 'council.merging'),
  };
  for (const dir of Object.values(staging)) await rm(dir, { recursive: true, force: true });
  try {
    await mkdir(staging.index);
    await mkdir(staging.filter);
    await mkdir(staging.scopes);
    const order = dateOrder(loaded);
    const plan = planFragments(root, loaded, order);
    // The folder made for the fragments, removed if the merge fails (as if never started).
    const made = await mkdir(join(plan.folder, plan.build), { recursive: true });
    const copying = copyFragments(plan);
    copying.catch(() => undefined);
    let chunks: MetaChunk[], filters: [string, string][], scopeCount: number;
    // The chunk cache keeps only this index's chunks, removed while the rest is written.
    let pruning: Promise<void> | undefined;
    // Small chunks, the whole index's and the councils', are compressed on a thread of their own.
    let compressor: ChunkCompressor | null = null;
    try {
      const values = await readFilters(loaded, order);
      const writes = new WriteQueue(WRITES_AT_ONCE);
      const cache = options.chunkCache === undefined ? null : new ChunkCache(options.chunkCache);
      const scopePlan = new ScopePlan(values.get(SCOPE_FILTER) ?? new Map<string, number[]>(), plan.pages.length);
      scopeCount = scopePlan.scopes.length;
      compressor = new ChunkCompressor();
      const scopes = new ScopeWriter(
        scopePlan,
        staging.scopes,
        first.language,
        { writes, cache, compressor },
        { origins: plan.origins, fields, chunkEntries: options.chunkEntries },
      );
      const whole = new ChunkWriter(staging.index, first.language, chunkEntries, { writes, cache, compressor });
      chunks = await mergeWords(loaded, order, whole, scopes);
      const entry = await readEntry(join(root, 'pagefind-entry.json'));
      const kept = await scopes.finish(root, entry, first.language, { version: first.meta[0], fields, pages: plan.pages });
      await writes.all();
      await compressor?.all();
      cache?.keepChunks(kept);
      pruning = cache?.prune();
      pruning?.catch(() => undefined);
      const sorted = sortedFilters(values);
      filters = await writeFilters(sorted, staging.filter, first.language);
      await writeTables(sorted, staging.filter, plan.pages.length);
      await copying;
    } catch (error) {
      await copying.catch(() => undefined);
      if (made !== undefined) await rm(made, { recursive: true, force: true });
      throw error;
    } finally {
      await compressor?.close();
    }
    await moveFragments(plan);
    const pages = plan.pages;
    const meta: MetaIndex = [first.meta[0], pages, chunks, filters, mergeSorts(loaded, order), fields];
    await replace(root, first, staging, meta, pages.length);
    for (const part of loaded) if (!part.kept && part.dir !== root) await rm(part.dir, { recursive: true, force: true });
    await pruning;
    const recorded = loaded.flatMap((part) => part.sortValues);
    return { pages: pages.length, sortValues: Array.from(order.pages, (page) => recorded[page] ?? {}), councils: scopeCount };
  } finally {
    for (const dir of Object.values(staging)) await rm(dir, { recursive: true, force: true });
  }
}

/** Where the merged files are written before they replace the index's: its word chunks, filters and councils' indexes. */
interface Staging {
  index: string;
  filter: string;
  scopes: string;
}

/** Chunks compressing and being written at once, the whole index's and the councils' together. */
const WRITES_AT_ONCE = 4;

/** Puts the merged files in place of the first part's, writes its metadata and entry, and removes the other parts. */
async function replace(root: string, first: LoadedPart, staging: Staging, meta: MetaIndex, pageCount: number): Promise<void> {
  const entryFile = join(root, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as Entry;
  const language = entry.languages[first.language];
  if (language === undefined) throw new FormatError(`${entryFile}: language ${first.language} is missing`);
  const { bytes, hash } = encodeFile(meta);
  const metaHash = `${first.language}_${hash.slice(0, 10)}`;
  await rm(join(root, `pagefind.${language.hash}.pf_meta`), { force: true });
  await writeFile(join(root, `pagefind.${metaHash}.pf_meta`), await bytes);
  for (const [kind, folder] of [
    ['index', 'index'],
    ['filter', 'filter'],
    ['scopes', SCOPES_FOLDER],
  ] as const) {
    await rm(join(root, folder), { recursive: true, force: true });
    await rename(staging[kind], join(root, folder));
  }
  entry.languages[first.language] = { ...language, hash: metaHash, page_count: pageCount };
  await writeFile(entryFile, JSON.stringify(entry));
}
