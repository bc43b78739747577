/**
 * Astro integration: the feeds, the calendars and the bulk data tables (CSV and JSON) are written
 * into the output folder by one step of the build instead of one route per file (see
 * src/site/subscribe-outputs.ts). The step is started by a route rendered after every page
 * (subscribe-files-route.ts) and runs while the Pagefind integration writes its index, when the
 * build's own thread is otherwise waiting; this integration's `astro:build:done`, which runs once
 * the index's parts are written and merging (astro.config.mjs lists it between Pagefind's `index`
 * and `written`; in a large archive the merge waits for it: src/model/build-memory.ts,
 * MERGE_ALONE_PAGES), waits for it and fails the build if it failed. The files and their addresses are the
 * ones the endpoints give in the dev server.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildsSubscribeOutputs, bulkWrite, endBulkWrite, startBulkWrite } from '../site/subscribe-outputs.ts';

/**
 * The route that starts the writing (`/data/bulk-files/`); it writes no file of its own (its
 * response is empty). Its first segment is a parameter because Astro renders routes whose first
 * segment is a parameter after all the others (astro/dist/core/routing/priority.js), so the
 * writing starts once the pages are rendered, not alongside them.
 */
export const BULK_ROUTE = '/[folder]/bulk-files';

export function subscribeFiles(): AstroIntegration {
  let outDir = '';
  let active = false;
  return {
    name: 'scrutiny-subscribe-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        active = command === 'build' && buildsSubscribeOutputs();
        if (active)
          injectRoute({ pattern: BULK_ROUTE, entrypoint: new URL('./subscribe-files-route.ts', import.meta.url), prerender: true });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (active) startBulkWrite(outDir);
      },
      'astro:build:done': async ({ logger }) => {
        if (!active) return;
        const writing = bulkWrite()?.writing ?? null;
        endBulkWrite();
        if (writing === null) throw new Error('the route /data/bulk-files/ was not built: the feeds, calendars and data files are missing');
        const started = performance.now();
        const { files, seconds, parts } = await writing;
        const waited = (performance.now() - started) / 1000;
        const each = `feeds ${parts.feeds.toFixed(1)} s, calendars ${parts.calendars.toFixed(1)} s, data ${parts.data.toFixed(1)} s`;
        logger.info(
          `Wrote ${files.length} feeds, calendars and data files in ${seconds.toFixed(1)} s (${waited.toFixed(1)} s the build waited for; ${each})`,
        );
      },
    },
  };
}
