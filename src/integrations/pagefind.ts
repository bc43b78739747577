/**
 * Astro integration: after `astro build`, index the built pages with Pagefind's Node API
 * and write the index into the build output's `pagefind/` folder (never into public/).
 *
 * Pagefind stores URLs relative to the output folder (`/meetings/…/`); the browser adds
 * the base path (BASE_PATH) because search.ts tells it where pagefind.js lives.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexSummary {
  pages: number;
  outputPath: string;
}

/** Indexes every HTML file under `siteDir` and writes the bundle to `siteDir/pagefind`. */
export async function indexSite(siteDir: string): Promise<IndexSummary> {
  // One language for the whole archive: records are English, whatever lang a page declares.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const outputPath = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
    return { pages: added.page_count, outputPath };
  } finally {
    // Stops Pagefind's background binary so the build process can exit.
    await pagefind.close();
  }
}

/** The integration astro.config.mjs adds. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'scrutiny-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await indexSite(fileURLToPath(dir));
        logger.info(`Indexed ${summary.pages} pages into ${summary.outputPath}`);
      },
    },
  };
}
