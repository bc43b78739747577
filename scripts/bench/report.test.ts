import { describe, expect, it } from 'vitest';
import { rebuildRows, table } from './report.ts';
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
    rebuildMeeting: null,
    rebuildSeconds: null,
    rebuildRatio: null,
    rebuildIdentical: null,
    rebuildDifferences: null,
    rebuildReferenceSeconds: null,
    rebuildPhases: null,
  };
  return { ...empty, ...figures } as BenchResult;
}

const MEASURED = {
  rebuildMeeting: 'chelmsford-county-council/place-scrutiny-committee/2019-05-02',
  rebuildSeconds: 41.2,
  rebuildRatio: 0.588,
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
    expect(rows[2]).toEqual(['  output byte-identical to a build from nothing', false, 'true']);
    expect(rows[3]).toEqual(['  files that differ / are missing / are extra', '2 / 0 / 1', 'of 20100']);
    expect(rows[4]?.[1]).toBe('differs: pagefind/pagefind-entry.json, differs: index.html, extra: pagefind/index/old.pf_index');
  });

  it('says not measured with --no-rebuild', () => {
    const text = table(result({}));
    expect(text).toMatch(/rebuild after importing one meeting \(s\) +not measured/);
    expect(text).toMatch(/output byte-identical to a build from nothing +not measured/);
    expect(text).not.toMatch(/first differences/);
  });
});
