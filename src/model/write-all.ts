/**
 * Writes buffers to a file descriptor in one call, from the buffers themselves (joining them first
 * cost more than the write). A short write (a full disk) leaves the rest, which is tried again so
 * that it fails with the system's own error.
 */
import { writeSync, writevSync } from 'node:fs';

export function writeAllSync(fd: number, buffers: readonly Buffer[], bytes: number): void {
  if (buffers.length === 0) return;
  const written = writevSync(fd, buffers as Buffer[]);
  if (written < bytes) writeSync(fd, Buffer.concat(buffers).subarray(written));
}
