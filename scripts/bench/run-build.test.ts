import { describe, expect, it } from 'vitest';
import { parseGnuTime, parsePagesBuilt, parsePhases, parseReuse, treeRss, treeRssKB, subscribeStep } from './run-build.ts';

const log = [
  [2500, '[content] Syncing content'],
  [4400, '[content] Synced content'],
  [4400, '[build] Building static entrypoints...'],
  [8800, '[build] Rearranging server assets...'],
  [8800, ' generating static routes '],
  [9300, '  ├─ /index.html (+300ms)'],
  [11200, '✓ Completed in 2.4s.'],
  [13400, '[scrutiny-pagefind] Indexed 302 pages into /tmp/x/pagefind'],
  [
    13420,
    '[scrutiny-subscribe-files] Wrote 49 feeds, calendars and data files in 1.3 s (0.2 s the build waited for; feeds 0.1 s, calendars 0.2 s, data 1.0 s)',
  ],
  [13450, '[build] 302 page(s) built in 12.9s'],
].map(([ms, text]) => ({ ms: Number(ms), text: String(text) }));

describe('build log parsing', () => {
  it('reads each phase from the timestamps of its marker lines', () => {
    expect(parsePhases(log)).toEqual({
      contentSyncSeconds: 4.4,
      bundleSeconds: 4.4,
      renderSeconds: 2.4,
      pagefindSeconds: 2.2,
      subscribeSeconds: 1.3,
      subscribeWaitSeconds: 0.2,
    });
    expect(parsePagesBuilt(log)).toBe(302);
  });

  it('leaves a phase unknown when its marker is missing', () => {
    const phases = parsePhases(log.filter((line) => !line.text.includes('pagefind')));
    expect(phases.pagefindSeconds).toBeNull();
    expect(parsePagesBuilt([])).toBeNull();
  });

  it('measures the memory of a live process tree', () => {
    expect(treeRssKB(process.pid)).toBeGreaterThan(10_000);
    expect(treeRssKB(2 ** 22 + 12345)).toBe(0);
    // Each process name keeps its largest process; none is larger than the whole tree.
    const { totalKB, byNameKB } = treeRss(process.pid);
    expect(Math.max(...byNameKB.values())).toBeGreaterThan(10_000);
    expect(Math.max(...byNameKB.values())).toBeLessThanOrEqual(totalKB);
  });
});

describe('GNU time report', () => {
  it('reads peak memory and CPU time', () => {
    const report = '\tUser time (seconds): 61.20\n\tSystem time (seconds): 9.05\n\tMaximum resident set size (kbytes): 1418240\n';
    expect(parseGnuTime(report)).toEqual({ peakRssMB: 1385, cpuSeconds: 70.25 });
    expect(parseGnuTime('')).toEqual({ peakRssMB: null, cpuSeconds: null });
  });
});

describe('subscribeStep', () => {
  it('is unknown when the build wrote no feeds, calendars or data files', () => {
    expect(subscribeStep([{ ms: 1, text: '[build] 302 page(s) built in 12.9s' }])).toEqual({
      subscribeSeconds: null,
      subscribeWaitSeconds: null,
    });
  });
});

describe('parseReuse', () => {
  it('reads what a rebuild took from the build before it, and nulls where the log says nothing', () => {
    const log = [
      { ms: 1, text: '12:00:00 [scrutiny-markdown-cache] Record text: 12 blocks rendered, 175106 reused from the previous build' },
      { ms: 1, text: '12:00:00 [scrutiny-page-cache] Pages: 41 rendered, 19938 reused from the previous build' },
      {
        ms: 2,
        text: '12:00:01 [scrutiny-pagefind] Indexed 19791 of the 20116 pages (the others list records) into dist/pagefind (15 parts (12 reused from the previous build) of at most 80 MB of pages, merged into one index in 18.2 s)',
      },
    ];
    expect(parseReuse(log)).toEqual({
      pagesRendered: 41,
      pagesReused: 19938,
      blocksRendered: 12,
      blocksReused: 175106,
      parts: 15,
      partsReused: 12,
    });
    expect(parseReuse([])).toEqual({
      pagesRendered: null,
      pagesReused: null,
      blocksRendered: null,
      blocksReused: null,
      parts: null,
      partsReused: null,
    });
  });
});
