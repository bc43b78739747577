/**
 * Builds the site twice before the browser tests, side by side: at the root, and under a base path,
 * each into a folder of its own. Set SKIP_BUILD=1 to reuse the last build while working.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { BASE_PATH, BASE_SITE_DIR, privateConfig, SITE_DIR } from './harness.ts';
import { buildSideBySide, type SideBySideBuild } from './side-by-side.ts';

/** The base path build's caches: of its own, as the two builds run at once. */
const BASE_CACHE = 'dist-test/base-cache';

/** Builds into `outDir`; Astro's log goes to `<outDir>.log` for the tests that read it. */
function build(outDir: string, base: string, args: string[] = []): SideBySideBuild {
  return {
    args: ['node_modules/astro/bin/astro.mjs', 'build', ...args],
    env: { OUT_DIR: outDir, BASE_PATH: base },
    onLog: (log) => writeFileSync(`${outDir}.log`, log),
  };
}

export default async function setup(): Promise<void> {
  // One "today" for every build of the run (the test files' builds inherit it): a run that crosses
  // midnight UTC would otherwise compare pages that count overdue responses on two different days.
  process.env['BUILD_DATE'] ??= new Date().toISOString().slice(0, 10);
  if (process.env['SKIP_BUILD'] && existsSync(SITE_DIR) && existsSync(BASE_SITE_DIR)) return;
  rmSync(BASE_CACHE, { recursive: true, force: true });
  mkdirSync(BASE_CACHE, { recursive: true });
  // Two builds on two cores: each is mostly one process on one core.
  await buildSideBySide([build(SITE_DIR, '/'), build(BASE_SITE_DIR, BASE_PATH, ['--config', privateConfig(BASE_CACHE)])]);
}
