/**
 * Issue 16, goal 3: the rebuild after an import. One new meeting is imported into the built
 * archive through the importer's own planning and transaction (what `npm run import` does once it
 * has read its sources), the site is built again keeping the previous build's caches (Astro's
 * content store, the output folder), and the result is compared, file by file and byte for byte,
 * with a build of the same content from nothing.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ImportRecord } from '../import/records.ts';
import { lockContent } from '../import/lock.ts';
import { checkPlan } from '../import/plan-check.ts';
import { commitWrites, planWrites } from '../import/store.ts';
import { recover } from '../import/transaction.ts';
import { largestProcessMB, type BuildRun, type Phases, type Reuse } from './run-build.ts';

/** How two output folders differ: files whose bytes differ, files only in one of them, the first few of each. */
export interface FolderComparison {
  /** Files in either folder. */
  files: number;
  /** Files that are not the same in both (`differs + missing + extra`). */
  count: number;
  /** In both, with other bytes. */
  differs: number;
  /** In the reference only. */
  missing: number;
  /** In the compared folder only. */
  extra: number;
  /** The first differences in path order, e.g. `differs: pagefind/pagefind-entry.json`. */
  sample: string[];
}

/** Every file below `root`, as paths relative to it with `/`, sorted. */
export function listFiles(root: string): string[] {
  const found: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else found.push(relative(root, path).split(sep).join('/'));
    }
  };
  visit(root);
  return found.sort();
}

function sameBytes(a: string, b: string): boolean {
  if (statSync(a).size !== statSync(b).size) return false;
  return readFileSync(a).equals(readFileSync(b));
}

/** Compares `actual` with `reference`: every file of both, byte for byte. */
export function compareFolders(reference: string, actual: string, sampleSize = 10): FolderComparison {
  const expected = listFiles(reference);
  const got = new Set(listFiles(actual));
  const result: FolderComparison = { files: 0, count: 0, differs: 0, missing: 0, extra: 0, sample: [] };
  const note = (kind: 'differs' | 'missing' | 'extra', path: string) => {
    result[kind] += 1;
    result.count += 1;
    if (result.sample.length < sampleSize) result.sample.push(`${kind}: ${path}`);
  };
  const all = [...new Set([...expected, ...got])].sort();
  const inReference = new Set(expected);
  for (const path of all) {
    result.files += 1;
    if (!got.has(path)) note('missing', path);
    else if (!inReference.has(path)) note('extra', path);
    else if (!sameBytes(join(reference, path), join(actual, path))) note('differs', path);
  }
  return result;
}

/**
 * Imports records into a content folder as `npm run import` writes them, once it has read its
 * sources: under the folder's lock, after recovering an interrupted import, planned and checked
 * (schema, names, links), then written all or nothing. Returns the files it created or updated.
 */
export function importRecords(records: ImportRecord[], content: string): string[] {
  const lock = lockContent(content, { waitMs: 30_000 });
  try {
    recover(content);
    const plan = planWrites(records, content, false);
    checkPlan(records, plan, content);
    commitWrites(plan, content);
    return plan.filter((write) => write.action === 'create' || write.action === 'update').map((write) => write.path);
  } finally {
    lock.release();
  }
}

/** A failed step of the rebuild measurement, named, with the end of its build log. */
export function stepFailure(step: string, run: BuildRun): Error {
  const tail = run.lines
    .slice(-25)
    .map((line) => line.text)
    .join('\n');
  return new Error(`step "${step}" failed: the build exited ${run.exitCode}:\n${tail}`);
}

export interface RebuildPlan {
  /** The built archive's content folder: the meeting is imported into it, and taken out again at the end. */
  content: string;
  /** The full build's output folder, which the rebuild builds into again. */
  dist: string;
  /** Where the full build of the same content goes, to compare with. */
  reference: string;
  /** The new meeting. */
  meeting: ImportRecord;
  /** Wall time of the full build the rebuild follows, s. */
  fullSeconds: number;
  /**
   * Builds the site into `outDir` with the full build's settings; `force` empties Astro's content
   * store first (a build from nothing), without it the previous build's caches are kept.
   */
  build: (outDir: string, options: { force: boolean; log: string }) => Promise<BuildRun>;
  log: (message: string) => void;
}

export interface RebuildResult {
  /** The imported meeting's id. */
  meeting: string;
  seconds: number;
  /** `seconds` over the full build's. */
  ratio: number;
  phases: Phases;
  /** What the rebuild took from the full build before it (record text, index parts). */
  reuse: Reuse;
  /** The rebuild's largest single process, MB (goal 1 holds for a rebuild too). */
  peakRssMB: number;
  /** Wall time of the full build of the same content, the one compared with. */
  referenceSeconds: number;
  identical: boolean;
  differences: FolderComparison;
}

/**
 * Imports one meeting, rebuilds keeping the caches (timed), builds the same content from nothing
 * into `reference` and compares the two outputs. Run it straight after the full build, before
 * another build of the site replaces its caches. The archive is as before when it returns.
 */
export async function measureRebuild(plan: RebuildPlan): Promise<RebuildResult> {
  const id = `${plan.meeting.collection}/${plan.meeting.id}`;
  plan.log(`importing one new meeting, ${id}`);
  let written: string[];
  try {
    written = importRecords([plan.meeting], plan.content);
  } catch (error) {
    throw new Error(`step "import one meeting" failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (written.length !== 1) throw new Error(`step "import one meeting" failed: ${id} is in the archive already, so nothing was imported`);
  try {
    plan.log('rebuilding the site, keeping the previous build’s caches');
    const rebuild = await plan.build(plan.dist, { force: false, log: 'site-rebuild.log' });
    if (!rebuild.ok) throw stepFailure('rebuild after the import', rebuild);
    plan.log('building the same content from nothing, to compare with the rebuild');
    const reference = await plan.build(plan.reference, { force: true, log: 'site-build-reference.log' });
    if (!reference.ok) throw stepFailure('full build of the same content', reference);
    plan.log('comparing the two outputs file by file');
    const differences = compareFolders(plan.reference, plan.dist);
    return {
      meeting: plan.meeting.id,
      seconds: rebuild.seconds,
      ratio: rebuild.seconds / plan.fullSeconds,
      phases: rebuild.phases,
      reuse: rebuild.reuse,
      peakRssMB: largestProcessMB(rebuild),
      referenceSeconds: reference.seconds,
      identical: differences.count === 0,
      differences,
    };
  } finally {
    // The archive as generated again, for the measurements after this one.
    for (const path of written) rmSync(path, { force: true });
  }
}
