/**
 * Builds the site twice before the browser tests: at the root, and under a base path,
 * each into a folder of its own. Set SKIP_BUILD=1 to reuse the last build while working.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BASE_PATH, BASE_SITE_DIR, SITE_DIR } from './harness.ts';

function build(outDir: string, base: string): void {
  execFileSync('node', ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: outDir, BASE_PATH: base },
  });
}

export default function setup(): void {
  if (process.env['SKIP_BUILD'] && existsSync(SITE_DIR) && existsSync(BASE_SITE_DIR)) return;
  build(SITE_DIR, '/');
  build(BASE_SITE_DIR, BASE_PATH);
}
