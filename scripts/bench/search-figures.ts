/**
 * The benchmark's search figures: the query mix searched in Chromium across all councils and
 * within each query's council, "Filter results" opened and a council ticked, and the figures the
 * JSON reports of each (issue 16, goals 4 and 5).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../browser/chromium.ts';
import {
  measureCouncilMix,
  measureFilters,
  measureQueryMix,
  measureSearchBytes,
  type FilterMeasurement,
  type MixMeasurement,
} from '../browser/search-bytes.ts';
import { serveStatic } from '../browser/static-server.ts';
import { median } from './median.ts';
import { COMMON_QUERIES, type MixQuery } from './query-mix.ts';
import { kilobytes, round } from './rounding.ts';

/** A wanted page must exist in the build, or the query mix is wrong: fail rather than report a miss. */
export function checkWanted(dist: string, mix: MixQuery[]): void {
  for (const query of mix) {
    if (query.wanted !== null && !existsSync(join(dist, query.wanted, 'index.html'))) {
      throw new Error(`query mix: "${query.text}" wants ${query.wanted}, which the build does not have`);
    }
  }
}

/** A query of the mix with the council it is searched within (every query, in an archive with councils). */
export type CouncilMixQuery = MixQuery & { council: string };

/** The queries of the mix that have a council to be searched within. */
function councilMix(mix: MixQuery[]): CouncilMixQuery[] {
  return mix.filter((query): query is CouncilMixQuery => query.council !== null);
}

/**
 * The previous two searches in one page, and the query mix cold and warm in one browser: across
 * all councils, then (after, so the all-councils figures are measured as before) each query
 * within its council.
 */
export async function measureSearch(dist: string, mix: MixQuery[], log: (message: string) => void) {
  const server = await serveStatic(dist, '/');
  try {
    const browser = await launchBrowser();
    try {
      const url = `${server.url}search/`;
      const pair = await measureSearchBytes(url, COMMON_QUERIES, browser);
      const measured = await measureQueryMix(
        url,
        mix.map((query) => query.text),
        browser,
      );
      log('measuring the query mix within each query’s council');
      const council = await measureCouncilMix(url, councilMix(mix), browser);
      const filtered = filterQuery(mix);
      log(`measuring "Filter results" for ${filtered === null ? 'no query' : `"${filtered.text}"`}`);
      const filters = filtered === null ? null : await measureFilters(url, filtered, browser);
      return { pair, mix: measured, council, filters };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

/**
 * The query whose search across all councils the benchmark filters by its council ("Filter
 * results" opened, then the council ticked): the mix's last common word, the one with the most
 * results, whose counting costs most.
 */
export function filterQuery(mix: MixQuery[]): CouncilMixQuery | null {
  return councilMix(mix).findLast((query) => query.kind === 'common word') ?? null;
}

/**
 * Opening "Filter results" and ticking a council there, and opening it on a search within the
 * council (measureFilters): KB and seconds of each, null when not measured.
 */
export function filterFigures(measured: FilterMeasurement | null | undefined) {
  return {
    query: measured?.query ?? null,
    council: measured?.council ?? null,
    openKB: round(kilobytes(measured?.open.wireBytes)),
    openSeconds: round(measured?.open.seconds, 2),
    councilResults: measured?.choose.results ?? null,
    councilKB: round(kilobytes(measured?.choose.wireBytes)),
    councilSeconds: round(measured?.choose.seconds, 2),
    withinKB: round(kilobytes(measured?.within.wireBytes)),
    withinSeconds: round(measured?.within.seconds, 2),
  };
}

/** Per query of the mix: results, KB and seconds cold and warm, and where the wanted record came. */
function queryFigures(mix: MixQuery[], measured: MixMeasurement[]) {
  return mix.map((query, index) => {
    const one = measured[index];
    const rank = query.wanted === null || one === undefined ? null : one.top.indexOf(query.wanted) + 1 || null;
    return {
      text: query.text,
      kind: query.kind,
      results: one?.cold.results ?? null,
      coldKB: round(kilobytes(one?.cold.wireBytes)),
      warmKB: round(kilobytes(one?.warm.wireBytes)),
      coldSeconds: round(one?.cold.seconds, 2),
      warmSeconds: round(one?.warm.seconds, 2),
      wanted: query.wanted,
      /** Where the wanted record came, 1 for first; null when none is wanted or it is not on the first page. */
      rank,
    };
  });
}

/** How long each warm search took to show its results, s. */
function warmSeconds(measured: MixMeasurement[]): number[] {
  return measured.map((one) => one.warm.seconds);
}

/** Of the queries that want one record, how many found it first and in the top 3. */
function knownItems(queries: { wanted: string | null; rank: number | null }[]) {
  const known = queries.filter((query) => query.wanted !== null);
  return {
    queries: known.length,
    first: known.filter((query) => query.rank === 1).length,
    top3: known.filter((query) => query.rank !== null && query.rank <= 3).length,
  };
}

/**
 * The mix across all councils: per query, and the cold, warm and known-item figures. Null figures
 * (and no results) when search was not measured, as councilFigures gives.
 */
function mixFigures(mix: MixQuery[], measured: MixMeasurement[] | undefined) {
  const queries = queryFigures(mix, measured ?? []);
  if (measured === undefined) {
    return {
      coldQueryKB: null,
      coldQueryMedianKB: null,
      coldQueryMaxKB: null,
      warmQueryMedianKB: null,
      warmQueryMaxKB: null,
      warmQueryMedianSeconds: null,
      warmQueryMaxSeconds: null,
      knownItem: null,
      queries,
    };
  }
  const cold = measured.map((one) => one.cold.wireBytes);
  const warm = measured.map((one) => one.warm.wireBytes);
  const seconds = warmSeconds(measured);
  return {
    coldQueryKB: round(kilobytes(measured[0]?.cold.wireBytes)),
    coldQueryMedianKB: round(kilobytes(median(cold))),
    coldQueryMaxKB: round(kilobytes(Math.max(...cold))),
    warmQueryMedianKB: round(kilobytes(median(warm))),
    warmQueryMaxKB: round(kilobytes(Math.max(...warm))),
    warmQueryMedianSeconds: round(median(seconds), 2),
    warmQueryMaxSeconds: round(Math.max(...seconds), 2),
    knownItem: knownItems(queries),
    queries,
  };
}

/**
 * The mix searched within each query's council (measureCouncilMix): the rare word cold, the warm
 * median and worst, the known items and, per query, its council and figures. Null figures (and no
 * results) when search was not measured.
 */
export function councilFigures(mix: CouncilMixQuery[], measured: MixMeasurement[] | undefined) {
  const queries = queryFigures(mix, measured ?? []).map(({ text, ...figures }, index) => ({
    text,
    council: mix[index]?.council ?? null,
    ...figures,
  }));
  if (measured === undefined) {
    return {
      councilColdQueryKB: null,
      councilWarmQueryMedianKB: null,
      councilWarmQueryMaxKB: null,
      councilWarmQueryMedianSeconds: null,
      councilWarmQueryMaxSeconds: null,
      councilKnownItems: null,
      councilQueries: queries,
    };
  }
  const warm = measured.map((one) => one.warm.wireBytes);
  const seconds = warmSeconds(measured);
  return {
    councilColdQueryKB: round(kilobytes(measured[0]?.cold.wireBytes)),
    councilWarmQueryMedianKB: round(kilobytes(median(warm))),
    councilWarmQueryMaxKB: round(kilobytes(warm.length === 0 ? undefined : Math.max(...warm))),
    councilWarmQueryMedianSeconds: round(median(seconds), 2),
    councilWarmQueryMaxSeconds: round(seconds.length === 0 ? undefined : Math.max(...seconds), 2),
    councilKnownItems: knownItems(queries),
    councilQueries: queries,
  };
}

/** What measureSearch measured, or null when search was not measured. */
type SearchMeasurement = Awaited<ReturnType<typeof measureSearch>> | null;

/**
 * Every search figure of the benchmark's JSON, in its order: the previous benchmark's two searches
 * (`firstQuery…`, `laterQuery…`: COMMON_QUERIES in one page), the mix across all councils, the
 * mix within each query's council, and "Filter results". Null figures when search was not measured.
 */
export function searchFigures(mix: MixQuery[], search: SearchMeasurement) {
  return {
    firstQueryKB: round(kilobytes(search?.pair[0]?.wireBytes)),
    laterQueryKB: round(kilobytes(search?.pair[1]?.wireBytes)),
    firstQueryRawKB: round(kilobytes(search?.pair[0]?.bytes)),
    laterQueryRawKB: round(kilobytes(search?.pair[1]?.bytes)),
    firstQueryFragmentKB: round(kilobytes(search?.pair[0]?.fragmentBytes)),
    laterQueryFragmentKB: round(kilobytes(search?.pair[1]?.fragmentBytes)),
    searchQueries: COMMON_QUERIES,
    searchResults: search?.pair.map((measured) => measured.results) ?? null,
    ...mixFigures(mix, search?.mix),
    ...councilFigures(councilMix(mix), search?.council),
    filterSearch: filterFigures(search?.filters),
  };
}
