/**
 * Runs `astro build` as a child process and measures it: wall time, phases read from
 * Astro's log lines (each timestamped as it arrives), and peak memory, both from
 * GNU time (largest single process) and by polling /proc (the whole process tree).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { readPartsLine, readPagesLine, readRecordTextLine } from '../../src/model/build-log.ts';

export interface LogLine {
  ms: number;
  text: string;
}

export interface Phases {
  /** Start to "[content] Synced content". */
  contentSyncSeconds: number | null;
  /** Vite bundling: "Building static entrypoints" to "Rearranging server assets". */
  bundleSeconds: number | null;
  /** "generating static routes" to the "Completed" line after it. */
  renderSeconds: number | null;
  /** End of rendering to the Pagefind integration's "Indexed" line. */
  pagefindSeconds: number | null;
  /**
   * Seconds the build step that writes the feeds, calendars and open data files took (issue 15), from
   * its log line (src/integrations/subscribe-files.ts). It runs while Pagefind writes its index.
   */
  subscribeSeconds: number | null;
  /** Of those, the seconds the build waited for them once the hooks before theirs were done (the index merging beside them, or in a large archive after them). */
  subscribeWaitSeconds: number | null;
}

/** What a build took from the one before it, from its log (src/model/build-log.ts); null where not logged. */
export interface Reuse {
  /** Pages (and endpoints' files) rendered afresh. */
  pagesRendered: number | null;
  /** Pages sent as the previous build rendered them. */
  pagesReused: number | null;
  /** Blocks of record text rendered afresh. */
  blocksRendered: number | null;
  /** Blocks of record text taken from the previous build. */
  blocksReused: number | null;
  /** Parts of the search index. */
  parts: number | null;
  /** Parts of the search index taken from the previous build, without Pagefind. */
  partsReused: number | null;
}

/** The reuse lines of a build's log. */
export function parseReuse(lines: LogLine[]): Reuse {
  const text = lines.map((line) => readRecordTextLine(line.text)).find((found) => found !== null) ?? null;
  const parts = lines.map((line) => readPartsLine(line.text)).find((found) => found !== null) ?? null;
  const pages = lines.map((line) => readPagesLine(line.text)).find((found) => found !== null) ?? null;
  return {
    pagesRendered: pages?.rendered ?? null,
    pagesReused: pages?.reused ?? null,
    blocksRendered: text?.rendered ?? null,
    blocksReused: text?.reused ?? null,
    parts: parts?.parts ?? null,
    partsReused: parts?.reused ?? null,
  };
}

export interface BuildRun {
  ok: boolean;
  exitCode: number | null;
  seconds: number;
  phases: Phases;
  /** What the build reused from the one before it. */
  reuse: Reuse;
  /** "N page(s) built" as Astro reports it. */
  pagesReported: number | null;
  /** Largest single process (GNU time's maximum resident set size), MB. */
  peakRssMB: number | null;
  /** CPU time of the build, user + system, all processes waited for (GNU time). */
  cpuSeconds: number | null;
  /** Largest sum of RSS over the build's process tree, sampled every 250 ms, MB. */
  peakTreeRssMB: number;
  /** Largest RSS of a process of the tree by its program (`node`, `pagefind_extended`), sampled, MB. */
  peakRssByProcessMB: Record<string, number>;
  lines: LogLine[];
}

/** A run's largest single process, MB: GNU time's figure, else the largest sample of its process tree. */
export function largestProcessMB(run: BuildRun): number {
  return run.peakRssMB ?? run.peakTreeRssMB;
}

const TIME = '/usr/bin/time';
const ASTRO = new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url).pathname;

function firstAt(lines: LogLine[], pattern: RegExp, after = -1): number | null {
  return lines.find((line) => line.ms > after && pattern.test(line.text))?.ms ?? null;
}

function span(from: number | null, to: number | null): number | null {
  return from === null || to === null ? null : (to - from) / 1000;
}

/** Phase times from the timestamped log; null where a marker was not seen. */
export function parsePhases(lines: LogLine[]): Phases {
  const synced = firstAt(lines, /\[content\] Synced content/);
  const bundle = firstAt(lines, /Building static entrypoints/);
  const rearranged = firstAt(lines, /Rearranging server assets/);
  const routes = firstAt(lines, /generating static routes/);
  const rendered = routes === null ? null : firstAt(lines, /Completed in/, routes);
  const indexed = rendered === null ? null : firstAt(lines, /pagefind.*Indexed|Indexed .*pages/i, rendered);
  const subscribe = subscribeStep(lines);
  return {
    ...subscribe,
    contentSyncSeconds: span(0, synced),
    bundleSeconds: span(bundle, rearranged),
    renderSeconds: span(routes, rendered),
    pagefindSeconds: span(rendered, indexed),
  };
}

/** The subscribe step's "Wrote N feeds, calendars and data files in X s (Y s the build waited for)" line. */
const SUBSCRIBE_STEP = /Wrote \d+ feeds, calendars and data files in ([\d.]+) s \(([\d.]+) s the build waited for[;)]/;

/** The subscribe step's time and the part of it the build waited for; null when it did not run. */
export function subscribeStep(lines: LogLine[]): Pick<Phases, 'subscribeSeconds' | 'subscribeWaitSeconds'> {
  for (const line of lines) {
    const match = SUBSCRIBE_STEP.exec(line.text);
    if (match) return { subscribeSeconds: Number(match[1]), subscribeWaitSeconds: Number(match[2]) };
  }
  return { subscribeSeconds: null, subscribeWaitSeconds: null };
}

export function parsePagesBuilt(lines: LogLine[]): number | null {
  for (const line of lines) {
    const match = /(\d+) page\(s\) built/.exec(line.text);
    if (match) return Number(match[1]);
  }
  return null;
}

/** VmRSS (kB) of a process and all its descendants: their sum, and the largest by process name. */
export function treeRss(root: number): { totalKB: number; byNameKB: Map<string, number> } {
  const children = new Map<number, number[]>();
  const processes = new Map<number, { name: string; kB: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      // The program's file name (`node`, `pagefind_extended`): Node renames its main thread, so /proc's Name says "MainThread".
      const program = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')[0] ?? '';
      const name = program.split('/').pop() || '?';
      processes.set(Number(entry), { name, kB: Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) });
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we read it.
    }
  }
  let totalKB = 0;
  const byNameKB = new Map<string, number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    const found = processes.get(pid);
    if (found) {
      totalKB += found.kB;
      byNameKB.set(found.name, Math.max(byNameKB.get(found.name) ?? 0, found.kB));
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { totalKB, byNameKB };
}

/** Sum of VmRSS (kB) of a process and all its descendants. */
export function treeRssKB(root: number): number {
  return treeRss(root).totalKB;
}

/** Peak RSS of the largest process and CPU seconds (user + system), from GNU time's report. */
export function parseGnuTime(report: string): { peakRssMB: number | null; cpuSeconds: number | null } {
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  const user = /User time \(seconds\): ([\d.]+)/.exec(report);
  const system = /System time \(seconds\): ([\d.]+)/.exec(report);
  return {
    peakRssMB: peak ? Number(peak[1]) / 1024 : null,
    cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : null,
  };
}

function readGnuTime(file: string): { peakRssMB: number | null; cpuSeconds: number | null } {
  if (!existsSync(file)) return { peakRssMB: null, cpuSeconds: null };
  const report = readFileSync(file, 'utf8');
  rmSync(file, { force: true });
  return parseGnuTime(report);
}

/**
 * Builds the Astro project in `root` with the given environment; the log goes to `logFile`.
 * `cwd` must contain OUT_DIR: Astro writes its prerender chunks inside the output folder only
 * when that is under the working directory, else into <cwd>/.astro/.prerender, which other
 * builds running at the same time would share (and break).
 */
export function runAstroBuild(
  root: string,
  env: Record<string, string>,
  logFile: string,
  extraArgs: string[] = [],
  cwd = root,
  { force = true }: { force?: boolean } = {},
): Promise<BuildRun> {
  const timeFile = `${logFile}.time`;
  const command = existsSync(TIME) ? TIME : process.execPath;
  // --force: every measured build syncs its content from nothing. A build after another of the same
  // archive (the --subscribe-cost comparison) would otherwise reuse the first one's content store and
  // sync in a fraction of the time, which the comparison would count as the first build's extra cost.
  // The rebuild after an import (rebuild.ts) is the one build that keeps them: that is what it measures.
  const astroArgs = [ASTRO, 'build', '--root', root, ...(force ? ['--force'] : []), ...extraArgs];
  const args = existsSync(TIME) ? ['-v', '-o', timeFile, process.execPath, ...astroArgs] : astroArgs;
  const started = performance.now();
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  let peakKB = 0;
  const peakByName: Record<string, number> = {};
  const poll = setInterval(() => {
    if (!child.pid) return;
    const sample = treeRss(child.pid);
    peakKB = Math.max(peakKB, sample.totalKB);
    for (const [name, kB] of sample.byNameKB) peakByName[name] = Math.max(peakByName[name] ?? 0, kB / 1024);
  }, 250);
  // Written as it comes, so a long build can be followed with tail -f.
  const log = createWriteStream(logFile);
  const collect = (chunk: Buffer) => {
    const ms = performance.now() - started;
    for (const text of chunk.toString('utf8').split('\n')) {
      if (text.trim() === '') continue;
      lines.push({ ms, text });
      log.write(`${(ms / 1000).toFixed(2).padStart(8)} ${text}\n`);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve) => {
    child.on('close', (exitCode) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      log.end();
      resolve({
        ok: exitCode === 0,
        exitCode,
        seconds,
        phases: parsePhases(lines),
        reuse: parseReuse(lines),
        pagesReported: parsePagesBuilt(lines),
        ...readGnuTime(timeFile),
        peakTreeRssMB: peakKB / 1024,
        peakRssByProcessMB: peakByName,
        lines,
      });
    });
  });
}
