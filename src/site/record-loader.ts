/**
 * Content loader for one record folder. Each file is read, its frontmatter checked against the
 * record's full schema, and what the pages read of it kept: the record and its body as they are
 * (councils, committees, people: small), or a summary without body (meetings, reports,
 * recommendations). Record pages read their own file again when they are built
 * (src/model/record-file.ts), so the build's memory holds summaries only: an archive of 100,000
 * meetings is about 2 GB of Markdown.
 *
 * What is kept is not Astro's content store: the loader hands its entries to the pages of the same
 * process (record-store.ts), and Astro's store holds one entry per collection (KEPT_MARK).
 * Whatever is in Astro's store is held several times over during a build: the store the loaders
 * filled, its file bundled into the prerender code as a string (the bundler's memory), the string
 * again as a module's source and as the JSON it parses, and the entries made from it. At 10,000
 * meetings those copies were 100 MB of a heap of 340 MB after collection, and the bundler's some
 * 100 MB more outside it, all growing with the records (BENCHMARKS.md, "The build's heap").
 * Between builds the entries are kept in a file of their own below Astro's cache folder
 * (kept-records.ts), trusted only when Astro's store names that file as the last load wrote it (so
 * `astro build --force`, which clears the store, reads every file again), and for a record only
 * when its file and what its entry is made from have the same digest.
 *
 * Astro's glob loader is not used: it renders every body into the store while it syncs,
 * and the site renders record text itself with the archive's links.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { turnEvery } from '../model/event-loop.ts';
import { parseRecord, recordFiles, recordId } from '../model/record-file.ts';
import { publishRecords } from './record-store.ts';
import { copiesFolder, CopyWriter, publishCopies } from './record-copies.ts';
import type { RecordPlace } from '../model/cache-file.ts';
import { keptFile, readKept, recordStamp, writeKept, type Kept } from './kept-records.ts';

/**
 * The id of the one entry Astro's store holds for a collection, whose digest is the stamp of the
 * kept file the last load wrote (kept-records.ts). One entry, not one per record: Astro serialises
 * its whole store after every sync, and an entry per record made that 0.7 s of a 10,000-meeting
 * rebuild; no page reads the store.
 */
export const KEPT_MARK = '(kept records)';

export interface RecordLoaderOptions<S extends z.ZodType> {
  /** The record's schema: every file is checked against it. */
  schema: S;
  /**
   * What the store keeps of each record instead of the record and its body; made once per
   * load, so it can read what it compares records with (the committees, for meetings).
   */
  summariser?: () => Promise<(data: z.output<S>) => unknown>;
  /** Other folders the summaries read (the committees, for meetings): a change there makes every summary again (and `astro dev` reloads). */
  dependsOn?: string[];
}

/**
 * The code that decides what is stored: every module of the model and of the site (summaries are
 * made from both). Whole folders, not a hand-kept list of files, so no module can be forgotten.
 */
const STORING_CODE = [new URL('../model/', import.meta.url), new URL('./', import.meta.url)];

/** The non-test TypeScript modules of the folders above, in a fixed order. */
async function storingCode(): Promise<URL[]> {
  const urls: URL[] = [];
  for (const folder of STORING_CODE) {
    const names = (await readdir(folder)).filter((name) => name.endsWith('.ts') && !/\.test(-data)?\.ts$/.test(name));
    urls.push(...names.sort().map((name) => new URL(name, folder)));
  }
  return urls;
}

/**
 * A digest of everything besides a record's own file that its stored entry depends on: the code
 * above and the folders the summaries read. Null when the code cannot be read (then nothing is reused).
 */
async function contextDigest(folders: string[], digest: (text: string) => string): Promise<string | null> {
  const texts: string[] = [];
  try {
    for (const url of await storingCode()) texts.push(await readFile(url, 'utf8'));
  } catch {
    return null;
  }
  for (const folder of folders) {
    for (const name of await recordFiles(folder)) texts.push(name, await readFile(join(folder, name), 'utf8'));
  }
  return digest(texts.join('\0'));
}

/** A kept entry's copy carried into this load's copies; undefined when it has none or it cannot be read. */
function carried(copies: CopyWriter, entry: Kept): RecordPlace | undefined {
  return entry.copy === undefined ? undefined : (copies.carry(entry.copy) ?? undefined);
}

/** Strings longer than this are not looked up (a summary's repeated strings are names, titles and codes). */
const SHARED_LENGTH = 200;

/**
 * Replaces, in place, every string of `value` by the first equal one `seen` holds, so that equal
 * strings are held once: each record's copy has its own (structuredClone and V8's deserialisation
 * copy every string), and agenda titles ("Apologies for Absence"), people's names, councils,
 * committees and codes repeat across thousands of records. At 10,000 meetings this is 30 of the
 * 42 MB of the records' strings.
 */
export function shareStrings<T>(value: T, seen: Map<string, string>): T {
  if (typeof value === 'string') {
    if (value.length > SHARED_LENGTH) return value;
    const known = seen.get(value);
    if (known !== undefined) return known as T;
    seen.set(value, value);
    return value;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = shareStrings(value[index], seen);
  } else if (value !== null && typeof value === 'object') {
    const fields = value as Record<string, unknown>;
    for (const key of Object.keys(fields)) fields[key] = shareStrings(fields[key], seen);
  }
  return value;
}

export function recordLoader<S extends z.ZodType>(folder: string, options: RecordLoaderOptions<S>): Loader {
  const root = resolve(folder);
  // The entries of the last load of this process (`astro dev` loads again when a file changes), and its mark.
  let kept: Map<string, Kept> | null = null;
  let keptMark: string | null = null;
  return {
    name: 'record-loader',
    load: async ({ collection, store, meta, config, generateDigest, watcher, logger }) => {
      const file = config?.cacheDir === undefined || collection === undefined ? null : keptFile(config.cacheDir, collection);
      const loadAll = async () => {
        // Astro keeps the store between builds: a record whose file (and context) did not change is not read again.
        const context = await contextDigest(
          (options.dependsOn ?? []).map((path) => resolve(path)),
          generateDigest,
        );
        if (context === null || meta.get('context') !== context) store.clear();
        if (context !== null) meta.set('context', context);
        // What the last load kept: this process's (`astro dev`), or the file's.
        const read = kept === null ? await readKept(file) : null;
        const previous = kept ?? read?.entries ?? new Map<string, Kept>();
        // Entries Astro's store says the last load kept: not when it was cleared (--force), or the file is another.
        const mark = store.get(KEPT_MARK)?.digest;
        const trusted = mark !== undefined && mark === (kept === null ? read?.stamp : keptMark);
        // A summarised collection's pages read whole records again: from copies (record-copies.ts).
        const copies =
          options.summariser === undefined || config?.cacheDir === undefined || collection === undefined
            ? null
            : new CopyWriter(
                copiesFolder(config.cacheDir, collection),
                [...previous.values()].flatMap((entry) => (entry.copy === undefined ? [] : [entry.copy])),
              );
        const next = new Map<string, Kept>();
        const seen = new Map<string, string>();
        let summarise: ((data: z.output<S>) => unknown) | null | undefined;
        try {
          for (const [index, name] of (await recordFiles(root)).entries()) {
            const id = recordId(name);
            const path = join(root, name);
            const filePath = relative(process.cwd(), path);
            // Read synchronously, the event loop getting a turn every few files (src/model/event-loop.ts).
            await turnEvery(index);
            const known = previous.get(id);
            const fileStamp = recordStamp(statSync(path), Date.now());
            // A file with the stamp its entry was made from is not read again: after an import, reading and
            // digesting every record to find the one that changed was much of a rebuild's content sync
            // (BENCHMARKS.md, round 16).
            const same = trusted && known !== undefined && known.filePath === filePath;
            let text = same && fileStamp !== undefined && known.fileStamp === fileStamp ? null : readFileSync(path, 'utf8');
            // The digest names all the entry is made from (the file's path and text, and the context), and
            // pages note their reads of it by it (src/site/archive.ts); without a context, a digest no other load gives.
            const digest = text === null ? (known as Kept).digest : generateDigest(`${filePath}\0${context ?? randomUUID()}\0${text}`);
            const unchanged = same && known.digest === digest;
            const copy = unchanged && copies !== null ? carried(copies, known) : undefined;
            // A record whose copy is lost is parsed again, for its copy.
            if (unchanged && (copies === null || copy !== undefined)) {
              // Read from the file, its strings are copies of their own; kept from the last load, already shared.
              if (kept === null) shareStrings(known.data, seen);
              // The same entry while its copy and stamp stay: written again from the file's bytes (kept-records.ts).
              const stays = (copies === null || copy === known.copy) && fileStamp === known.fileStamp;
              next.set(id, stays ? known : copies === null ? { ...known, fileStamp } : { ...known, copy, fileStamp });
              continue;
            }
            text ??= readFileSync(path, 'utf8');
            summarise ??= options.summariser ? await options.summariser() : null;
            const { data, body } = parseRecord(text, options.schema, path);
            // A copy: js-yaml's strings are slices of the file's text, and would keep every file in memory.
            const entry: Kept = summarise
              ? {
                  id,
                  data: shareStrings(structuredClone(summarise(data)), seen),
                  filePath,
                  digest,
                  fileStamp,
                  copy: copies?.add(digest, { data, body }),
                }
              : { id, data: shareStrings(data, seen), body, filePath, digest, fileStamp };
            next.set(id, entry);
          }
        } catch (error) {
          copies?.abandon();
          throw error;
        }
        if (collection !== undefined) publishCopies(collection, copies?.commit() ?? null);
        kept = next;
        const { stamp } = await writeKept(file, next.values(), read);
        // Astro's store: one entry naming the file just written (an earlier build's entry per record goes too).
        keptMark = stamp ?? randomUUID();
        store.clear();
        store.set({ id: KEPT_MARK, data: {}, digest: keptMark });
        // The pages of this process read these entries (record-store.ts).
        if (collection !== undefined) publishRecords(collection, { values: () => [...next.values()] });
      };
      await loadAll();
      // `astro dev`: reload the folder when a record in it, or in a folder it depends on, changes.
      const watched = [root, ...(options.dependsOn ?? []).map((folder) => resolve(folder))];
      for (const folder of watched) watcher?.add(folder);
      watcher?.on('all', (_event, path) => {
        if (watched.some((folder) => resolve(path).startsWith(folder))) loadAll().catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}
