import { describe, expect, it } from 'vitest';
import { buildSettings, LARGE_ARCHIVE } from './run-bench.ts';

describe('buildSettings', () => {
  it('passes on what the caller set, and nothing else for an archive one index can hold', () => {
    expect(buildSettings(10_000, {})).toEqual({});
    expect(buildSettings(10_000, { PAGEFIND_PAGES_PER_PART: '5000', HOME: '/root' })).toEqual({ PAGEFIND_PAGES_PER_PART: '5000' });
  });

  it('indexes a large archive in parts with more heap for Node, unless the caller chose otherwise', () => {
    expect(buildSettings(LARGE_ARCHIVE, {})).toEqual({ PAGEFIND_PAGES_PER_PART: '20000', NODE_OPTIONS: '--max-old-space-size=12288' });
    expect(buildSettings(100_000, { NODE_OPTIONS: '--max-old-space-size=16000' })).toEqual({
      PAGEFIND_PAGES_PER_PART: '20000',
      NODE_OPTIONS: '--max-old-space-size=16000',
    });
  });
});
