/**
 * The layering rules of .dependency-cruiser.cjs hold for the whole tree, and they do catch a
 * violation: a planted import from the model into the site fails them.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const run = promisify(execFile);

/** Runs dependency-cruiser on `paths`; resolves with its exit code and report. */
async function cruise(paths: string[]): Promise<{ code: number; output: string }> {
  const bin = join(root, 'node_modules/.bin/depcruise');
  try {
    const { stdout } = await run(bin, [...paths, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: root });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    return { code: failed.code ?? 1, output: failed.stdout ?? '' };
  }
}

describe('layering', () => {
  it('holds for src/, scripts/ and tests/', async () => {
    const result = await cruise(['src', 'scripts', 'tests', 'astro.config.mjs']);
    expect(result.output).not.toMatch(/error/);
    expect(result.code).toBe(0);
  });

  it('fails on a planted violation (the model importing the site)', async () => {
    const dir = mkdtempSync(join(root, 'src/model/planted-'));
    try {
      const planted = join(dir, 'planted.ts');
      writeFileSync(planted, "import { NOT_STATED } from '../../site/archive-data.ts';\nexport const x = NOT_STATED;\n");
      const result = await cruise([relative(root, planted)]);
      expect(result.code).not.toBe(0);
      expect(result.output).toMatch(/model-is-the-core/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
