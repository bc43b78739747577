/**
 * Astro integration: opens the cache of rendered pages (src/site/page-cache.ts) when a build starts
 * and keeps it when the build is done, so the next build renders only the pages whose props or reads
 * changed (page-cache-middleware.ts sends the others). It also keeps the output folder in place
 * instead of letting Astro empty it (src/site/output-folder.ts), and deletes what the build did not
 * write once every other integration is done. `astro build --force` reads no cache and starts from an
 * empty output folder; the dev server uses none. astro.config.mjs lists it after Pagefind's `index`:
 * its middleware must run inside Pagefind's, which indexes whatever page comes back; and its end of
 * the build after every other integration has written its files, but for the search index, whose
 * folder it leaves alone and which is merged meanwhile (`written`, listed last, waits for it).
 */
import type { AstroIntegration } from 'astro';
import { buildCacheFolder, cachesRefused, codeVersion, shardCacheName } from './build-cache.ts';
import { currentShard } from './shard-prerenderer.ts';
import { INDEX_FOLDER } from './pagefind-feed.ts';
import { formatShard } from '../model/shard.ts';
import { outputLine, pagesLine } from '../model/build-log.ts';
import { buildDate } from '../model/recommendation-lifecycle.ts';
import { currentPageCache, openPageCache, PageCache, type BuildOutput } from '../site/page-cache.ts';
import { withTrailingSlash } from '../model/base-path.ts';
import { OutputFolder } from '../site/output-folder.ts';
import type { ListingWorker } from '../site/output-listing.ts';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * What a page depends on besides its address, props and reads: the code, and the settings every page
 * shows (base path, site address, the build's "today", which shard).
 */
export function pageCacheVersion(settings: { base: string; site: string | undefined; trailingSlash: string }): string {
  const shard = currentShard();
  return JSON.stringify([codeVersion(), settings, buildDate(process.env), shard === null ? null : formatShard(shard)]);
}

export function pageCache(): AstroIntegration {
  let folder = '';
  let outputRecord = '';
  let version = '';
  let outDir = '';
  let base = '';
  let output: BuildOutput | null = null;
  let building = false;
  let lister: ListingWorker | null = null;
  return {
    name: 'scrutiny-page-cache',
    hooks: {
      'astro:config:setup': ({ addMiddleware, updateConfig, command }) => {
        building = command === 'build';
        addMiddleware({ entrypoint: new URL('./page-cache-middleware.ts', import.meta.url), order: 'post' });
        // The output folder is emptied, or kept, when the build starts (below), not by Astro.
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        const shard = currentShard();
        const name = shard === null ? null : formatShard(shard);
        folder = buildCacheFolder(config.cacheDir, shardCacheName('pages', name));
        outputRecord = buildCacheFolder(config.cacheDir, shardCacheName('output', name));
        version = pageCacheVersion({ base: config.base, site: config.site, trailingSlash: config.trailingSlash });
        outDir = fileURLToPath(config.outDir);
        base = withTrailingSlash(config.base);
        // The output folder listed while the content syncs, for the build to keep it in place (output-listing.ts).
        if (building && !cachesRefused() && existsSync(outDir)) {
          void lister?.close();
          lister = OutputFolder.lister(outDir, [INDEX_FOLDER]);
        }
      },
      'astro:build:start': () => {
        // A build that failed before its end leaves its cache open: drop it, keep the one before.
        currentPageCache()?.abandon();
        const reuse = !cachesRefused();
        output = { folder: OutputFolder.open(outDir, outputRecord, { reuse, lister }), base };
        lister = null;
        openPageCache(PageCache.open(folder, version, { reuse, output }));
      },
      'astro:build:done': ({ logger }) => {
        const cache = currentPageCache();
        openPageCache(undefined);
        if (cache === undefined) return;
        cache.commit();
        logger.info(pagesLine(cache.counts.page, cache.counts.file, cache.counts.rows));
        if (output !== null) logger.info(outputLine(output.folder.inPlace, output.folder.finish([INDEX_FOLDER])));
        // What made most kept pages render again: the first read of each that gave something else.
        const changes = [...cache.changes].sort((a, b) => b[1] - a[1]).slice(0, 5);
        if (changes.length > 0)
          logger.info(`Pages rendered again because they read: ${changes.map(([read, pages]) => `${read} (${pages})`).join(', ')}`);
      },
    },
  };
}
