/**
 * Shared by the browser tests: the built sites, and the static server and Chromium of
 * scripts/browser/.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/browser/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/browser/static-server.ts';

export { launchBrowser, serveStatic, type StaticServer };

/** Where global-setup builds the site, at the root and under a base path. */
export const SITE_DIR = 'dist-test/root';
export const BASE_SITE_DIR = 'dist-test/base';
export const BASE_PATH = '/scrutiny/';

/** The project's folder. */
export const PROJECT = new URL('../../', import.meta.url).pathname;

/**
 * Writes `<root>/site.config.mjs`, the site's config with a cache folder of its own (`<root>/cache/`), so
 * that no other build shares a test's caches; returns its path from the project, for `--config`.
 */
export function privateConfig(root: string): string {
  const file = join(root, 'site.config.mjs');
  const cache = JSON.stringify(join(root, 'cache/'));
  writeFileSync(
    file,
    `import config from ${JSON.stringify(join(PROJECT, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: ${cache} };\n`,
  );
  return relative(PROJECT, file);
}

export interface OpenSite {
  server: StaticServer;
  browser: Browser;
  page: Page;
}

/** A built site served on loopback, Chromium, and one page: what each browser test file starts with. */
export async function openSite(dir = SITE_DIR, base = '/'): Promise<OpenSite> {
  const server = await serveStatic(dir, base);
  try {
    const browser = await launchBrowser();
    return { server, browser, page: await browser.newPage() };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** Closes what openSite opened. */
export async function closeSite(site: Partial<OpenSite>): Promise<void> {
  await site.browser?.close();
  await site.server?.close();
}
