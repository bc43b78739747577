import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { KEPT_MARK, recordLoader, shareStrings, type RecordLoaderOptions } from './record-loader.ts';
import { decodeKept, keptFile } from './kept-records.ts';
import { publishedRecords } from './record-store.ts';
import { copiesFolder, readCopy } from './record-copies.ts';
import type { RecordPlace } from '../model/cache-file.ts';

// The loader's reads of record files, counted by path (the loader reads them with readFileSync).
const fileReads = vi.hoisted(() => new Map<string, number>());
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const readFileSync = ((path: unknown, ...rest: unknown[]) => {
    if (typeof path === 'string' && path.endsWith('.md')) fileReads.set(path, (fileReads.get(path) ?? 0) + 1);
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
}

const schema = z.object({ date: z.string(), startTime: z.string(), venue: z.string().nullable().default(null) });

/**
 * A store and meta store like Astro's, and a cache folder, kept between loads as Astro keeps them
 * between builds; each has a collection name of its own.
 */
function memory() {
  const cacheDir = mkdtempSync(join(tmpdir(), 'astro-cache-'));
  const collection = `test-${cacheDir.slice(-6)}`;
  const entries = new Map<string, Stored & { digest?: string }>();
  const meta = new Map<string, string>();
  const store = {
    clear: () => entries.clear(),
    set: (entry: Stored) => entries.set(entry.id, entry),
    get: (id: string) => entries.get(id),
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
  };
  return {
    entries,
    store,
    collection,
    config: { cacheDir: new URL(`file://${cacheDir}/`) },
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
  };
}

/** Runs the loader (a new one, as each build makes) and returns the entries it hands to the pages. */
async function load(folder: string, options: RecordLoaderOptions<typeof schema> = { schema }, kept = memory()): Promise<Stored[]> {
  const context = {
    ...kept,
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
    logger: { error: () => undefined },
  } as unknown as LoaderContext;
  await recordLoader(folder, options).load(context);
  return (publishedRecords(kept.collection) ?? []) as Stored[];
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

  it('keeps a copy of each whole record of a summarised collection, which the pages read instead of its file', async () => {
    const folder = folderWithRecord();
    const read: string[] = [];
    const summariser = async () => (data: z.output<typeof schema>) => {
      read.push(data.date);
      return { date: data.date };
    };
    const kept = memory();
    const whole = { data: { date: '2015-01-15', startTime: '10:00', venue: null }, body: 'The *text*.\n' };
    const [record] = (await load(folder, { schema, summariser }, kept)) as (Stored & { digest: string; copy: RecordPlace })[];
    expect(readCopy(kept.collection, record!)).toEqual(whole);
    // Unchanged, the record is not read again and its copy stays.
    const [again] = (await load(folder, { schema, summariser }, kept)) as (Stored & { digest: string; copy: RecordPlace })[];
    expect(read).toHaveLength(1);
    expect(readCopy(kept.collection, again!)).toEqual(whole);
    // Copies lost (a cache folder cleared by hand): the record is read again for its copy.
    rmSync(copiesFolder(fileURLToPath(kept.config.cacheDir), kept.collection), { recursive: true });
    const [restored] = (await load(folder, { schema, summariser }, kept)) as (Stored & { digest: string; copy: RecordPlace })[];
    expect(read).toHaveLength(2);
    expect(readCopy(kept.collection, restored!)).toEqual(whole);
  });

  it("keeps one entry in Astro's store, naming the file the entries are kept in", async () => {
    const kept = memory();
    const [record] = await load(folderWithRecord(), { schema }, kept);
    const file = keptFile(kept.config.cacheDir, kept.collection);
    const stats = statSync(file);
    expect([...kept.entries.values()]).toEqual([{ id: KEPT_MARK, data: {}, digest: `${stats.size}:${stats.mtimeMs}:${stats.ino}` }]);
    expect([...decodeKept(readFileSync(file)).values()]).toEqual([{ ...record, digest: expect.any(String) }]);
    // A file cut short is not trusted: every record is read again.
    expect(decodeKept(readFileSync(file).subarray(0, 10)).size).toBe(0);
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

    // What the summaries read changed: every record is read again, and its digest, which pages'
    // reads of it are noted by (src/site/archive.ts), changes though its file did not.
    const before = (await load(folder, options, kept)) as (Stored & { digest: string })[];
    writeFileSync(join(committees, 'panel.md'), '---\nname: Panel\n---\n');
    const after = (await load(folder, options, kept)) as (Stored & { digest: string })[];
    expect(read.slice(3)).toEqual(['2016-02-02']);
    expect(after[0]?.digest).toMatch(/\w/);
    expect(after[0]?.digest).not.toBe(before[0]?.digest);
    const again = (await load(folder, options, kept)) as (Stored & { digest: string })[];
    expect(again[0]?.digest).toBe(after[0]?.digest);
  });

  it("reads every record again when Astro's store was cleared (astro build --force), though its entry is in the file", async () => {
    const folder = folderWithRecord();
    const read: string[] = [];
    const summariser = async () => (data: z.output<typeof schema>) => {
      read.push(data.date);
      return data;
    };
    const kept = memory();
    await load(folder, { schema, summariser }, kept);
    await load(folder, { schema, summariser }, kept);
    expect(read).toEqual(['2015-01-15']);
    kept.store.clear();
    expect(await load(folder, { schema, summariser }, kept)).toHaveLength(1);
    expect(read).toEqual(['2015-01-15', '2015-01-15']);
    // Nor when the file is not the one the store names (written again, by hand or by another build).
    const file = keptFile(kept.config.cacheDir, kept.collection);
    await load(folder, { schema, summariser }, kept);
    expect(read).toHaveLength(2);
    writeFileSync(`${file}.copy`, readFileSync(file));
    renameSync(`${file}.copy`, file);
    await load(folder, { schema, summariser }, kept);
    expect(read).toEqual(['2015-01-15', '2015-01-15', '2015-01-15']);
  });

  it('in astro dev, loads again when a file of a folder its summaries read changes', async () => {
    const folder = folderWithRecord();
    const committees = mkdtempSync(join(tmpdir(), 'committees-'));
    const watched: string[] = [];
    let onChange: (event: string, path: string) => void = () => undefined;
    let loads = 0;
    // Each load ends by storing one entry, the mark of what it kept: so many loads have finished.
    const kept = memory();
    let finished = 0;
    const store = { ...kept.store, set: (entry: Stored) => ((finished += 1), kept.store.set(entry)) };
    const context = {
      ...kept,
      store,
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
    // The reload runs on its own: wait for it to finish (on a busy machine it may take a while),
    // so that nothing of it is left running into the next test.
    await vi.waitFor(() => expect(finished).toBe(2), { timeout: 10_000 });
    expect(loads).toBe(2);
  });

  describe('a file whose stamp did not change', () => {
    afterEach(() => vi.restoreAllMocks());
    /** Loads `folder` as a build would some seconds after its files were written (their stamps settled). */
    const later = async (folder: string, kept: ReturnType<typeof memory>) => {
      const now = Date.now() + 10_000;
      vi.spyOn(Date, 'now').mockReturnValue(now);
      fileReads.clear();
      const stored = await load(folder, { schema }, kept);
      vi.restoreAllMocks();
      return stored;
    };
    const reads = () => [...fileReads.keys()].map((path) => path.replace(/.*records-[^/]+\//, ''));
    /** What the pages read of the entries (a stamp is the loader's own). */
    const read = (stored: Stored[]) =>
      stored.map(({ id, data, body, digest }: Stored & { digest?: string }) => ({ id, data, body, digest }));

    it('is not read again; one whose stamp changed is, even to the same text', async () => {
      const folder = folderWithRecord();
      writeFileSync(join(folder, 'other.md'), '---\ndate: 2016-01-01\nstartTime: 09:00\n---\n');
      const kept = memory();
      const first = read(await later(folder, kept));
      expect(reads()).toEqual(['essex/panel/2015-01-15.md', 'other.md']);
      expect(read(await later(folder, kept))).toEqual(first);
      expect(reads()).toEqual([]);
      // The same size and a modification time put back (as `cp -p` or `tar` gives): the change time still moves.
      const past = new Date('2020-01-01T00:00:00Z');
      utimesSync(join(folder, 'other.md'), past, past);
      expect(read(await later(folder, kept))).toEqual(first);
      expect(reads()).toEqual(['other.md']);
      writeFileSync(join(folder, 'other.md'), '---\ndate: 2016-09-09\nstartTime: 09:00\n---\n');
      utimesSync(join(folder, 'other.md'), past, past);
      const changed = read(await later(folder, kept));
      expect(reads()).toEqual(['other.md']);
      expect(changed.find((entry) => entry.id === 'other')?.data['date']).toBe('2016-09-09');
      expect(read(await later(folder, kept))).toEqual(changed);
      expect(reads()).toEqual([]);
    });

    it('is read again when it changed just before it was read (a change in the same tick would keep its stamp)', async () => {
      const folder = folderWithRecord();
      const kept = memory();
      fileReads.clear();
      await load(folder, { schema }, kept);
      fileReads.clear();
      await load(folder, { schema }, kept);
      expect(reads()).toEqual(['essex/panel/2015-01-15.md']);
    });
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

describe('shareStrings', () => {
  it('gives equal strings of records one copy, and leaves the records equal to what they were', () => {
    const seen = new Map<string, string>();
    const first = shareStrings(structuredClone({ items: [{ title: 'Apologies for Absence' }], council: 'essex' }), seen);
    const second = structuredClone({ items: [{ title: 'Apologies for Absence' }], council: 'essex', date: null, count: 2 });
    const shared = shareStrings(second, seen);
    expect(shared).toBe(second);
    expect(shared).toEqual({ items: [{ title: 'Apologies for Absence' }], council: 'essex', date: null, count: 2 });
    expect([...seen.keys()]).toEqual(['Apologies for Absence', 'essex']);
    expect(seen.get('essex')).toBe(first.council);
  });
});

describe('splitFrontmatter', () => {
  it('splits YAML from the body, and says null without frontmatter', () => {
    expect(splitFrontmatter('---\na: 1\n---\nBody\n')).toEqual({ yaml: 'a: 1', body: 'Body\n' });
    expect(splitFrontmatter('---\na: 1\n---')).toEqual({ yaml: 'a: 1', body: '' });
    expect(splitFrontmatter('a: 1\n')).toBeNull();
  });
});
