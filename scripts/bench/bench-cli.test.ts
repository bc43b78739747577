/**
 * End to end: `npm run bench -- --meetings 200 --json` generates, builds the site and the
 * bare-Astro floor, measures search in Chromium (the query mix across all councils and within
 * each query's council), rebuilds after importing one meeting, and prints one JSON object of
 * sane figures.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const KEYS = [
  'meetings',
  'pages',
  'buildSeconds',
  'pagesPerSecond',
  'peakRssMB',
  'bareAstroSeconds',
  'ratioToBareAstro',
  'ratioPairs',
  'ratioToBareAstroMedian',
  'firstQueryKB',
  'laterQueryKB',
  'coldQueryKB',
  'coldQueryMedianKB',
  'coldQueryMaxKB',
  'warmQueryMedianKB',
  'warmQueryMaxKB',
  'warmQueryMedianSeconds',
  'warmQueryMaxSeconds',
  'knownItem',
  'queries',
  'councilColdQueryKB',
  'councilWarmQueryMedianKB',
  'councilWarmQueryMaxKB',
  'councilWarmQueryMedianSeconds',
  'councilWarmQueryMaxSeconds',
  'councilKnownItems',
  'councilQueries',
  'filterSearch',
  'meetingPageKB',
  'meetingPageScripts',
  'rebuildSeconds',
  'rebuildRatio',
  'rebuildPeakRssMB',
  'rebuildIdentical',
  'rebuildDifferences',
  'rebuildReuse',
];

describe('npm run bench', () => {
  // Two builds, the bare floor and the query mix twice over (32 browser contexts a mix) on two shared cores.
  it('prints the figures as JSON for a small archive', { timeout: 480_000 }, async () => {
    const project = new URL('../../', import.meta.url).pathname;
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/bench.ts', '--meetings', '200', '--seed', '3', '--json'], {
      cwd: project,
      maxBuffer: 1 << 24,
    });
    const result = JSON.parse(stdout) as Record<string, number | null> & {
      ratioPairs: { siteSeconds: number; bareSeconds: number; ratio: number }[];
      rebuildDifferences: { files: number; count: number; sample: string[] };
      rebuildReuse: {
        pagesRendered: number;
        pagesReused: number;
        blocksRendered: number;
        blocksReused: number;
        parts: number;
        partsReused: number;
      };
      queries: {
        text: string;
        results: number;
        coldKB: number;
        warmKB: number;
        coldSeconds: number;
        warmSeconds: number;
        wanted: string | null;
        rank: number | null;
      }[];
      knownItem: { queries: number; first: number; top3: number };
      councilQueries: {
        text: string;
        council: string;
        results: number;
        coldKB: number;
        warmKB: number;
        coldSeconds: number;
        warmSeconds: number;
        rank: number | null;
      }[];
      councilKnownItems: { queries: number; first: number; top3: number };
      filterSearch: {
        query: string;
        council: string;
        openKB: number;
        openSeconds: number;
        councilResults: number;
        councilKB: number;
        councilSeconds: number;
        withinKB: number;
        withinSeconds: number;
      };
    };
    for (const key of KEYS) expect(result, key).toHaveProperty(key);
    expect(result['meetings']).toBe(200);
    expect(result['pages']).toBeGreaterThan(200);
    expect(result['buildSeconds']).toBeGreaterThan(0);
    // Pages per second come from the unrounded seconds, which the JSON gives to a tenth.
    const [pages, seconds] = [result['pages'] ?? 0, result['buildSeconds'] ?? 1];
    expect(result['pagesPerSecond']).toBeGreaterThanOrEqual(pages / (seconds + 0.05) - 0.05);
    expect(result['pagesPerSecond']).toBeLessThanOrEqual(pages / (seconds - 0.05) + 0.05);
    expect(result['peakRssMB']).toBeGreaterThan(50);
    expect(result['peakRssMB']).toBeLessThan(8192);
    expect(result['bareAstroSeconds']).toBeGreaterThan(0);
    expect(result['ratioToBareAstro']).toBeGreaterThan(0.2);
    // One pair unless --pairs asks for more: the build and the floor above, whose ratio is the median.
    expect(result.ratioPairs).toEqual([
      { siteSeconds: result['buildSeconds'], bareSeconds: result['bareAstroSeconds'], ratio: result['ratioToBareAstro'] },
    ]);
    expect(result['ratioToBareAstroMedian']).toBe(result['ratioToBareAstro']);
    expect(result['firstQueryKB']).toBeGreaterThan(result['laterQueryKB'] ?? Infinity);
    expect(result['laterQueryKB']).toBeGreaterThan(0);
    // The query mix: each query cold (a fresh page) and warm (after one other query).
    expect(result.queries.length).toBeGreaterThanOrEqual(15);
    for (const query of result.queries) {
      expect(query.coldKB, query.text).toBeGreaterThan(query.warmKB);
      expect(query.warmKB, query.text).toBeGreaterThanOrEqual(0);
      // How long until the results showed: a cold search loads the page and Pagefind first.
      expect(query.warmSeconds, query.text).toBeGreaterThan(0);
      expect(query.coldSeconds, query.text).toBeGreaterThan(query.warmSeconds);
    }
    expect(result['coldQueryKB']).toBe(result.queries[0]?.coldKB);
    expect(result['warmQueryMedianKB']).toBeLessThanOrEqual(result['warmQueryMaxKB'] ?? 0);
    expect(result['warmQueryMaxSeconds']).toBe(Math.max(...result.queries.map((query) => query.warmSeconds)));
    expect(result['warmQueryMedianSeconds']).toBeLessThanOrEqual(result['warmQueryMaxSeconds'] ?? 0);
    expect(result.knownItem.queries).toBe(result.queries.filter((query) => query.wanted !== null).length);
    expect(result.knownItem.top3).toBeGreaterThanOrEqual(result.knownItem.first);
    // The same mix within each query's council, opened as a council page's search form opens it.
    expect(result.councilQueries.map((query) => query.text)).toEqual(result.queries.map((query) => query.text));
    for (const [index, query] of result.councilQueries.entries()) {
      expect(query.council, query.text).toBe('Chelmsford County Council');
      expect(query.coldKB, query.text).toBeGreaterThan(query.warmKB);
      expect(query.warmKB, query.text).toBeGreaterThanOrEqual(0);
      expect(query.warmSeconds, query.text).toBeGreaterThan(0);
      // The council filter applies: never more results than across all councils.
      expect(query.results, query.text).toBeLessThanOrEqual(result.queries[index]?.results ?? 0);
    }
    // "Filter results" opened on the commonest word across all councils, then its council ticked:
    // the filter tables download when opened, and the council's results are as many as within it;
    // then opened on the word searched within the council.
    const { filterSearch } = result;
    const common = result.queries.findLast((query) => query.text === filterSearch.query);
    expect(filterSearch.council).toBe('Chelmsford County Council');
    expect(filterSearch.openKB).toBeGreaterThan(0);
    expect(filterSearch.openSeconds).toBeGreaterThan(0);
    expect(filterSearch.councilSeconds).toBeGreaterThan(0);
    expect(filterSearch.councilResults).toBe(result.councilQueries.find((query) => query.text === common?.text)?.results);
    // Opened on the word searched within the council, it downloads the tables of the filters it counts.
    expect(filterSearch.withinKB).toBeGreaterThan(0);
    expect(filterSearch.withinSeconds).toBeGreaterThan(0);
    // A person page is filed under the councils whose records name the person, so a person's
    // query finds the page within the council that names them most (before, it could not).
    const people = result.queries.flatMap((query, index) => (query.wanted?.startsWith('/people/') ? [index] : []));
    expect(people.length).toBeGreaterThan(0);
    for (const index of people) expect(result.councilQueries[index]?.rank, result.queries[index]?.text).toBeOneOf([1, 2, 3]);
    for (const key of [
      'councilColdQueryKB',
      'councilWarmQueryMedianKB',
      'councilWarmQueryMaxKB',
      'councilWarmQueryMedianSeconds',
      'councilWarmQueryMaxSeconds',
    ]) {
      expect(typeof result[key], key).toBe('number');
    }
    expect(result['councilColdQueryKB']).toBe(result.councilQueries[0]?.coldKB);
    expect(result['councilWarmQueryMedianKB']).toBeLessThanOrEqual(result['councilWarmQueryMaxKB'] ?? 0);
    expect(result.councilKnownItems.queries).toBe(result.knownItem.queries);
    expect(result.councilKnownItems.top3).toBeGreaterThanOrEqual(result.councilKnownItems.first);
    expect(result['meetingPageKB']).toBeGreaterThan(1);
    expect(result['meetingPageScripts']).toBeGreaterThanOrEqual(0);
    // The rebuild after importing one meeting: timed, against the full build, and its output the same as a build from nothing.
    expect(result['rebuildSeconds']).toBeGreaterThan(0);
    expect(result['rebuildRatio']).toBeCloseTo((result['rebuildSeconds'] ?? 0) / (result['buildSeconds'] ?? 1), 1);
    expect(result['rebuildPeakRssMB']).toBeGreaterThan(100);
    expect(result.rebuildDifferences.sample).toEqual([]);
    expect(result.rebuildDifferences.files).toBeGreaterThan(result['pages'] ?? Infinity);
    expect(result['rebuildIdentical']).toBe(true);
    // The rebuild took the pages that did not change from the full build's cache, and rendered the new
    // meeting's text and the pages that show it.
    expect(result.rebuildReuse.pagesRendered).toBeGreaterThan(1);
    expect(result.rebuildReuse.pagesReused).toBeGreaterThan(result.rebuildReuse.pagesRendered);
    expect(result.rebuildReuse.blocksRendered).toBeGreaterThan(0);
    expect(result.rebuildReuse.parts).toBeGreaterThanOrEqual(1);
  });

  it('fails fast, naming the step, when Chromium cannot be launched', { timeout: 120_000 }, async () => {
    const project = new URL('../../', import.meta.url).pathname;
    const started = Date.now();
    const failure = await promisify(execFile)(process.execPath, ['scripts/bench.ts', '--meetings', '5', '--no-bare'], {
      cwd: project,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    }).then(
      () => null,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/step "search in Chromium" failed: .*\/nonexistent\/chromium/);
    // The build of 5 meetings takes seconds; a hang would run into the test's timeout instead.
    expect(Date.now() - started).toBeLessThan(100_000);
  });
});
