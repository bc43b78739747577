/**
 * Content loader for one record folder. Each file is read, its frontmatter checked against the
 * record's full schema, and the store is given either the record and its body as they are
 * (councils, committees, people: small), or a summary without body (meetings, reports,
 * recommendations). Record pages read their own file again when they are built
 * (src/model/record-file.ts), so the data store, and the build's memory, hold summaries only:
 * an archive of 100,000 meetings is about 2 GB of Markdown.
 *
 * Astro's glob loader is not used: it renders every body into the store while it syncs,
 * and the site renders record text itself with the archive's links.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseRecord, recordFiles, recordId } from '../model/record-file.ts';

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

export function recordLoader<S extends z.ZodType>(folder: string, options: RecordLoaderOptions<S>): Loader {
  const root = resolve(folder);
  return {
    name: 'record-loader',
    load: async ({ store, meta, generateDigest, watcher, logger }) => {
      const loadAll = async () => {
        // Astro keeps the store between builds: a record whose file (and context) did not change is not read again.
        const context = await contextDigest(
          (options.dependsOn ?? []).map((path) => resolve(path)),
          generateDigest,
        );
        if (context === null || meta.get('context') !== context) store.clear();
        if (context !== null) meta.set('context', context);
        let summarise: ((data: z.output<S>) => unknown) | null | undefined;
        const ids = new Set<string>();
        for (const name of await recordFiles(root)) {
          const id = recordId(name);
          const file = join(root, name);
          const filePath = relative(process.cwd(), file);
          const text = await readFile(file, 'utf8');
          // The path is part of the digest: Astro's store keeps an entry whose digest is unchanged as it
          // was, so a record moved (another CONTENT_DIR) would keep pointing at its old file.
          const digest = generateDigest(`${filePath}\0${text}`);
          ids.add(id);
          const held = store.get(id);
          if (held?.digest === digest && held.filePath === filePath) continue;
          summarise ??= options.summariser ? await options.summariser() : null;
          const { data, body } = parseRecord(text, options.schema, file);
          // A copy: js-yaml's strings are slices of the file's text, and would keep every file in memory.
          const stored = summarise
            ? { data: structuredClone(summarise(data)) as Record<string, unknown> }
            : { data: data as Record<string, unknown>, body };
          store.set({ id, ...stored, filePath, digest });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
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
