/**
 * Astro integration: opens the cache of rendered record text (src/markdown/render-cache.ts) when a
 * build starts and keeps it when the build is done, so the next build renders only the blocks of
 * text whose Markdown, place or link lookups changed. `astro build --force` reads no cache; the
 * dev server uses none.
 */
import type { AstroIntegration } from 'astro';
import { buildCacheFolder, cachesRefused, codeVersion } from './build-cache.ts';
import { recordTextLine } from '../model/build-log.ts';
import { closeRenderCache, currentRenderCache, openRenderCache, RenderCache } from '../markdown/render-cache.ts';
import { currentRenderPool, useRenderPool } from '../markdown/render-pool.ts';
import { renderWorkerCount, RenderWorkers } from './render-workers.ts';

export function markdownCache(): AstroIntegration {
  let folder = '';
  let workers = 0;
  return {
    name: 'scrutiny-markdown-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        folder = buildCacheFolder(config.cacheDir, 'markdown');
      },
      'astro:build:start': () => {
        // A build that failed before its end leaves its cache open: drop it, keep the one before.
        currentRenderCache()?.abandon();
        openRenderCache(RenderCache.open(folder, codeVersion(), { reuse: !cachesRefused() }));
        workers = renderWorkerCount();
        useRenderPool(workers > 0 ? new RenderWorkers(workers) : undefined);
      },
      'astro:build:done': async ({ logger }) => {
        const cache = currentRenderCache();
        const pool = currentRenderPool();
        closeRenderCache();
        useRenderPool(undefined);
        if (pool instanceof RenderWorkers) await pool.close();
        if (cache === undefined) return;
        cache.commit();
        logger.info(recordTextLine(cache.counts, workers));
      },
    },
  };
}
