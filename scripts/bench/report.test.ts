import { describe, expect, it } from 'vitest';
import { councilRows, filterRows, pairRows, rebuildRows, table } from './report.ts';
import type { BenchResult } from './run-bench.ts';

/** A result with the given figures; every other figure not measured. */
function result(figures: Partial<BenchResult>): BenchResult {
  const phases = {
    contentSyncSeconds: null,
    bundleSeconds: null,
    renderSeconds: null,
    pagefindSeconds: null,
    subscribeSeconds: null,
    subscribeWaitSeconds: null,
  };
  const empty = {
    phases,
    loadAverage: { beforeSite: null, afterBare: null },
    bareAstroError: null,
    pagefindPagesPerPart: null,
    nodeOptions: null,
    knownItem: null,
    queries: [],
    councilKnownItems: null,
    councilQueries: [],
    filterSearch: {
      query: null,
      council: null,
      openKB: null,
      openSeconds: null,
      councilResults: null,
      councilKB: null,
      councilSeconds: null,
      withinKB: null,
      withinSeconds: null,
    },
    rebuildMeeting: null,
    rebuildSeconds: null,
    rebuildRatio: null,
    rebuildPeakRssMB: null,
    rebuildIdentical: null,
    rebuildDifferences: null,
    rebuildReferenceSeconds: null,
    rebuildPhases: null,
    ratioPairs: null,
    ratioToBareAstroMedian: null,
  };
  return { ...empty, ...figures } as BenchResult;
}

const MEASURED = {
  rebuildMeeting: 'chelmsford-county-council/place-scrutiny-committee/2019-05-02',
  rebuildSeconds: 41.2,
  rebuildRatio: 0.588,
  rebuildPeakRssMB: 812,
  rebuildReferenceSeconds: 70.4,
  rebuildPhases: null,
};

describe('the rebuild in the report', () => {
  it('gives the rebuild’s seconds, its ratio to the full build and whether its output is identical', () => {
    const identical = result({
      ...MEASURED,
      rebuildIdentical: true,
      rebuildDifferences: { files: 20_100, count: 0, differs: 0, missing: 0, extra: 0, sample: [] },
    });
    expect(rebuildRows(identical)).toEqual([
      [
        'rebuild after importing one meeting (s)',
        41.2,
        'chelmsford-county-council/place-scrutiny-committee/2019-05-02; from nothing: 70.4 s',
      ],
      ['  rebuild / build + index', 0.588, '10k: <= 0.15'],
      ['  peak RSS of the rebuild, largest process (MB)', 812, '10k: <= 2048; 100k: <= 4096'],
      ['  output byte-identical to a build from nothing', true, 'true'],
    ]);
    expect(table(identical)).toMatch(/output byte-identical to a build from nothing +true/);
  });

  it('names the first files that differ when the output is not identical', () => {
    const different = result({
      ...MEASURED,
      rebuildIdentical: false,
      rebuildDifferences: {
        files: 20_100,
        count: 3,
        differs: 2,
        missing: 0,
        extra: 1,
        sample: ['differs: pagefind/pagefind-entry.json', 'differs: index.html', 'extra: pagefind/index/old.pf_index'],
      },
    });
    const rows = rebuildRows(different);
    expect(rows[3]).toEqual(['  output byte-identical to a build from nothing', false, 'true']);
    expect(rows[4]).toEqual(['  files that differ / are missing / are extra', '2 / 0 / 1', 'of 20100']);
    expect(rows[5]?.[1]).toBe('differs: pagefind/pagefind-entry.json, differs: index.html, extra: pagefind/index/old.pf_index');
  });

  it('says not measured with --no-rebuild', () => {
    const text = table(result({}));
    expect(text).toMatch(/rebuild after importing one meeting \(s\) +not measured/);
    expect(text).toMatch(/output byte-identical to a build from nothing +not measured/);
    expect(text).not.toMatch(/first differences/);
  });
});

describe('the query mix within a council in the report', () => {
  const query = { text: 'suspend', kind: 'rare word' as const, wanted: null, rank: null };
  const measured = result({
    councilColdQueryKB: 512.3,
    councilWarmQueryMedianKB: 201.5,
    councilWarmQueryMaxKB: 640,
    councilWarmQueryMedianSeconds: 0.61,
    councilWarmQueryMaxSeconds: 1.2,
    councilKnownItems: { queries: 7, first: 3, top3: 4 },
    queries: [{ ...query, results: 4, coldKB: 120.1, warmKB: 10.2, coldSeconds: 1.4, warmSeconds: 0.5 }],
    councilQueries: [
      { ...query, council: 'Epping Forest County Council', results: 2, coldKB: 512.3, warmKB: 180.4, coldSeconds: 1.3, warmSeconds: 0.61 },
      {
        text: 'HW/01/06',
        kind: 'report reference',
        council: 'Chelmsford County Council',
        results: 1,
        coldKB: 530,
        warmKB: 201.5,
        coldSeconds: 2.1,
        warmSeconds: 1.2,
        wanted: '/reports/hw-01-06/',
        rank: 1,
      },
    ],
  });

  it('gives the rare word cold, the warm median and worst, and the known items, against the targets', () => {
    expect(councilRows(measured)).toEqual([
      ['within a council: cold search, a rare word (KB)', 512.3, '<= 150'],
      ['within a council: warm search, median (KB)', 201.5, '<= 60'],
      ['within a council: warm search, worst (KB)', 640, '10k: <= 400'],
      ['within a council: warm search, median / worst time (s)', '0.61 / 1.2'],
      ['within a council: known items first / in top 3', '3 / 4 of 7', 'all in top 3'],
    ]);
  });

  it('lists each query with its council after the all-councils mix', () => {
    const text = table(measured);
    const [all, within] = text.split('query mix within a council');
    expect(all).toMatch(/"suspend" +rare word +4 +120.1 +10.2 +0.5/);
    expect(within).toMatch(/query +council +results +cold KB +warm KB +warm s +wanted record at/);
    expect(within).toMatch(/"suspend" +Epping Forest County Council +2 +512.3 +180.4 +0.61/);
    expect(within).toMatch(/"HW\/01\/06" +Chelmsford County Council +1 +530 +201.5 +1.2 +1$/m);
  });

  it('says not measured with --no-search', () => {
    const text = table(result({}));
    expect(text).toMatch(/within a council: cold search, a rare word \(KB\) +not measured/);
    expect(text).toMatch(/within a council: known items first \/ in top 3 +not measured/);
  });
});

describe('"Filter results" in the report', () => {
  it('gives the KB and seconds of opening it on a common word, then of ticking its council, and of opening it within the council', () => {
    const measured = result({
      filterSearch: {
        query: 'children',
        council: 'Chelmsford County Council',
        openKB: 48.2,
        openSeconds: 0.31,
        councilResults: 1188,
        councilKB: 2.5,
        councilSeconds: 0.12,
        withinKB: 30.4,
        withinSeconds: 0.2,
      },
    });
    expect(filterRows(measured)).toEqual([
      ['"Filter results" opened on "children": KB / s', '48.2 / 0.31'],
      ['then Chelmsford County Council ticked: KB / s', '2.5 / 0.12'],
      ['opened on "children" within Chelmsford County Council: KB / s', '30.4 / 0.2'],
    ]);
    expect(table(measured)).toMatch(/"Filter results" opened on "children": KB \/ s +48.2 \/ 0.31/);
  });

  it('says not measured without search', () => {
    expect(table(result({}))).toMatch(/"Filter results" opened on: KB \/ s +not measured \/ not measured/);
  });
});

describe('pairs of builds in the report', () => {
  it('gives each pair in the order built and the median of their ratios against the target', () => {
    const paired = result({
      ratioToBareAstro: 1.63,
      ratioPairs: [
        { siteSeconds: 25.9, bareSeconds: 15.9, ratio: 1.63 },
        { siteSeconds: 24.2, bareSeconds: 17.4, ratio: 1.39 },
        { siteSeconds: 25.1, bareSeconds: 18.2, ratio: 1.38 },
      ],
      ratioToBareAstroMedian: 1.39,
    });
    expect(pairRows(paired)).toEqual([
      ['  each pair: site / floor (s), ratio', '25.9 / 15.9, 1.63; 24.2 / 17.4, 1.39; 25.1 / 18.2, 1.38'],
      ['ratio to bare Astro, median of 3 pairs', 1.39, '<= 1.5'],
    ]);
    expect(table(paired)).toMatch(/ratio to bare Astro, median of 3 pairs +1\.39 +<= 1\.5/);
  });

  it('adds nothing for the one pair every run builds, nor without the floor', () => {
    expect(pairRows(result({ ratioPairs: [{ siteSeconds: 25.9, bareSeconds: 15.9, ratio: 1.63 }], ratioToBareAstroMedian: 1.63 }))).toEqual(
      [],
    );
    expect(pairRows(result({}))).toEqual([]);
  });
});
