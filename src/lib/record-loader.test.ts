import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { splitFrontmatter } from './frontmatter.ts';
import { recordLoader } from './record-loader.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
}

/** Runs the loader with a store that records what it is given. */
async function load(folder: string): Promise<Stored[]> {
  const stored: Stored[] = [];
  const context = {
    store: { clear: () => stored.splice(0), set: (entry: Stored) => stored.push(entry) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => ({ ...data, parsed: true }),
    generateDigest: (text: string) => String(text.length),
    logger: { error: () => undefined },
  } as unknown as LoaderContext;
  await recordLoader(folder).load(context);
  return stored;
}

describe('recordLoader', () => {
  it('stores every record below the folder with its path as id, its parsed data and its body, unrendered', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'records-'));
    mkdirSync(join(folder, 'essex/panel'), { recursive: true });
    writeFileSync(join(folder, 'essex/panel/2015-01-15.md'), '---\ndate: 2015-01-15\nstartTime: 10:00\n---\nThe *text*.\n');
    writeFileSync(join(folder, 'essex/notes.txt'), 'not a record');
    const [record, ...rest] = await load(folder);
    expect(rest).toEqual([]);
    expect(record).toMatchObject({
      id: 'essex/panel/2015-01-15',
      body: 'The *text*.\n',
      data: { date: '2015-01-15', startTime: '10:00', parsed: true },
    });
    expect(record).not.toHaveProperty('rendered');
  });

  it('has nothing to load from a folder that does not exist', async () => {
    expect(await load(join(tmpdir(), 'no-such-folder-for-records'))).toEqual([]);
  });

  it('names the file that has no frontmatter', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'records-'));
    writeFileSync(join(folder, 'bad.md'), 'Just text.\n');
    await expect(load(folder)).rejects.toThrow(/bad\.md: no frontmatter/);
  });
});

describe('splitFrontmatter', () => {
  it('splits YAML from the body, and says null without frontmatter', () => {
    expect(splitFrontmatter('---\na: 1\n---\nBody\n')).toEqual({ yaml: 'a: 1', body: 'Body\n' });
    expect(splitFrontmatter('---\na: 1\n---')).toEqual({ yaml: 'a: 1', body: '' });
    expect(splitFrontmatter('a: 1\n')).toBeNull();
  });
});
