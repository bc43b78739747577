/**
 * Shared by the browser tests: the built sites, and the static server and Chromium of
 * scripts/browser/.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/browser/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/browser/static-server.ts';

export { launchBrowser, serveStatic, type StaticServer };

/** Where global-setup builds the site, at the root and under a base path. */
export const SITE_DIR = 'dist-test/root';
export const BASE_SITE_DIR = 'dist-test/base';
export const BASE_PATH = '/scrutiny/';

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
