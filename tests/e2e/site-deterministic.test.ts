/**
 * Issue 12, row 10: two builds of the same content give the same `dist/`, byte for byte, the
 * search index included (Pagefind numbers pages in the order it gets them, which used to be the
 * order renders finished). The global setup's build is one of the two; this file makes the other.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SITE_DIR } from './harness.ts';

const AGAIN = 'dist-test/root-again';
/** The first build, when this file makes it too (SKIP_BUILD). */
const FIRST = 'dist-test/root-first';

/** Builds the site at the root into `outDir`, as the global setup does. */
function build(outDir: string): void {
  execFileSync('node', ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OUT_DIR: outDir, BASE_PATH: '/', NO_COLOR: '1' },
  });
}

/** Every file below `dir`, as sorted relative paths. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

afterAll(() => {
  rmSync(AGAIN, { recursive: true, force: true });
  rmSync(FIRST, { recursive: true, force: true });
});

describe('two builds of the same content', () => {
  it('are byte-identical, search index included', () => {
    // With SKIP_BUILD the global setup's build may be older than the code: make both here.
    const first = process.env['SKIP_BUILD'] ? FIRST : SITE_DIR;
    if (first !== SITE_DIR) build(first);
    build(AGAIN);
    const names = files(first);
    expect(files(AGAIN)).toEqual(names);
    expect(names.some((name) => name.startsWith('pagefind/index/'))).toBe(true);
    const different = names.filter((name) => !readFileSync(join(first, name)).equals(readFileSync(join(AGAIN, name))));
    expect(different).toEqual([]);
  });
});
