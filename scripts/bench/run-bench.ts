/**
 * The benchmark end to end: generate the archive, build the site and the bare-Astro floor
 * from it, weigh the output and measure search in Chromium (search-figures.ts). Returns the figures.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { allocatorSettings, withBuildHeap } from '../../src/model/build-memory.ts';
import { archiveEnd, generateArchive, nextMeeting } from './archive-gen.ts';
import { makeBareProject } from './bare-astro.ts';
import { median } from './median.ts';
import { buildPair, morePairs, type BuildPair } from './pairs.ts';
import { loadCorpus } from './corpus.ts';
import { meetingPageWeight, outputStats, pagesWithScripts } from './output-stats.ts';
import { measureRebuild, type RebuildResult } from './rebuild.ts';
import { largestProcessMB, runAstroBuild, type BuildRun, type Phases } from './run-build.ts';
import { observed, QueryMixCollector } from './query-mix.ts';
import { round } from './rounding.ts';
import { checkWanted, measureSearch, searchFigures } from './search-figures.ts';
import { writeArchive, type ArchiveCounts } from './write-archive.ts';

export interface BenchOptions {
  meetings: number;
  seed: number;
  keep: boolean;
  /** Skip the browser measurement (no Chromium on the machine). */
  search: boolean;
  /** Skip the bare-Astro floor (it takes as long as the site's build, or fails at 100,000 meetings). */
  bare: boolean;
  /** Build the site a second time without the feeds, calendars and data files, to measure what they cost. */
  subscribeCost?: boolean;
  /**
   * Import one new meeting after the build, rebuild keeping the caches, and compare the output with
   * a build of the same content from nothing (issue 16, goal 3). On unless false.
   */
  rebuild?: boolean;
  /**
   * How many times to build the site and the bare floor from nothing, each in turn (1 unless
   * given): `ratioPairs` has every pair's ratio and `ratioToBareAstroMedian` their median (pairs.ts).
   */
  pairs?: number;
  log: (message: string) => void;
}

export const PROJECT = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');

function meetingIds(content: string): string[] {
  const folder = join(content, 'meetings');
  if (!existsSync(folder)) return [];
  const entries = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  return entries
    .filter((path) => path.endsWith('.md'))
    .map((path) => path.replace(/\.md$/, ''))
    .sort();
}

/** The site's own config with a private cache folder, so the bench never shares Astro's cache with other builds. */
function siteConfig(dir: string): string {
  const file = join(dir, 'site.config.mjs');
  // The build runs in `dir` (see runAstroBuild); its prerender chunks import packages from here.
  symlinkSync(join(PROJECT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    file,
    `import config from ${JSON.stringify(join(PROJECT, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: ${JSON.stringify(join(dir, 'site-cache/'))}, vite: { ...config.vite, cacheDir: ${JSON.stringify(join(dir, 'site-vite-cache/'))} } };\n`,
  );
  // Astro joins --config to the root, so it must be relative to it.
  return relative(PROJECT, file);
}

function failure(name: string, run: BuildRun): Error {
  const tail = run.lines
    .slice(-25)
    .map((line) => line.text)
    .join('\n');
  return new Error(`${name} build failed (exit ${run.exitCode}):\n${tail}`);
}

/** Today as YYYY-MM-DD (UTC), the day the builds print unless BUILD_DATE says another. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** From this many meetings the bare Astro floor needs more than Node's default heap (4.5 GB here). */
export const LARGE_ARCHIVE = 25_000;

/**
 * The site's builds get what `npm run build` gives them: the Node heap it picks for the records
 * (src/model/build-memory.ts), unless the caller set NODE_OPTIONS, its allocator settings, unless
 * the caller set them, and PAGEFIND_PAGES_PER_PART if the caller set it. Reported with the figures.
 */
export function buildSettings(contentDir: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const settings: Record<string, string> = allocatorSettings(env);
  const parts = env['PAGEFIND_PAGES_PER_PART'];
  if (parts !== undefined && parts !== '') settings['PAGEFIND_PAGES_PER_PART'] = parts;
  settings['NODE_OPTIONS'] = withBuildHeap(env['NODE_OPTIONS'], contentDir).nodeOptions;
  return settings;
}

/**
 * The bare Astro floor is Astro as it comes: Node's default heap, or the caller's NODE_OPTIONS,
 * except that a large archive gets 12 GB, without which bare Astro cannot hold its records.
 */
export function bareSettings(meetings: number, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const given = env['NODE_OPTIONS'];
  if (given !== undefined && given !== '') return { NODE_OPTIONS: given };
  return meetings < LARGE_ARCHIVE ? {} : { NODE_OPTIONS: '--max-old-space-size=12288' };
}

/**
 * The same Markdown built by a bare Astro project. Its failure is a figure, not the end of
 * the run: the bare project keeps every record in Astro's data store, which a large archive
 * can take past V8's limits.
 */
async function bareFloor(dir: string, content: string, options: BenchOptions, pair = 1) {
  options.log('building the bare Astro floor');
  const bareRoot = join(dir, 'bare');
  if (pair === 1) makeBareProject(bareRoot);
  // Inside the bare project, so its prerender chunks find node_modules.
  const bareDist = join(bareRoot, 'dist');
  // Every build of a pair starts from an empty output folder, as the first one does.
  rmSync(bareDist, { recursive: true, force: true });
  const heap = bareSettings(options.meetings);
  const log = join(dir, pair === 1 ? 'bare-build.log' : `bare-build-pair-${pair}.log`);
  const run = await runAstroBuild(bareRoot, { CONTENT_DIR: content, OUT_DIR: bareDist, ...heap }, log);
  return { ...run, pages: run.ok ? outputStats(bareDist).htmlPages : null };
}

/** The site and the floor built from nothing again, for the pairs after the first (--pairs). */
function buildsForPairs(dir: string, content: string, config: string, siteEnv: Record<string, string>, options: BenchOptions) {
  const site = async (pair: number): Promise<number> => {
    const out = join(dir, 'dist-pair');
    rmSync(out, { recursive: true, force: true });
    const run = await runAstroBuild(
      PROJECT,
      { ...siteEnv, OUT_DIR: out },
      join(dir, `site-build-pair-${pair}.log`),
      ['--config', config],
      dir,
    );
    if (!run.ok) throw failure(`site (pair ${pair})`, run);
    return run.seconds;
  };
  const floor = async (pair: number): Promise<number> => {
    const run = await bareFloor(dir, content, options, pair);
    if (!run.ok) throw failure(`bare Astro (pair ${pair})`, run);
    return run.seconds;
  };
  return { site, floor };
}

/** The same site built without its feeds, calendars and data files (SUBSCRIBE_OUTPUTS=off). */
async function siteWithoutSubscribe(dir: string, config: string, siteEnv: Record<string, string>, options: BenchOptions) {
  options.log('building the site again without feeds, calendars and data files');
  const run = await runAstroBuild(
    PROJECT,
    { ...siteEnv, OUT_DIR: join(dir, 'dist-without-subscribe'), SUBSCRIBE_OUTPUTS: 'off' },
    join(dir, 'site-build-without-subscribe.log'),
    ['--config', config],
    dir,
  );
  if (!run.ok) throw failure('site without subscribe outputs', run);
  return run;
}

function roundPhases(phases: Phases) {
  return {
    contentSyncSeconds: round(phases.contentSyncSeconds),
    bundleSeconds: round(phases.bundleSeconds),
    renderSeconds: round(phases.renderSeconds),
    pagefindSeconds: round(phases.pagefindSeconds),
    subscribeSeconds: round(phases.subscribeSeconds),
    subscribeWaitSeconds: round(phases.subscribeWaitSeconds),
  };
}

/** The rebuild's figures, null each when it was not measured (--no-rebuild). */
function rebuildFigures(rebuild: RebuildResult | null) {
  return {
    rebuildMeeting: rebuild?.meeting ?? null,
    rebuildSeconds: round(rebuild?.seconds),
    rebuildRatio: round(rebuild?.ratio, 3),
    rebuildPeakRssMB: round(rebuild?.peakRssMB, 0),
    rebuildIdentical: rebuild?.identical ?? null,
    rebuildDifferences: rebuild?.differences ?? null,
    rebuildReferenceSeconds: round(rebuild?.referenceSeconds),
    rebuildPhases: rebuild ? roundPhases(rebuild.phases) : null,
    rebuildReuse: rebuild?.reuse ?? null,
  };
}

export async function runBench(options: BenchOptions) {
  const dir = mkdtempSync(join(tmpdir(), 'scrutiny-bench-'));
  const content = join(dir, 'content');
  try {
    options.log(`generating ${options.meetings} meetings (seed ${options.seed}) in ${content}`);
    const started = performance.now();
    const collector = new QueryMixCollector(options.meetings);
    const corpus = loadCorpus(join(PROJECT, 'content/sources'));
    const end = archiveEnd();
    const records = generateArchive(options, corpus, end);
    const archive: ArchiveCounts = writeArchive(observed(records, collector), content);
    const mix = collector.mix();
    const generateSeconds = (performance.now() - started) / 1000;

    const settings = buildSettings(content);
    const said = Object.entries(settings).map(([key, value]) => `${key}=${value}`);
    options.log(`building the site${said.length > 0 ? ` with ${said.join(' ')}` : ''}`);
    // Other work on the machine slows a build; the load average says how busy it was.
    const loadBefore = loadavg()[0];
    const dist = join(dir, 'dist');
    const config = siteConfig(dir);
    // Every build of the site gets the same environment, the day included (the trackers print it),
    // so the rebuild and the build it is compared with differ only in the caches.
    const siteEnv = { CONTENT_DIR: content, BASE_PATH: '/', BUILD_DATE: process.env['BUILD_DATE'] || today(), ...settings };
    const site = await runAstroBuild(PROJECT, { ...siteEnv, OUT_DIR: dist }, join(dir, 'site-build.log'), ['--config', config], dir);
    if (!site.ok) throw failure('site', site);
    // Said now, so a later step's failure (search in a 100,000-meeting archive) does not lose them.
    const largest = Math.round(largestProcessMB(site));
    options.log(
      `site built in ${site.seconds.toFixed(1)} s; largest process ${largest} MB; CPU ${site.cpuSeconds?.toFixed(1) ?? 'not measured'} s`,
    );
    const output = outputStats(dist);
    const ids = meetingIds(content);
    const weight = meetingPageWeight(dist, ids);
    const scripted = pagesWithScripts(dist);

    let search = null;
    if (options.search) {
      options.log('measuring search in Chromium');
      checkWanted(dist, mix);
      search = await measureSearch(dist, mix, options.log).catch((error: unknown) => {
        throw new Error(`step "search in Chromium" failed: ${error instanceof Error ? error.message : String(error)}`);
      });
    }

    // Straight after the full build, whose caches it keeps: the builds below would replace them.
    const rebuild =
      options.rebuild === false
        ? null
        : await measureRebuild({
            content,
            dist,
            reference: join(dir, 'dist-reference'),
            meeting: nextMeeting(end, options.seed, corpus),
            fullSeconds: site.seconds,
            build: (outDir, { force, log }) =>
              runAstroBuild(PROJECT, { ...siteEnv, OUT_DIR: outDir }, join(dir, log), ['--config', config], dir, { force }),
            log: options.log,
          });

    const withoutSubscribe = options.subscribeCost ? await siteWithoutSubscribe(dir, config, siteEnv, options) : null;
    const floor = options.bare ? await bareFloor(dir, content, options) : null;
    const bare = floor?.ok ? floor : null;
    const builds = buildsForPairs(dir, content, config, siteEnv, options);
    const pairs: BuildPair[] = bare
      ? [buildPair(site.seconds, bare.seconds), ...(await morePairs(options.pairs ?? 1, builds.site, builds.floor, options.log))]
      : [];

    return {
      meetings: options.meetings,
      seed: options.seed,
      records: archive.files,
      recordsByCollection: archive.byCollection,
      contentMB: round(archive.bytes / 1048576, 2),
      generateSeconds: round(generateSeconds),
      pages: output.htmlPages,
      buildSeconds: round(site.seconds),
      pagesPerSecond: round(output.htmlPages / site.seconds),
      phases: roundPhases(site.phases),
      peakRssMB: round(largestProcessMB(site), 0),
      peakTreeRssMB: round(site.peakTreeRssMB, 0),
      peakRssByProcessMB: Object.fromEntries(Object.entries(site.peakRssByProcessMB).map(([name, mb]) => [name, round(mb, 0)])),
      buildCpuSeconds: round(site.cpuSeconds),
      loadAverage: { beforeSite: round(loadBefore, 2), afterBare: round(loadavg()[0], 2) },
      outputMB: round(output.bytes / 1048576, 1),
      outputFiles: output.files,
      bareAstroSeconds: round(bare?.seconds),
      bareAstroPages: bare?.pages ?? null,
      bareAstroPeakRssMB: round(floor === null ? null : largestProcessMB(floor), 0),
      bareAstroCpuSeconds: round(bare?.cpuSeconds),
      bareAstroError: floor !== null && !floor.ok ? failure('bare Astro', floor).message : null,
      subscribeCostSeconds: withoutSubscribe ? round(site.seconds - withoutSubscribe.seconds) : null,
      // The Astro build's own process (`node`) renders these files; Pagefind's process is the largest either way.
      subscribeCostPeakRssMB: withoutSubscribe
        ? round((site.peakRssByProcessMB['node'] ?? 0) - (withoutSubscribe.peakRssByProcessMB['node'] ?? 0), 0)
        : null,
      ratioToBareAstro: bare ? round(site.seconds / bare.seconds, 2) : null,
      ratioPairs: bare
        ? pairs.map((pair) => ({ siteSeconds: round(pair.siteSeconds), bareSeconds: round(pair.bareSeconds), ratio: round(pair.ratio, 2) }))
        : null,
      ratioToBareAstroMedian: round(median(pairs.map((pair) => pair.ratio)), 2),
      ...rebuildFigures(rebuild),
      ...searchFigures(mix, search),
      meetingPage: weight?.path ?? null,
      meetingPageKB: round(weight?.gzipKB),
      meetingPageMaxKB: round(weight?.maxGzipKB),
      meetingPageScripts: weight?.scripts ?? null,
      meetingPageJsKB: round(weight?.jsKB),
      pagesWithScripts: scripted.length,
      pagesWithScriptsExamples: scripted.slice(0, 3),
      pagefindPagesPerPart: settings['PAGEFIND_PAGES_PER_PART'] ?? null,
      nodeOptions: settings['NODE_OPTIONS'] ?? null,
      folder: options.keep ? dir : null,
    };
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

export type BenchResult = Awaited<ReturnType<typeof runBench>>;
