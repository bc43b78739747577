import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { recordLoader, type RecordLoaderOptions } from './record-loader.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
}

const schema = z.object({ date: z.string(), startTime: z.string(), venue: z.string().nullable().default(null) });

/** A store and meta store like Astro's, kept between loads as Astro keeps them between builds. */
function memory() {
  const entries = new Map<string, Stored & { digest?: string }>();
  const meta = new Map<string, string>();
  const store = {
    clear: () => entries.clear(),
    set: (entry: Stored) => entries.set(entry.id, entry),
    get: (id: string) => entries.get(id),
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
  };
  return { entries, store, meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) } };
}

/** Runs the loader with a store that records what it is given. */
async function load(folder: string, options: RecordLoaderOptions<typeof schema> = { schema }, kept = memory()): Promise<Stored[]> {
  const context = {
    store: kept.store,
    meta: kept.meta,
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
    logger: { error: () => undefined },
  } as unknown as LoaderContext;
  await recordLoader(folder, options).load(context);
  return [...kept.entries.values()];
}

function folderWithRecord(): string {
  const folder = mkdtempSync(join(tmpdir(), 'records-'));
  mkdirSync(join(folder, 'essex/panel'), { recursive: true });
  writeFileSync(join(folder, 'essex/panel/2015-01-15.md'), '---\ndate: 2015-01-15\nstartTime: 10:00\n---\nThe *text*.\n');
  writeFileSync(join(folder, 'essex/notes.txt'), 'not a record');
  return folder;
}

describe('recordLoader', () => {
  it('stores every record below the folder with its path as id, its checked data and its body, unrendered', async () => {
    const [record, ...rest] = await load(folderWithRecord());
    expect(rest).toEqual([]);
    expect(record).toMatchObject({
      id: 'essex/panel/2015-01-15',
      body: 'The *text*.\n',
      data: { date: '2015-01-15', startTime: '10:00', venue: null },
    });
    expect(record?.filePath).toMatch(/essex\/panel\/2015-01-15\.md$/);
    expect(record).not.toHaveProperty('rendered');
  });

  it('stores only the summary, and no body, when the collection has a summariser', async () => {
    const summariser = async () => (data: z.output<typeof schema>) => ({ date: data.date });
    const [record] = await load(folderWithRecord(), { schema, summariser });
    expect(record?.data).toEqual({ date: '2015-01-15' });
    expect(record).not.toHaveProperty('body');
    expect(record?.filePath).toMatch(/2015-01-15\.md$/);
  });

  it('reads again only the files that changed since the last load, and drops removed ones', async () => {
    const folder = folderWithRecord();
    writeFileSync(join(folder, 'other.md'), '---\ndate: 2016-01-01\nstartTime: 09:00\n---\n');
    const committees = mkdtempSync(join(tmpdir(), 'committees-'));
    const read: string[] = [];
    const summariser = async () => (data: z.output<typeof schema>) => {
      read.push(data.date);
      return data;
    };
    const kept = memory();
    const options = { schema, summariser, dependsOn: [committees] };
    await load(folder, options, kept);
    expect(read).toEqual(['2015-01-15', '2016-01-01']);

    writeFileSync(join(folder, 'other.md'), '---\ndate: 2016-02-02\nstartTime: 09:00\n---\n');
    rmSync(join(folder, 'essex/panel/2015-01-15.md'));
    const stored = await load(folder, options, kept);
    expect(read).toEqual(['2015-01-15', '2016-01-01', '2016-02-02']);
    expect(stored.map((entry) => entry.id)).toEqual(['other']);

    // What the summaries read changed: every record is read again.
    writeFileSync(join(committees, 'panel.md'), '---\nname: Panel\n---\n');
    await load(folder, options, kept);
    expect(read.slice(3)).toEqual(['2016-02-02']);
  });

  it('in astro dev, loads again when a file of a folder its summaries read changes', async () => {
    const folder = folderWithRecord();
    const committees = mkdtempSync(join(tmpdir(), 'committees-'));
    const watched: string[] = [];
    let onChange: (event: string, path: string) => void = () => undefined;
    let loads = 0;
    const context = {
      ...memory(),
      generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
      logger: { error: () => undefined },
      watcher: { add: (path: string) => watched.push(path), on: (_name: string, listener: typeof onChange) => (onChange = listener) },
    } as unknown as LoaderContext;
    const summariser = async () => {
      loads += 1;
      return (data: z.output<typeof schema>) => data;
    };
    await recordLoader(folder, { schema, summariser, dependsOn: [committees] }).load(context);
    expect(watched).toEqual([folder, committees]);
    writeFileSync(join(committees, 'panel.md'), '---\nname: Panel\n---\n');
    onChange('add', join(committees, 'panel.md'));
    onChange('change', join(tmpdir(), 'elsewhere.md'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads).toBe(2);
  });

  it('has nothing to load from a folder that does not exist', async () => {
    expect(await load(join(tmpdir(), 'no-such-folder-for-records'))).toEqual([]);
  });

  it('names the file that has no frontmatter, and the field a record gets wrong', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'records-'));
    writeFileSync(join(folder, 'bad.md'), 'Just text.\n');
    await expect(load(folder)).rejects.toThrow(/bad\.md: no frontmatter/);
    writeFileSync(join(folder, 'bad.md'), '---\ndate: 2015-01-15\n---\n');
    await expect(load(folder)).rejects.toThrow(/bad\.md: startTime: /);
  });
});

describe('splitFrontmatter', () => {
  it('splits YAML from the body, and says null without frontmatter', () => {
    expect(splitFrontmatter('---\na: 1\n---\nBody\n')).toEqual({ yaml: 'a: 1', body: 'Body\n' });
    expect(splitFrontmatter('---\na: 1\n---')).toEqual({ yaml: 'a: 1', body: '' });
    expect(splitFrontmatter('a: 1\n')).toBeNull();
  });
});
