/** The benchmark's figures as a table for people, next to the targets where there is one. */
import type { BenchResult } from './run-bench.ts';

type Row = [label: string, value: unknown, target?: string];

/** Goal 1 of issue 16, for the build and the rebuild alike. */
const MEMORY_TARGET = '10k: <= 2048; 100k: <= 4096';

function show(value: unknown): string {
  if (value === null || value === undefined) return 'not measured';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The rebuild after importing one meeting (issue 16, goal 3): its time, against the full build's, and whether its output is the same. */
export function rebuildRows(result: BenchResult): Row[] {
  const differences = result.rebuildDifferences;
  const rows: Row[] = [
    [
      'rebuild after importing one meeting (s)',
      result.rebuildSeconds,
      result.rebuildMeeting === null ? '' : `${result.rebuildMeeting}; from nothing: ${show(result.rebuildReferenceSeconds)} s`,
    ],
    ['  rebuild / build + index', result.rebuildRatio, '10k: <= 0.15'],
    ['  peak RSS of the rebuild, largest process (MB)', result.rebuildPeakRssMB, MEMORY_TARGET],
    ['  output byte-identical to a build from nothing', result.rebuildIdentical, 'true'],
  ];
  if (differences !== null && differences.count > 0) {
    rows.push([
      '  files that differ / are missing / are extra',
      `${differences.differs} / ${differences.missing} / ${differences.extra}`,
      `of ${differences.files}`,
    ]);
    rows.push(['  first differences', differences.sample.join(', ')]);
  }
  return rows;
}

export function rows(result: BenchResult): Row[] {
  return [
    ['meetings', result.meetings],
    ['records written', result.records, JSON.stringify(result.recordsByCollection)],
    ['content (MB)', result.contentMB],
    ['generation (s)', result.generateSeconds],
    ['pages built', result.pages],
    [
      'build settings (as npm run build)',
      [
        result.pagefindPagesPerPart === null ? '' : `PAGEFIND_PAGES_PER_PART=${result.pagefindPagesPerPart}`,
        `NODE_OPTIONS=${result.nodeOptions ?? ''}`,
      ]
        .join(' ')
        .trim(),
    ],
    ['build + index (s)', result.buildSeconds, '10k: <= 70; 100k: <= 11x the 10k time'],
    ['  content sync (s)', result.phases.contentSyncSeconds],
    ['  bundling (s)', result.phases.bundleSeconds],
    ['  rendering (s)', result.phases.renderSeconds],
    ['  Pagefind (s)', result.phases.pagefindSeconds],
    [
      '  feeds, calendars, data: writing / the build waited for (s)',
      `${show(result.phases.subscribeSeconds)} / ${show(result.phases.subscribeWaitSeconds)}`,
      'written while Pagefind writes',
    ],
    ['feeds, calendars, data: build time they add (s)', result.subscribeCostSeconds, '<= 10% of build + index'],
    ['feeds, calendars, data: Astro process peak RSS they add (MB)', result.subscribeCostPeakRssMB, '<= 10% of its peak'],
    ['pages / second', result.pagesPerSecond, '>= 150'],
    ['peak RSS, largest process (MB)', result.peakRssMB, MEMORY_TARGET],
    ['peak RSS, process tree (MB)', result.peakTreeRssMB],
    ['  largest of each process (MB)', result.peakRssByProcessMB],
    ['build CPU time, user + system (s)', result.buildCpuSeconds],
    ['load average before / after', `${show(result.loadAverage.beforeSite)} / ${show(result.loadAverage.afterBare)}`, '2 cores'],
    ['output (MB / files)', `${show(result.outputMB)} / ${show(result.outputFiles)}`],
    ['bare Astro build (s)', result.bareAstroSeconds, `${show(result.bareAstroPages)} pages`],
    ['bare Astro peak RSS (MB)', result.bareAstroPeakRssMB],
    ...(result.bareAstroError === null ? [] : [['bare Astro failed', result.bareAstroError.split('\n').slice(-3).join(' | ')] as Row]),
    ['ratio to bare Astro', result.ratioToBareAstro, '<= 1.5'],
    ...pairRows(result),
    ...rebuildRows(result),
    ['query mix: cold search, a rare word (KB)', result.coldQueryKB, '<= 150'],
    ['query mix: cold search, median / worst (KB)', `${show(result.coldQueryMedianKB)} / ${show(result.coldQueryMaxKB)}`],
    ['query mix: warm search, median (KB)', result.warmQueryMedianKB, '<= 60'],
    ['query mix: warm search, worst (KB)', result.warmQueryMaxKB, '10k: <= 400; 100k: <= 1024'],
    ['query mix: warm search, median / worst time (s)', `${show(result.warmQueryMedianSeconds)} / ${show(result.warmQueryMaxSeconds)}`],
    [
      'known items: wanted record first / in top 3',
      result.knownItem === null ? null : `${result.knownItem.first} / ${result.knownItem.top3} of ${result.knownItem.queries}`,
      'all in top 3',
    ],
    ...councilRows(result),
    ...filterRows(result),
    ['first search, "safeguarding" (KB)', result.firstQueryKB],
    ['later search, "ofsted inspection" (KB)', result.laterQueryKB],
    ['first / later search, no HTTP gzip (KB)', `${show(result.firstQueryRawKB)} / ${show(result.laterQueryRawKB)}`],
    ['  of which result fragments (KB)', `${show(result.firstQueryFragmentKB)} / ${show(result.laterQueryFragmentKB)}`],
    ['meeting page, gzip (KB)', result.meetingPageKB, '<= 40'],
    ['largest sampled meeting page, gzip (KB)', result.meetingPageMaxKB],
    ['meeting page <script> tags', result.meetingPageScripts, '0'],
    ['pages with scripts (not search)', result.pagesWithScripts, '0'],
  ];
}

/** With --pairs: each pair's ratio, in the order built, and their median. */
export function pairRows(result: BenchResult): Row[] {
  const pairs = result.ratioPairs ?? [];
  if (pairs.length < 2) return [];
  return [
    [
      '  each pair: site / floor (s), ratio',
      pairs.map((pair) => `${show(pair.siteSeconds)} / ${show(pair.bareSeconds)}, ${show(pair.ratio)}`).join('; '),
    ],
    [`ratio to bare Astro, median of ${pairs.length} pairs`, result.ratioToBareAstroMedian, '<= 1.5'],
  ];
}

/** The query mix searched within each query's council, as a council page's search form opens it. */
export function councilRows(result: BenchResult): Row[] {
  const known = result.councilKnownItems;
  return [
    ['within a council: cold search, a rare word (KB)', result.councilColdQueryKB, '<= 150'],
    ['within a council: warm search, median (KB)', result.councilWarmQueryMedianKB, '<= 60'],
    ['within a council: warm search, worst (KB)', result.councilWarmQueryMaxKB, '10k: <= 400'],
    [
      'within a council: warm search, median / worst time (s)',
      `${show(result.councilWarmQueryMedianSeconds)} / ${show(result.councilWarmQueryMaxSeconds)}`,
    ],
    [
      'within a council: known items first / in top 3',
      known === null ? null : `${known.first} / ${known.top3} of ${known.queries}`,
      'all in top 3',
    ],
  ];
}

/**
 * A common word searched across all councils, then "Filter results" opened and its council ticked
 * there; and "Filter results" opened on the word searched within the council.
 */
export function filterRows(result: BenchResult): Row[] {
  const { query, council, openKB, openSeconds, councilKB, councilSeconds, withinKB, withinSeconds } = result.filterSearch;
  const searched = query === null ? '' : ` "${query}"`;
  return [
    [`"Filter results" opened on${searched}: KB / s`, `${show(openKB)} / ${show(openSeconds)}`],
    [`then ${council ?? 'its council'} ticked: KB / s`, `${show(councilKB)} / ${show(councilSeconds)}`],
    [`opened on${searched} within ${council ?? 'its council'}: KB / s`, `${show(withinKB)} / ${show(withinSeconds)}`],
  ];
}

interface QueryFigures {
  text: string;
  results: number | null;
  coldKB: number | null;
  warmKB: number | null;
  warmSeconds: number | null;
  wanted: string | null;
  rank: number | null;
}

/** One line per query: the leading cells (left-aligned), then results, KB cold and warm, the warm search's seconds, and where the wanted record came. */
function queryTable(header: string[], queries: { lead: string[]; query: QueryFigures }[]): string[] {
  const cells = queries.map(({ lead, query }) => [
    `"${query.text}"`,
    ...lead,
    show(query.results),
    show(query.coldKB),
    show(query.warmKB),
    show(query.warmSeconds),
    query.wanted === null ? '' : query.rank === null ? 'not in the first 10' : String(query.rank),
  ]);
  const titles = ['query', ...header, 'results', 'cold KB', 'warm KB', 'warm s', 'wanted record at'];
  const widths = titles.map((title, column) => Math.max(title.length, ...cells.map((row) => row[column]?.length ?? 0)));
  const left = 1 + header.length;
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column < left ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(titles), ...cells.map(line)];
}

/** The query mix, one line per query: results, KB cold and warm, seconds warm, and where the wanted record came. */
export function queryLines(result: BenchResult): string[] {
  return queryTable(
    ['kind'],
    result.queries.map((query) => ({ lead: [query.kind], query })),
  );
}

/** The same within each query's council, with the council. */
export function councilQueryLines(result: BenchResult): string[] {
  return queryTable(
    ['council'],
    result.councilQueries.map((query) => ({ lead: [query.council ?? ''], query })),
  );
}

export function table(result: BenchResult): string {
  const lines = rows(result).map(([label, value, target]) => ({ label, value: show(value), target: target ?? '' }));
  const width = Math.max(...lines.map((line) => line.label.length));
  const valueWidth = Math.max(...lines.map((line) => line.value.length));
  const figures = lines.map((line) => `${line.label.padEnd(width)}  ${line.value.padStart(valueWidth)}  ${line.target}`.trimEnd());
  return [
    ...figures,
    '',
    'query mix (BENCHMARKS.md, "The query mix"):',
    ...queryLines(result),
    '',
    'query mix within a council (?q=…&council=…, as a council page searches):',
    ...councilQueryLines(result),
  ].join('\n');
}
