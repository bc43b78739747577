import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { splitFrontmatter } from './frontmatter.ts';
import { recordLoader, type RecordLoaderOptions } from './record-loader.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
}

const schema = z.object({ date: z.string(), startTime: z.string(), venue: z.string().nullable().default(null) });

/** Runs the loader with a store that records what it is given. */
async function load(folder: string, options: RecordLoaderOptions<typeof schema> = { schema }): Promise<Stored[]> {
  const stored: Stored[] = [];
  const context = {
    store: { clear: () => stored.splice(0), set: (entry: Stored) => stored.push(entry) },
    generateDigest: (text: string) => String(text.length),
    logger: { error: () => undefined },
  } as unknown as LoaderContext;
  await recordLoader(folder, options).load(context);
  return stored;
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

  it('in astro dev, loads again when a file of a folder its summaries read changes', async () => {
    const folder = folderWithRecord();
    const committees = mkdtempSync(join(tmpdir(), 'committees-'));
    const watched: string[] = [];
    let onChange: (event: string, path: string) => void = () => undefined;
    let loads = 0;
    const context = {
      store: { clear: () => undefined, set: () => undefined },
      generateDigest: () => '',
      logger: { error: () => undefined },
      watcher: { add: (path: string) => watched.push(path), on: (_name: string, listener: typeof onChange) => (onChange = listener) },
    } as unknown as LoaderContext;
    const summariser = async () => {
      loads += 1;
      return (data: z.output<typeof schema>) => data;
    };
    await recordLoader(folder, { schema, summariser, dependsOn: [committees] }).load(context);
    expect(watched).toEqual([folder, committees]);
    onChange('change', join(committees, 'panel.md'));
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
