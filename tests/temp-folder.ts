/**
 * Every test's temporary files go in one folder, removed when the run ends. Many tests make a
 * folder with `mkdtemp(tmpdir())` (an archive, a build's output, a cache) and leave it; a unit
 * run left about 120 in /tmp. TMPDIR is set here, before Vitest starts the processes that run
 * the tests, so they and everything they start (Astro builds, Chromium) inherit it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env['TMPDIR'];
  const folder = mkdtempSync(join(tmpdir(), 'scrutiny-tests-'));
  process.env['TMPDIR'] = folder;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(folder, { recursive: true, force: true });
  };
}
