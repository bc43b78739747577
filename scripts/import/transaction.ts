/**
 * All files of an import, or none, even on a write error or a kill. Every new file is first
 * written complete into a staging folder inside the content root (same file system, so a
 * rename moves it), then a journal naming every move is put in place: that rename is the
 * commit point. Files are then moved into place, the ones they replace kept aside in the
 * staging folder until the end. A write error before the commit point removes the staging
 * folder; one after it puts the old files back. A run killed at any point is completed or
 * undone by `recover`, which every import runs first: with a journal it rolls forward (the
 * staged files are complete), without one it removes the staging folder. Stray `*.tmp` files
 * of older importers are removed too.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { ImportError } from './records.ts';

/** The staging folder and journal, inside the content root. */
export const STAGING_NAME = '.import-staging';
export const JOURNAL_NAME = '.import-journal.json';

/** One file to put in place: its path relative to the content root and its text. */
export interface StagedWrite {
  /** Path below the content root, `/`-separated. */
  target: string;
  text: string;
}

interface Journal {
  version: 1;
  /** Targets in order; the staged file of entry i is `new/i`, the file it replaces goes to `old/i`. */
  targets: string[];
}

/** Test hook: called before each step, so a test can make one fail. */
export type FaultHook = (step: 'stage' | 'journal' | 'move', index: number) => void;

/** Writes a file and flushes it to disk before returning. */
function writeDurable(path: string, text: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (renames) to disk, where the platform allows it. */
function syncFolder(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not supported here (some platforms cannot open a folder): the renames still hold.
  }
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : error instanceof Error
      ? error.message
      : String(error);
}

/** A journal as written by commitAll; an ImportError when it is not one (edited, or not ours). */
function readJournal(path: string): Journal {
  let journal: unknown;
  try {
    journal = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    journal = null;
  }
  const safe = (target: unknown) => typeof target === 'string' && target.split('/').every((part) => part !== '' && !part.startsWith('.'));
  if (
    typeof journal === 'object' &&
    journal !== null &&
    'targets' in journal &&
    Array.isArray(journal.targets) &&
    journal.targets.every(safe)
  ) {
    return { version: 1, targets: journal.targets as string[] };
  }
  throw new ImportError(
    path,
    null,
    'is not a journal of an interrupted import',
    `Move it and ${STAGING_NAME} out of the content folder, check the folder, and run again`,
  );
}

/** Moves entry `index` into place: the current file aside to `old/index`, then the staged one in. */
function moveIntoPlace(root: string, targets: string[], index: number): void {
  const staging = join(root, STAGING_NAME);
  const staged = join(staging, 'new', String(index));
  if (!existsSync(staged)) return; // already moved by an earlier, interrupted run
  const target = join(root, targets[index] ?? '');
  const backup = join(staging, 'old', String(index));
  mkdirSync(dirname(target), { recursive: true });
  if (existsSync(target) && !existsSync(backup)) renameSync(target, backup);
  renameSync(staged, target);
}

/** Puts back what moves 0..count-1 replaced (or removes what they created), newest first. */
function undoMoves(root: string, targets: string[], count: number): void {
  const staging = join(root, STAGING_NAME);
  for (let index = count - 1; index >= 0; index -= 1) {
    const target = join(root, targets[index] ?? '');
    const backup = join(staging, 'old', String(index));
    if (existsSync(backup)) renameSync(backup, target);
    else if (existsSync(target) && !existsSync(join(staging, 'new', String(index)))) unlinkSync(target);
  }
}

/** Stray `*.tmp` files below the root (left by older importers killed mid-write). */
function strayTempFiles(root: string): string[] {
  const names = readdirSync(root, { recursive: true, encoding: 'utf8' });
  return names.filter((name) => name.endsWith('.tmp') && !name.startsWith(STAGING_NAME)).map((name) => join(root, name));
}

/**
 * Completes or undoes an import that was interrupted in this content root: rolls a journal
 * forward, removes a staging folder without one, removes stray `*.tmp` files. Call it holding
 * the lock. Returns what it did, for the CLI to say; an empty list when there was nothing.
 */
export function recover(root: string): string[] {
  if (!existsSync(root)) return [];
  const done: string[] = [];
  const journalPath = join(root, JOURNAL_NAME);
  const staging = join(root, STAGING_NAME);
  if (existsSync(journalPath)) {
    const journal = readJournal(journalPath);
    for (let index = 0; index < journal.targets.length; index += 1) moveIntoPlace(root, journal.targets, index);
    syncFolder(root);
    unlinkSync(journalPath);
    done.push(`completed an interrupted import (${journal.targets.length} files)`);
  }
  if (existsSync(staging)) {
    rmSync(staging, { recursive: true, force: true });
    if (done.length === 0) done.push('removed the staging folder of an import that was interrupted before it wrote anything');
  }
  const strays = strayTempFiles(root);
  for (const path of strays) rmSync(path, { force: true });
  if (strays.length > 0) done.push(`removed ${strays.length} stray .tmp file(s)`);
  return done;
}

/**
 * Writes every file or none. `writes` must already be planned and validated; the root must be
 * locked and recovered. A failure before the commit point leaves the root as it was; one after
 * it puts the replaced files back, and if even that fails the journal stays for the next run
 * to roll forward. Throws an ImportError naming the file that could not be written.
 */
export function commitAll(root: string, writes: StagedWrite[], fault?: FaultHook): void {
  if (writes.length === 0) return;
  const staging = join(root, STAGING_NAME);
  const targets = writes.map((write) => write.target);
  const failed = (target: string, error: unknown) =>
    new ImportError(
      join(root, target),
      null,
      `could not be written (${codeOf(error)}); nothing was changed`,
      'Check the folder and the free space, then run again',
    );
  try {
    mkdirSync(join(staging, 'new'), { recursive: true });
    mkdirSync(join(staging, 'old'), { recursive: true });
    writes.forEach((write, index) => {
      fault?.('stage', index);
      writeDurable(join(staging, 'new', String(index)), write.text);
    });
    fault?.('journal', 0);
    const journal: Journal = { version: 1, targets };
    writeDurable(join(staging, 'journal.json'), JSON.stringify(journal));
    syncFolder(staging);
    renameSync(join(staging, 'journal.json'), join(root, JOURNAL_NAME));
    syncFolder(root);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw failed(targets[0] ?? '', error);
  }
  let moved = 0;
  try {
    for (; moved < targets.length; moved += 1) {
      fault?.('move', moved);
      moveIntoPlace(root, targets, moved);
    }
  } catch (error) {
    try {
      undoMoves(root, targets, moved + 1);
      unlinkSync(join(root, JOURNAL_NAME));
      rmSync(staging, { recursive: true, force: true });
    } catch {
      throw new ImportError(
        join(root, targets[moved] ?? ''),
        null,
        `could not be written (${codeOf(error)}), and the files already moved could not be put back`,
        'Run the import again: it completes the interrupted one first',
      );
    }
    throw failed(targets[moved] ?? '', error);
  }
  syncFolder(root);
  unlinkSync(join(root, JOURNAL_NAME));
  rmSync(staging, { recursive: true, force: true });
}
