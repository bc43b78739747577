/**
 * Content loader for one record folder. Astro's glob loader renders every Markdown body into
 * the data store while it syncs; the site never uses that HTML (record text is rendered by
 * src/lib/markdown/render.ts, with the archive's links), so on a large archive it only costs time
 * and memory. This loader reads each file, validates its frontmatter with the collection's
 * schema, and stores the data and the body as they are.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { splitFrontmatter } from './frontmatter.ts';

/** Markdown files below a folder, as sorted paths relative to it; none when it does not exist. */
async function recordFiles(folder: string): Promise<string[]> {
  try {
    const names = await readdir(folder, { recursive: true, encoding: 'utf8' });
    return names.filter((name) => name.endsWith('.md')).sort();
  } catch {
    return [];
  }
}

export function recordLoader(folder: string): Loader {
  const root = resolve(folder);
  return {
    name: 'record-loader',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const loadAll = async () => {
        store.clear();
        for (const name of await recordFiles(root)) {
          const filePath = join(root, name);
          const text = await readFile(filePath, 'utf8');
          const split = splitFrontmatter(text);
          if (split === null) throw new Error(`${filePath}: no frontmatter (a record starts with a line "---"); run npm run check`);
          const id = name.replace(/\.md$/, '').split('\\').join('/');
          const data = await parseData({ id, data: (parse(split.yaml) ?? {}) as Record<string, unknown>, filePath });
          store.set({ id, data, body: split.body, filePath: relative(process.cwd(), filePath), digest: generateDigest(text) });
        }
      };
      await loadAll();
      // `astro dev`: reload the folder when a record in it changes.
      watcher?.add(root);
      watcher?.on('all', (_event, path) => {
        if (resolve(path).startsWith(root)) loadAll().catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}
