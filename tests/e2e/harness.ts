/**
 * Shared by the browser tests: the built sites, and the static server and Chromium of
 * scripts/browser/.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
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

/** Runs a project script with this Node; a failure throws with the command and the end of its output. Returns what it printed. */
export function runScript(args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, ...env, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`${args.slice(0, 2).join(' ')} … exited ${result.status ?? result.signal}:\n${output}`);
  }
  return result.stdout;
}

/**
 * A site of some records alone: imports them into an empty content folder under `root`, one import for
 * each of `imports` (its files and any flags), checks it, and builds the site at the root path into
 * `siteDir`, with caches of its own.
 */
export function buildImportedSite(root: string, siteDir: string, imports: string[][]): void {
  const content = join(root, 'content');
  for (const importArgs of imports) runScript(['scripts/import.ts', '--out', content, ...importArgs]);
  runScript(['scripts/check.ts'], { CONTENT_DIR: content });
  rmSync(siteDir, { recursive: true, force: true });
  const env = { CONTENT_DIR: content, OUT_DIR: siteDir, BASE_PATH: '/' };
  runScript(['node_modules/astro/bin/astro.mjs', 'build', '--config', privateConfig(root)], env);
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
