/**
 * Whole writes. `writeAllSync` writes buffers to a file descriptor in one call, from the buffers
 * themselves (joining them first cost more than the write); a short write (a full disk) leaves the
 * rest, which is tried again so that it fails with the system's own error. `writeWholeSync` writes a
 * file through a temporary one renamed over it, so that the file is always either as it was or whole.
 * `linkOrCopySync` puts a file that is never written again in a second place.
 */
import { constants, copyFileSync, linkSync, renameSync, rmSync, writeFileSync, writeSync, writevSync } from 'node:fs';

/** Writes `data` to `file` through `<file>.<pid>.tmp`, renamed over it once written. */
export function writeWholeSync(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

export function writeAllSync(fd: number, buffers: readonly Buffer[], bytes: number): void {
  if (buffers.length === 0) return;
  const written = writevSync(fd, buffers as Buffer[]);
  if (written < bytes) writeSync(fd, Buffer.concat(buffers).subarray(written));
}

/**
 * A hard link to `from` at `to` where the file system allows it, else a copy (another file
 * system). Only for files nothing writes into once written: a link shares the content. A file
 * already at `to` is replaced, never written through.
 */
export function linkOrCopySync(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    rmSync(to, { force: true });
    copyFileSync(from, to, constants.COPYFILE_FICLONE);
  }
}
