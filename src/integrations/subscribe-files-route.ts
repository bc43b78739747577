/**
 * The route that starts the build's writing of the feeds, calendars and bulk data files (see
 * src/site/subscribe-outputs.ts; subscribe-files.ts injects it into builds only, and waits for the
 * writing to end). Its own response is empty, so Astro writes no file for it. The feeds and
 * calendars are the responses their endpoints give; the tables go through
 * src/site/open-data/files.ts, a group of tables per pass over its records.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { archiveReadCheck, loadArchive } from '../site/archive.ts';
import { tableGroups } from '../site/open-data/sources.ts';
import { writeDataFiles, writeText } from '../site/open-data/files.ts';
import { MEETINGS_LIST_FILE, meetingsListText } from '../site/open-data/meetings-list.ts';
import { bulkWrite, type BuiltFile, type BulkResult } from '../site/subscribe-outputs.ts';
import { currentPageCache } from '../site/page-cache.ts';
import { digestOf, PageReads, readingPage } from '../model/page-reads.ts';
import { turnEvery } from '../model/event-loop.ts';
import { bytesOf, type KeptBytes } from '../model/cache-file.ts';
import { feedFiles } from '../pages/feeds/_feeds.ts';
import { calendarFiles } from '../pages/calendars/_calendars.ts';

export const prerender = true;

/** Its one address: the first segment is a parameter only so that Astro renders it last (see subscribe-files.ts). */
export const getStaticPaths = (() => [{ params: { folder: 'data' } }]) satisfies GetStaticPaths;

/**
 * Writes `files` below `folder`, one after the other; returns their paths. Written synchronously,
 * the event loop getting a turn every few files (src/model/event-loop.ts). A
 * file kept from the last build is left in the output folder if it is there (src/site/output-folder.ts).
 */
async function writeBuiltFiles(folder: string, files: BuiltFile[]): Promise<string[]> {
  const made = new Set<string>();
  const output = currentPageCache()?.output ?? null;
  for (const [index, file] of files.entries()) {
    const { body, kept } = await builtText(file);
    const path = join(folder, file.path);
    if (kept && output !== null && output.folder.dir === folder) output.folder.write(file.path, body);
    else {
      if (!made.has(dirname(path))) {
        mkdirSync(dirname(path), { recursive: true });
        made.add(dirname(path));
      }
      writeFileSync(path, bytesOf(body));
    }
    await turnEvery(index);
  }
  return files.map((file) => file.path);
}

/**
 * A file's content: the previous build's when it would come out the same (src/site/page-cache.ts, as
 * for pages: the same inputs and reads; `kept`), else its response's, kept for the next build.
 */
async function builtText(file: BuiltFile): Promise<{ body: Buffer | KeptBytes; kept: boolean }> {
  const made = async () => Buffer.from(await (await file.response()).arrayBuffer());
  const cache = currentPageCache();
  if (cache === undefined) return { body: await made(), kept: false };
  const address = `/${file.path}`;
  const inputs = digestOf(file.inputs);
  const kept = cache.reuse('file', address, inputs, await archiveReadCheck());
  if (kept !== null) return { body: kept.body, kept: true };
  const reads = new PageReads();
  const body = await readingPage(reads, made);
  cache.keep('file', address, inputs, reads, 'file', body);
  return { body, kept: false };
}

async function writeAll(folder: string, site: URL | undefined): Promise<BulkResult> {
  const started = performance.now();
  const archive = await loadArchive();
  const seconds = { feeds: 0, calendars: 0, data: 0 };
  const timed = async (kind: keyof typeof seconds, write: () => Promise<string[]>) => {
    const start = performance.now();
    const written = await write();
    seconds[kind] = (performance.now() - start) / 1000;
    return written;
  };
  const files = [
    // The feeds one after the other share what they read of the record files (src/site/feed-build.ts).
    ...(await timed('feeds', () => writeBuiltFiles(folder, feedFiles(archive, site)))),
    ...(await timed('calendars', () => writeBuiltFiles(folder, calendarFiles(archive, site)))),
    ...(await timed('data', async () => [
      ...(await writeDataFiles(folder, tableGroups(archive, site), await archiveReadCheck())),
      await writeText(folder, MEETINGS_LIST_FILE, meetingsListText(archive)),
    ])),
  ];
  return { files, seconds: (performance.now() - started) / 1000, parts: seconds };
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
