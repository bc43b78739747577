import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  allocatorSettings,
  ALLOCATOR_SETTINGS,
  contentBytes,
  heapForContent,
  HEAP_PER_CONTENT_MB,
  MERGE_ALONE_PAGES,
  mergesAlone,
  MIN_HEAP_MB,
  withBuildHeap,
} from './build-memory.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the build heap', () => {
  it('grows with the records from a floor', () => {
    expect(heapForContent(0)).toBe(MIN_HEAP_MB);
    expect(heapForContent(100 * 2 ** 20)).toBe(MIN_HEAP_MB + 100 * HEAP_PER_CONTENT_MB);
    expect(heapForContent(1000 * 2 ** 20)).toBeGreaterThan(heapForContent(100 * 2 ** 20));
  });

  it('counts every file below the content folder', () => {
    mkdirSync(join(dir, 'meetings', 'essex'), { recursive: true });
    writeFileSync(join(dir, 'meetings', 'essex', 'a.md'), 'x'.repeat(1000));
    writeFileSync(join(dir, 'b.md'), 'y'.repeat(24));
    expect(contentBytes(dir)).toBe(1024);
    expect(contentBytes(join(dir, 'missing'))).toBe(0);
  });

  it('adds the heap to NODE_OPTIONS unless one is given there', () => {
    expect(withBuildHeap(undefined, dir)).toEqual({ nodeOptions: `--max-old-space-size=${MIN_HEAP_MB}`, heapMB: MIN_HEAP_MB });
    expect(withBuildHeap('--trace-warnings', dir).nodeOptions).toBe(`--trace-warnings --max-old-space-size=${MIN_HEAP_MB}`);
    expect(withBuildHeap('--max-old-space-size=4096', dir)).toEqual({ nodeOptions: '--max-old-space-size=4096', heapMB: null });
  });

  it('adds the allocator settings the environment does not set itself', () => {
    expect(allocatorSettings({})).toEqual({ MALLOC_MMAP_THRESHOLD_: '131072', MIMALLOC_PURGE_DELAY: '0' });
    expect(allocatorSettings({ MALLOC_MMAP_THRESHOLD_: '65536', HOME: '/root' })).toEqual({ MIMALLOC_PURGE_DELAY: '0' });
    expect(allocatorSettings({ MIMALLOC_PURGE_DELAY: '' })).toEqual(ALLOCATOR_SETTINGS);
    expect(allocatorSettings({ ...ALLOCATOR_SETTINGS })).toEqual({});
  });

  it('merges the index alone from 50,000 pages: a 100,000-meeting archive (196,000 pages), not a 10,000-meeting one (20,000)', () => {
    expect(MERGE_ALONE_PAGES).toBe(50_000);
    expect(mergesAlone(196_000)).toBe(true);
    expect(mergesAlone(MERGE_ALONE_PAGES)).toBe(true);
    expect(mergesAlone(MERGE_ALONE_PAGES - 1)).toBe(false);
    expect(mergesAlone(20_000)).toBe(false);
  });
});
