/**
 * The route that starts the build's writing of the feeds, calendars and bulk data files (see
 * src/site/subscribe-outputs.ts; subscribe-files.ts injects it into builds only, and waits for the
 * writing to end). Its own response is empty, so Astro writes no file for it. The feeds and
 * calendars are the responses their endpoints give; the tables go through
 * src/site/open-data/files.ts, a group of tables per pass over its records.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadArchive } from '../site/archive.ts';
import { tableGroups } from '../site/open-data/sources.ts';
import { writeDataFiles } from '../site/open-data/files.ts';
import { bulkWrite, type BuiltFile } from '../site/subscribe-outputs.ts';
import { feedFiles } from '../pages/feeds/_feeds.ts';
import { calendarFiles } from '../pages/calendars/_calendars.ts';

export const prerender = true;

/** Its one address: the first segment is a parameter only so that Astro renders it last (see subscribe-files.ts). */
export const getStaticPaths = (() => [{ params: { folder: 'data' } }]) satisfies GetStaticPaths;

/** Writes `files` below `folder`, `atOnce` at a time; returns their paths. */
async function writeBuiltFiles(folder: string, files: BuiltFile[], atOnce: number): Promise<string[]> {
  const made = new Set<string>();
  for (let start = 0; start < files.length; start += atOnce) {
    await Promise.all(
      files.slice(start, start + atOnce).map(async (file) => {
        const text = await (await file.response()).text();
        const path = join(folder, file.path);
        if (!made.has(dirname(path))) {
          await mkdir(dirname(path), { recursive: true });
          made.add(dirname(path));
        }
        await writeFile(path, text);
      }),
    );
  }
  return files.map((file) => file.path);
}

async function writeAll(folder: string, site: URL | undefined): Promise<{ files: string[]; seconds: number }> {
  const started = performance.now();
  const archive = await loadArchive();
  const files = [
    // One feed at a time: they share what they read of the record files (src/site/feed-build.ts).
    ...(await writeBuiltFiles(folder, feedFiles(archive, site), 1)),
    ...(await writeBuiltFiles(folder, calendarFiles(archive, site), 16)),
    ...(await writeDataFiles(folder, tableGroups(archive, site))),
  ];
  return { files, seconds: (performance.now() - started) / 1000 };
}

export const GET: APIRoute = ({ site }) => {
  const state = bulkWrite();
  if (state === undefined) throw new Error('the bulk files route runs only in a build with the subscribe-files integration');
  if (state.writing === null) {
    state.writing = writeAll(state.folder, site);
    // Its failure is reported when the integration waits for it; until then it is not unhandled.
    state.writing.catch(() => undefined);
  }
  return new Response(null);
};
