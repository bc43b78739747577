/**
 * Builds that run side by side in one project folder. Astro writes `.astro/content-assets.mjs` in the project's
 * folder (not the build's cache) through one temporary file of a fixed name, at the end of its content sync: two
 * builds syncing at once can lose that race (ENOENT on the rename). So each build starts once the one before it
 * has said "Synced content" (or ended); the rest of the builds, most of their time, still run side by side.
 */
import { spawn } from 'node:child_process';

/** A build to start: its command after `node`, its environment, and what to do with its output at the end. */
export interface SideBySideBuild {
  args: string[];
  env: Record<string, string>;
  /** Given the build's standard output when it ends, whatever its exit. */
  onLog?: (log: string) => void;
}

interface Started {
  synced: Promise<void>;
  done: Promise<void>;
}

function start({ args, env, onLog }: SideBySideBuild): Started {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env } });
  let log = '';
  let errors = '';
  let markSynced = (): void => {};
  const synced = new Promise<void>((resolve) => (markSynced = resolve));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    log += chunk;
    if (log.includes('Synced content')) markSynced();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      markSynced();
      onLog?.(log);
      if (code === 0) resolve();
      else
        reject(
          new Error(`node ${args.join(' ')} exited ${code ?? signal}:\n${`${log}\n${errors}`.trim().split('\n').slice(-40).join('\n')}`),
        );
    });
  });
  return { synced, done };
}

/** Runs the builds side by side, each started once the one before has synced its content; rejects with the first failure. */
export async function buildSideBySide(builds: SideBySideBuild[]): Promise<void> {
  const running: Promise<void>[] = [];
  for (const build of builds) {
    const started = start(build);
    running.push(started.done);
    await started.synced;
  }
  const results = await Promise.allSettled(running);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}
