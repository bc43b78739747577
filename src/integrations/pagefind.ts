/**
 * Astro integration: index the built pages with Pagefind's Node API and write the index into
 * the build output's `pagefind/` folder (never into public/). Pages reach Pagefind as they are
 * rendered, through a middleware (pagefind-feed.ts), in the order their renders start
 * (ordered-prerenderer.ts); a build whose pages did not pass through it is indexed from the
 * output folder afterwards.
 *
 * Pagefind stores URLs relative to the output folder (`/meetings/…/`); the browser adds
 * the base path (BASE_PATH) because the search page's code (src/search/pagefind-api.ts) loads
 * pagefind.js from under it and passes it as Pagefind's `baseUrl`.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { withTrailingSlash } from '../model/base-path.ts';
import { partsLine } from '../model/build-log.ts';
import { formatShard } from '../model/shard.ts';
import { mergesAlone } from '../model/build-memory.ts';
import { COMPRESSION } from '../model/pagefind-format.ts';
import type { PagefindIndex, PagefindServiceConfig } from 'pagefind';
import { buildCacheFolder, cachesRefused, codeVersion, shardCacheName } from './build-cache.ts';
import { closeFeed, currentFeed, INDEX_FOLDER, openFeed, PagefindFeed, type FeedOutcome } from './pagefind-feed.ts';
import { cacheKey, PartCache } from './pagefind-part-cache.ts';
import { orderedPrerenderer } from './ordered-prerenderer.ts';
import { keptPagesPrerenderer } from './kept-pages.ts';
import { currentShard, shardPrerenderer } from './shard-prerenderer.ts';

export interface IndexSummary {
  pages: number;
  outputPath: string;
}

/**
 * What search leaves out of a record page besides what the pages mark `data-pagefind-ignore`:
 * parts of shared components that are labels, notes the site adds, or lists of other records
 * (each of which is a result of its own), not the record's text. Indexing them made pages that
 * list a record outrank the record, and cost index and fragment bytes on every page.
 */
export const EXCLUDE_SELECTORS = [
  // Summary lists: the labels ("Reference", "Committee", "Lead officer"), not the values.
  '.govuk-summary-list__key',
  // An agenda item: its pack pages, the "Agenda", "Minutes", "Documents" headings, the lists of
  // its documents and reports, and "This item names …"; its title, text and resolutions stay.
  '.app-agenda-item > .app-meta',
  '.app-agenda-item > h4',
  '.app-agenda-item > ul',
  '.app-agenda-item > p',
  '.app-resolutions > h4',
  // A recommendation's timeline: its headings, the site's notes ("Response due: not known",
  // "Overdue is counted on …", after the timeline in the page's weighted wrapper), and the
  // meetings it links to.
  '.app-timeline h3',
  '.app-timeline .govuk-body-s',
  '.app-timeline a',
  '[data-pagefind-weight] > .govuk-body-s',
];

/** Pagefind's options. One language for the whole archive: records are English, whatever lang a page declares. */
export const INDEX_OPTIONS: PagefindServiceConfig = { forceLanguage: 'en', excludeSelectors: EXCLUDE_SELECTORS };

/**
 * Pagefind services a rebuild's index is written with (pagefind-feed.ts). Pagefind's Node API
 * starts one service, a process, per copy of its module, and a service answers one message at a
 * time. A rebuild renders few pages and then waits for Pagefind to index the parts they changed:
 * with two services, parts alternate between them, and those parts are indexed on both cores.
 * A build that reuses no part (the first, or `--force`) uses one: there a second service took CPU
 * from rendering, and the build was slower (BENCHMARKS.md, "Rebuild after an import, round 5", and
 * round 13, where Pagefind is the slower side and rendering waits for it).
 */
export const INDEX_SERVICES = 2;

/** Pagefind's module, as a URL: a copy of it under another URL (a query) starts another service. */
const PAGEFIND_MODULE = new URL('../../node_modules/pagefind/lib/index.js', import.meta.url).href;

/**
 * The other services' Pagefind modules: copies of the one imported above, each under its own URL.
 * They are imported while this module loads, and awaited there: Astro loads the configuration's
 * modules with a loader it closes before the build, and a copy still loading then failed the build
 * that first started an index on it ("transport was disconnected"), whenever loading the
 * configuration took longer. A copy starts its process only when it starts an index; one that could
 * not be imported is reported to the build that starts an index on it.
 */
const copies = await Promise.allSettled(
  // A URL made at run time, on purpose (see above): Vite has nothing to resolve.
  Array.from(
    { length: INDEX_SERVICES - 1 },
    (_, copy) => import(/* @vite-ignore */ `${PAGEFIND_MODULE}?service=${copy + 2}`) as Promise<typeof pagefind>,
  ),
);

function service(number: number): Promise<typeof pagefind> {
  if (number === 0) return Promise.resolve(pagefind);
  const copy = copies[number - 1];
  if (copy === undefined) throw new RangeError(`Pagefind service ${number}: there are ${copies.length + 1}`);
  return copy.status === 'fulfilled' ? Promise.resolve(copy.value) : Promise.reject(copy.reason as Error);
}

/** Starts a Pagefind index with INDEX_OPTIONS, on service `number` (0, the first, unless given: INDEX_SERVICES). */
export async function createIndex(number = 0): Promise<PagefindIndex> {
  const { index, errors } = await (await service(number)).createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Stops every Pagefind service started, so the build's process can exit. */
export async function closeServices(): Promise<void> {
  // A copy that could not be loaded started nothing.
  const loaded = [pagefind, ...copies.flatMap((copy) => (copy.status === 'fulfilled' ? [copy.value] : []))];
  await Promise.all(loaded.map((module) => module.close()));
}

/** Writes the bundle to `siteDir/pagefind`; `pages` is how many pages Pagefind indexed. */
async function writeIndex(index: PagefindIndex, siteDir: string, pages: number): Promise<IndexSummary> {
  const outputPath = join(siteDir, INDEX_FOLDER);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  // One part: no other parts for the search page to merge.
  await writeFile(join(outputPath, 'parts.json'), '[]\n');
  return { pages, outputPath };
}

/** Indexes every HTML file under `siteDir` and writes the bundle to `siteDir/pagefind`. */
export async function indexSite(siteDir: string): Promise<IndexSummary> {
  try {
    const index = await createIndex();
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    return await writeIndex(index, siteDir, added.page_count);
  } finally {
    // Stops Pagefind's background binary so the build process can exit.
    await closeServices();
  }
}

/**
 * Page HTML per part of the index (pagefind-feed.ts). Writing a part, Pagefind peaks at about
 * 16 times the page HTML it holds (7 GB for the 430 MB of a 10,000-meeting archive's pages), so
 * parts are bounded whatever the archive's size, and then merged on disk into one index. Where a
 * part ends below the bound depends on its pages (pagefind-part-cuts.ts: from a quarter of it, about
 * 9 MB on average), so that a rebuild finds the unchanged parts again; an archive of less than 5 MB of
 * pages is indexed in one piece. The bound is small because a rebuild after an import indexes again
 * the part its new page is in: with parts of at most 80 MB (35 MB on average) that part took most of
 * the rebuild's time at 10,000 meetings, while merging 64 parts took about as long as merging 15
 * (BENCHMARKS.md, "Rebuild after an import, round 5").
 */
export const PART_HTML = 20 * 1024 * 1024;

/**
 * Pages per part of the index besides PART_HTML: PAGEFIND_PAGES_PER_PART, else no limit. For
 * tests and for trying other part sizes; the default needs no setting.
 */
export function pagesPerPart(value = process.env['PAGEFIND_PAGES_PER_PART']): number {
  if (value === undefined || value === '') return Number.POSITIVE_INFINITY;
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1)
    throw new Error(`PAGEFIND_PAGES_PER_PART=${value}: expected a whole number of pages, e.g. 20000`);
  return pages;
}

/** Pagefind's version (its package's), part of the key of the parts kept for the next build. */
export function pagefindVersion(): string {
  // Its package.json is not among the files it exports: read from the project's node_modules.
  const manifest = JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/**
 * The parts of the index kept for the next build, below Astro's cache folder: a shard's build keeps
 * its own. Read unless the build starts from nothing (`astro build --force`).
 */
export function partCache(cacheDir: URL | string, shard: string | null = null, argv: readonly string[] = process.argv): PartCache {
  const key = cacheKey(codeVersion(), pagefindVersion(), JSON.stringify(INDEX_OPTIONS));
  const read = !cachesRefused(argv);
  const chunks = { dir: join(buildCacheFolder(cacheDir, shardCacheName('pagefind-chunks', shard)), COMPRESSION), read, key };
  return new PartCache(buildCacheFolder(cacheDir, shardCacheName('pagefind-parts', shard)), key, read, chunks);
}

/** What the build log says of how the index was written. */
export function indexLine(outcome: FeedOutcome): { text: string; warn: boolean } {
  const { parts, reused, merged, refusal, mergeSeconds, councils } = outcome;
  if (parts === 0) return { text: 'no page to index', warn: true };
  const said = partsLine(parts, reused);
  const beside = councils === 1 ? ', with 1 council’s own index' : councils > 1 ? `, with ${councils} councils’ own indexes` : '';
  if (merged && parts === 1) return { text: `${said}, rewritten in ${mergeSeconds} s${beside}`, warn: false };
  if (merged)
    return {
      text: `${said} of at most ${PART_HTML / 2 ** 20} MB of pages, merged into one index in ${mergeSeconds} s${beside}`,
      warn: false,
    };
  if (parts === 1) return { text: `${said}, kept as Pagefind wrote it: ${refusal ?? ''}`, warn: true };
  return { text: `${said}, left unmerged for the search page to merge: ${refusal ?? ''}`, warn: true };
}

/**
 * Indexes the pages that reached Pagefind while rendering (or, if none did, the output folder) and
 * logs what it did; `merging` is called once every part is written, as the merge in a worker thread
 * starts (or, in a large archive, waits for `mergeWhen`).
 */
async function indexBuild(dir: URL, logger: AstroIntegrationLogger, merging: () => void, mergeWhen: Promise<void>): Promise<void> {
  const feed = currentFeed();
  closeFeed();
  const siteDir = fileURLToPath(dir);
  if (feed === undefined || feed.pages === 0) {
    // No page came through the middleware: index the output folder instead.
    logger.warn('No page reached Pagefind while rendering; indexing the output folder');
    const summary = await indexSite(siteDir);
    logger.info(`Indexed ${summary.pages} pages into ${summary.outputPath}`);
    return;
  }
  try {
    const outcome = await feed.finish(() => {
      // Pagefind's work is done once the parts are written: its processes end meanwhile, and are reaped
      // before the build's process exits (a process that outlives it is missing from its CPU time).
      void closeServices();
      merging();
    }, mergeWhen);
    const line = indexLine(outcome);
    const text = `Indexed ${outcome.indexed} of the ${feed.pages} pages (the others list records) into ${join(siteDir, INDEX_FOLDER)} (${line.text})`;
    if (line.warn) logger.warn(text);
    else logger.info(text);
  } finally {
    await closeServices();
  }
}

/**
 * The integrations astro.config.mjs adds: `index` feeds the pages to Pagefind and, when they are
 * rendered, writes the last part and starts merging the parts into one index; `written` waits for
 * the merge. Astro runs the integrations' `astro:build:done` hooks one after the other, so the hooks
 * listed between the two (keeping the render cache, the sitemap, the feeds and data files, keeping
 * the page cache and clearing the output folder) run while the parts are merged in a worker thread,
 * on the machine's other core: after an import, the merge is the end of a rebuild. In an archive of
 * MERGE_ALONE_PAGES pages or more (`alone`, for tests) the merge waits for them instead (`written`
 * starts it), so that its memory and theirs do not add up (src/model/build-memory.ts).
 */
export function pagefindIndex(alone: (pages: number) => boolean = mergesAlone): { index: AstroIntegration; written: AstroIntegration } {
  let base = '/';
  let outDir = '';
  let cacheDir: URL | null = null;
  let writing: Promise<void> | null = null;
  // Starts a merge that waits for the hooks between `index` and `written`.
  let startMerge: () => void = () => undefined;
  const index: AstroIntegration = {
    name: 'scrutiny-pagefind',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('./pagefind-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
        outDir = fileURLToPath(config.outDir);
        cacheDir = config.cacheDir;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // A shard's assembler merges the shards' indexes, and needs their pages' sort values.
        const shard = currentShard();
        const keepSortValues = shard !== null;
        // The parts of the index the last build kept, and where this one keeps its own.
        const cache = cacheDir === null ? undefined : partCache(cacheDir, shard === null ? null : formatShard(shard));
        const limits = { pagesPerPart: pagesPerPart(), partBytes: PART_HTML };
        const services = cache !== undefined && cache.size > 0 ? INDEX_SERVICES : 1;
        openFeed(new PagefindFeed({ createIndex, services, base, outDir, ...limits, keepSortValues, cache }));
        // Pages go to Pagefind in the order they start rendering, so two builds give one index;
        // a page the last build rendered is sent as it is, if it would render the same (kept-pages.ts);
        // a shard's build (BUILD_SHARD) renders only its own pages (shard-prerenderer.ts).
        setPrerenderer((defaultPrerenderer) =>
          orderedPrerenderer(keptPagesPrerenderer(shardPrerenderer(defaultPrerenderer, { base, outDir }), base)),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        let merging: () => void = () => undefined;
        const merged = new Promise<void>((resolve) => (merging = resolve));
        const pages = currentFeed()?.pages ?? 0;
        const waits = alone(pages);
        const mergeWhen = waits ? new Promise<void>((resolve) => (startMerge = resolve)) : Promise.resolve();
        writing = indexBuild(dir, logger, merging, mergeWhen);
        // Its failure fails the build when `written` waits for it; until then it is not unhandled.
        const ended = writing.catch(() => undefined);
        // The hooks after this one run once the parts are written and merging on the other core (or,
        // alone, waiting for `written`), not while the build's thread has the last part to close and
        // the index's folder to start.
        await Promise.race([merged, ended]);
        if (waits)
          logger.info(
            `${pages} pages: the index merges once the feeds, calendars, data files and caches are written, not beside them, to keep the build's memory down`,
          );
      },
    },
  };
  const written: AstroIntegration = {
    name: 'scrutiny-pagefind-written',
    hooks: {
      'astro:build:done': async () => {
        const started = writing;
        writing = null;
        startMerge();
        if (started === null) throw new Error('the search index was not started: list pagefindIndex().index before .written');
        await started;
      },
    },
  };
  return { index, written };
}
