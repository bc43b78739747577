/**
 * Builds the site twice before the browser tests: at the root, and under a base path,
 * each into a folder of its own. Set SKIP_BUILD=1 to reuse the last build while working.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { BASE_PATH, BASE_SITE_DIR, SITE_DIR } from './harness.ts';

/** Builds into `outDir`; Astro's log goes to `<outDir>.log` for the tests that read it. */
function build(outDir: string, base: string): void {
  const log = execFileSync('node', ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, OUT_DIR: outDir, BASE_PATH: base, NO_COLOR: '1' },
  });
  writeFileSync(`${outDir}.log`, log);
}

export default function setup(): void {
  // One "today" for every build of the run (the test files' builds inherit it): a run that crosses
  // midnight UTC would otherwise compare pages that count overdue responses on two different days.
  process.env['BUILD_DATE'] ??= new Date().toISOString().slice(0, 10);
  if (process.env['SKIP_BUILD'] && existsSync(SITE_DIR) && existsSync(BASE_SITE_DIR)) return;
  build(SITE_DIR, '/');
  build(BASE_SITE_DIR, BASE_PATH);
}
