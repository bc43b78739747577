import { describe, expect, it } from 'vitest';
import type { MixMeasurement, SearchBytes } from '../browser/search-bytes.ts';
import { councilFigures, filterFigures, filterQuery, searchFigures, type CouncilMixQuery } from './search-figures.ts';

describe('councilFigures', () => {
  const mix: CouncilMixQuery[] = [
    { text: 'suspend', kind: 'rare word', why: '', wanted: null, council: 'Chelmsford County Council' },
    { text: 'Ann Honeywood', kind: 'person', why: '', wanted: '/people/ann-honeywood/', council: 'Chelmsford County Council' },
    { text: 'CD/181/08', kind: 'report reference', why: '', wanted: '/reports/cd-181-08/', council: 'Epping Forest County Council' },
  ];
  const bytes = (query: string, kb: number, results: number, seconds = 1): SearchBytes => ({
    query,
    bytes: kb * 2048,
    wireBytes: kb * 1024,
    fragmentBytes: 0,
    requests: 1,
    files: [],
    results,
    seconds,
  });
  const measured: MixMeasurement[] = [
    { query: 'suspend', cold: bytes('suspend', 300, 2, 1.5), warm: bytes('suspend', 10, 2, 0.4), top: ['/reports/a/'] },
    {
      query: 'Ann Honeywood',
      cold: bytes('Ann Honeywood', 320, 40, 1.6),
      warm: bytes('Ann Honeywood', 30, 40, 0.9),
      top: ['/meetings/b/'],
    },
    {
      query: 'CD/181/08',
      cold: bytes('CD/181/08', 310, 3, 1.234),
      warm: bytes('CD/181/08', 50, 3, 0.567),
      top: ['/meetings/c/', '/reports/cd-181-08/'],
    },
  ];

  it('gives the rare word cold, the warm median and worst, the known items and each query with its council', () => {
    const figures = councilFigures(mix, measured);
    expect(figures).toMatchObject({
      councilColdQueryKB: 300,
      councilWarmQueryMedianKB: 30,
      councilWarmQueryMaxKB: 50,
      councilWarmQueryMedianSeconds: 0.57,
      councilWarmQueryMaxSeconds: 0.9,
      councilKnownItems: { queries: 2, first: 0, top3: 1 },
    });
    expect(figures.councilQueries[2]).toEqual({
      text: 'CD/181/08',
      council: 'Epping Forest County Council',
      kind: 'report reference',
      results: 3,
      coldKB: 310,
      warmKB: 50,
      coldSeconds: 1.23,
      warmSeconds: 0.57,
      wanted: '/reports/cd-181-08/',
      rank: 2,
    });
    expect(figures.councilQueries.map((query) => query.council)).toEqual(mix.map((query) => query.council));
  });

  it('lists the queries with no figures when search is not measured (--no-search)', () => {
    const figures = councilFigures(mix, undefined);
    expect(figures).toMatchObject({
      councilColdQueryKB: null,
      councilWarmQueryMedianKB: null,
      councilWarmQueryMaxKB: null,
      councilWarmQueryMedianSeconds: null,
      councilWarmQueryMaxSeconds: null,
      councilKnownItems: null,
    });
    expect(figures.councilQueries[1]).toEqual({
      text: 'Ann Honeywood',
      council: 'Chelmsford County Council',
      kind: 'person',
      results: null,
      coldKB: null,
      warmKB: null,
      coldSeconds: null,
      warmSeconds: null,
      wanted: '/people/ann-honeywood/',
      rank: null,
    });
  });
});

describe('filterQuery and filterFigures', () => {
  const query = (text: string, kind: CouncilMixQuery['kind'], council: string | null) => ({ text, kind, why: '', wanted: null, council });

  it('filter the last common word of the mix that has a council, and give the KB and seconds of each step', () => {
    const mix = [
      query('suspend', 'rare word', 'Chelmsford County Council'),
      query('safeguarding', 'common word', 'Chelmsford County Council'),
      query('children', 'common word', 'Harlow District Council'),
      query('ofsted', 'common word', null),
    ];
    expect(filterQuery(mix)?.text).toBe('children');
    expect(filterQuery([query('suspend', 'rare word', 'Harlow District Council')])).toBeNull();
    const step = (kb: number, seconds: number, results: number): SearchBytes => ({
      query: 'children',
      bytes: kb * 2048,
      wireBytes: kb * 1024,
      fragmentBytes: 0,
      requests: 2,
      files: [],
      results,
      seconds,
    });
    const open = step(48.25, 0.3141, 1800);
    const within = step(30.04, 0.2049, 120);
    expect(filterFigures({ query: 'children', council: 'Harlow District Council', open, choose: step(2, 0.1, 120), within })).toEqual({
      query: 'children',
      council: 'Harlow District Council',
      openKB: 48.3,
      openSeconds: 0.31,
      councilResults: 120,
      councilKB: 2,
      councilSeconds: 0.1,
      withinKB: 30,
      withinSeconds: 0.2,
    });
    expect(filterFigures(null).openKB).toBeNull();
  });
});

describe('searchFigures', () => {
  it('gives every search figure, null, with each query of the mix listed, when search is not measured (--no-search)', () => {
    const mix: CouncilMixQuery[] = [
      { text: 'suspend', kind: 'rare word', why: '', wanted: null, council: 'Chelmsford County Council' },
      { text: 'HW/01/06', kind: 'report reference', why: '', wanted: '/reports/hw-01-06/', council: 'Chelmsford County Council' },
    ];
    const figures = searchFigures(mix, null);
    for (const key of [
      'firstQueryKB',
      'coldQueryKB',
      'coldQueryMedianKB',
      'warmQueryMedianKB',
      'warmQueryMaxKB',
      'knownItem',
      'councilColdQueryKB',
    ] as const)
      expect(figures[key], key).toBeNull();
    expect(figures.queries.map((query) => [query.text, query.wanted, query.results, query.rank])).toEqual([
      ['suspend', null, null, null],
      ['HW/01/06', '/reports/hw-01-06/', null, null],
    ]);
    expect(figures.councilQueries.map((query) => query.council)).toEqual(['Chelmsford County Council', 'Chelmsford County Council']);
    expect(figures.filterSearch.openKB).toBeNull();
  });
});
