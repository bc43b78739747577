/**
 * One import at a time per content folder. Two imports that plan at once both see a meeting as
 * missing and the later write wins (an agenda over minutes); under the lock the second plans
 * against what the first wrote. The lock is proper-lockfile's directory `<root>/.import.lock`
 * with the holder's process id in `<root>/.import.lock-owner`: a lock whose holder is dead
 * (killed, crashed) is taken over at once, any other waits a bounded time and then refuses.
 */
import { mkdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { ImportError } from './records.ts';

/** The lock directory inside the content root. */
export const LOCK_NAME = '.import.lock';
const OWNER_NAME = '.import.lock-owner';

/** A lock without an owner file (its holder died before writing it) is stale after this long. */
const ORPHAN_MS = 10_000;
/** proper-lockfile's own staleness (mtime), for holders this machine cannot see. */
const STALE_MS = 10 * 60_000;

/** How an import waits for the lock. */
export interface LockOptions {
  /** Longest wait for another import to finish, in milliseconds. */
  waitMs: number;
}

/** A held lock; release it when the import is done (also on error). */
export interface HeldLock {
  release(): void;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** True when a process with this id runs on this machine (a zombie or another user's counts as alive). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return !(error instanceof Error && 'code' in error && error.code === 'ESRCH');
  }
}

/** The process holding the lock, as its owner file says; null when it does not say. */
function ownerOf(root: string): number | null {
  try {
    const pid = Number(readFileSync(join(root, OWNER_NAME), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Removes a lock left by a dead process, or one with no owner that is older than ORPHAN_MS. */
function takeOverIfStale(root: string): void {
  const lockPath = join(root, LOCK_NAME);
  const stat = statSync(lockPath, { throwIfNoEntry: false });
  if (!stat) return;
  const owner = ownerOf(root);
  const dead = owner !== null ? !isAlive(owner) : Date.now() - stat.mtimeMs > ORPHAN_MS;
  if (!dead) return;
  rmSync(join(root, OWNER_NAME), { force: true });
  rmSync(lockPath, { recursive: true, force: true });
}

/**
 * Takes the content folder's lock, waiting up to `waitMs` for another import; an ImportError
 * naming the holder when it is still held then. Creates the folder when it does not exist.
 */
export function lockContent(root: string, options: LockOptions): HeldLock {
  try {
    mkdirSync(root, { recursive: true });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new ImportError(root, null, `the content folder cannot be created (${code})`, 'Give --out a folder you may write to');
  }
  const lockfilePath = join(root, LOCK_NAME);
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    takeOverIfStale(root);
    try {
      const release = lockfile.lockSync(root, { lockfilePath, realpath: false, stale: STALE_MS, onCompromised: () => {} });
      writeFileSync(join(root, OWNER_NAME), `${process.pid}\n`);
      return {
        release() {
          try {
            unlinkSync(join(root, OWNER_NAME));
          } catch {
            // Already gone: nothing to clean.
          }
          release();
        },
      };
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'ELOCKED')) throw error;
      if (Date.now() >= deadline) {
        const owner = ownerOf(root);
        throw new ImportError(
          root,
          null,
          `another import${owner === null ? '' : ` (process ${owner})`} is writing to this folder`,
          `Wait for it to finish and run again (or pass --wait SECONDS); if no import is running, remove ${lockfilePath}`,
        );
      }
      sleep(Math.min(200, Math.max(1, deadline - Date.now())));
    }
  }
}
