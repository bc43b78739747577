/**
 * Content loader for one record folder. Each file is read, its frontmatter checked against the
 * record's full schema, and the store is given either the record and its body as they are
 * (councils, committees, people: small), or a summary without body (meetings, reports,
 * recommendations). Record pages read their own file again when they are built
 * (src/lib/record-file.ts), so the data store, and the build's memory, hold summaries only:
 * an archive of 100,000 meetings is about 2 GB of Markdown.
 *
 * Astro's glob loader is not used: it renders every body into the store while it syncs,
 * and the site renders record text itself with the archive's links.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseRecord, recordFiles, recordId } from './record-file.ts';

export interface RecordLoaderOptions<S extends z.ZodType> {
  /** The record's schema: every file is checked against it. */
  schema: S;
  /**
   * What the store keeps of each record instead of the record and its body; made once per
   * load, so it can read what it compares records with (the committees, for meetings).
   */
  summariser?: () => Promise<(data: z.output<S>) => unknown>;
  /** Other folders the summaries read (the committees, for meetings): `astro dev` reloads when they change. */
  dependsOn?: string[];
}

export function recordLoader<S extends z.ZodType>(folder: string, options: RecordLoaderOptions<S>): Loader {
  const root = resolve(folder);
  return {
    name: 'record-loader',
    load: async ({ store, generateDigest, watcher, logger }) => {
      const loadAll = async () => {
        const summarise = options.summariser ? await options.summariser() : null;
        store.clear();
        for (const name of await recordFiles(root)) {
          const file = join(root, name);
          const text = await readFile(file, 'utf8');
          const { data, body } = parseRecord(text, options.schema, file);
          const stored = summarise ? { data: summarise(data) as Record<string, unknown> } : { data: data as Record<string, unknown>, body };
          store.set({ id: recordId(name), ...stored, filePath: relative(process.cwd(), file), digest: generateDigest(text) });
        }
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
