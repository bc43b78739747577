import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALLOCATOR_SETTINGS, heapForContent } from '../../src/model/build-memory.ts';
import { bareSettings, buildSettings, LARGE_ARCHIVE } from './run-bench.ts';

const content = mkdtempSync(join(tmpdir(), 'bench-settings-'));
writeFileSync(join(content, 'a.md'), 'x'.repeat(3 * 2 ** 20));
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('buildSettings', () => {
  it('gives the site the heap npm run build picks for the records, and passes on what the caller set', () => {
    expect(buildSettings(content, {})).toEqual({
      ...ALLOCATOR_SETTINGS,
      NODE_OPTIONS: `--max-old-space-size=${heapForContent(3 * 2 ** 20)}`,
    });
    expect(buildSettings(content, { PAGEFIND_PAGES_PER_PART: '5000', HOME: '/root' })).toMatchObject({ PAGEFIND_PAGES_PER_PART: '5000' });
    expect(buildSettings(content, { NODE_OPTIONS: '--max-old-space-size=16000' })).toEqual({
      ...ALLOCATOR_SETTINGS,
      NODE_OPTIONS: '--max-old-space-size=16000',
    });
    // An allocator setting the caller gave is theirs: not repeated, so the one given reaches the build.
    expect(buildSettings(content, { MALLOC_MMAP_THRESHOLD_: '65536' })).not.toHaveProperty('MALLOC_MMAP_THRESHOLD_');
  });
});

describe('bareSettings', () => {
  it("is Astro's defaults, except a larger heap for a large archive, unless the caller chose", () => {
    expect(bareSettings(10_000, {})).toEqual({});
    expect(bareSettings(LARGE_ARCHIVE, {})).toEqual({ NODE_OPTIONS: '--max-old-space-size=12288' });
    expect(bareSettings(100_000, { NODE_OPTIONS: '--max-old-space-size=16000' })).toEqual({ NODE_OPTIONS: '--max-old-space-size=16000' });
  });
});
