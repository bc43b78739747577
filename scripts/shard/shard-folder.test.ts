import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SORT_VALUES_FILE } from '../../src/model/pagefind-merge.ts';
import { pagesText, SHARD_MANIFEST, type ShardManifest } from '../../src/model/shard.ts';
import { AssembleError, checkShards, readParts, readShard, readSortValues, type Shard } from './shard-folder.ts';

/** The site's four pages; shard k of 2 builds `SPLIT[k]`. */
const SITE_PAGES = ['', 'meetings/a', 'meetings/b', 'search'];
const SPLIT: Record<number, string[]> = { 1: ['', 'meetings/a'], 2: ['meetings/b', 'search'] };

/** A shard's manifest as its build writes it (`change` edits it), in the folder `dir`. */
function shardOf(index: number, change: Partial<ShardManifest> = {}, dir = `shards/shard-${index}`): Shard {
  const site = { shards: 2, commit: 'abc', content: 'c0ffee', base: '/', site: null, buildDate: '2024-05-01' } as const;
  const pagesDigest = createHash('sha256').update(pagesText(SITE_PAGES)).digest('hex');
  const built = SPLIT[index] ?? [];
  return { dir, manifest: { format: 1, shard: index, ...site, pages: SITE_PAGES.length, pagesDigest, built, ...change } };
}

/** The refusal's message when checkShards refuses `shards`. */
function refusal(shards: Shard[]): string {
  try {
    checkShards(shards);
  } catch (error) {
    expect(error).toBeInstanceOf(AssembleError);
    return (error as Error).message;
  }
  throw new Error('checkShards took shards it should refuse');
}

describe('checkShards', () => {
  it('takes shards that make the whole site, in any order, and gives them in shard order', () => {
    const [one, two] = [shardOf(1), shardOf(2)];
    expect(checkShards([two, one])).toEqual([one, two]);
    const only = shardOf(1, { shards: 1, built: SITE_PAGES });
    expect(checkShards([only])).toEqual([only]);
  });

  it('refuses no shards', () => {
    expect(refusal([])).toBe('no shards given: give the output folder of every shard');
  });

  it('refuses two folders that claim the same shard, naming both', () => {
    expect(refusal([shardOf(1), shardOf(2), shardOf(1, {}, 'elsewhere/one')])).toBe(
      'shards/shard-1 and elsewhere/one are both shard 1/2: give each shard once',
    );
  });

  it('refuses shards of splits of different sizes, or of different builds, naming the field and both values', () => {
    expect(refusal([shardOf(1), shardOf(2, { shards: 3 })])).toBe(
      'shards/shard-1 (shard 1/2) and shards/shard-2 (shard 2/3) are not shards of one build: their shards differs (2 and 3); build every shard from the same commit, content and settings',
    );
    expect(refusal([shardOf(1), shardOf(2, { pages: 5 })])).toMatch(/: their pages differs \(4 and 5\);/);
    expect(refusal([shardOf(1), shardOf(2, { site: 'https://example.org' })])).toMatch(
      /: their site differs \(null and "https:\/\/example.org"\);/,
    );
    expect(refusal([shardOf(1), shardOf(2, { pagesDigest: 'beef' })])).toMatch(/: their pagesDigest differs/);
  });

  it('refuses missing shards, naming each', () => {
    const one = shardOf(1, { shards: 3 });
    expect(refusal([one])).toBe('shard 2/3, shard 3/3 are missing: give the output folder of every shard (3 in all)');
    expect(refusal([one, shardOf(3, { shards: 3 })])).toBe('shard 2/3 is missing: give the output folder of every shard (3 in all)');
  });

  it('refuses a page built by two shards, naming the page and both shards', () => {
    expect(refusal([shardOf(1), shardOf(2, { built: ['meetings/a', 'meetings/b', 'search'] })])).toBe(
      'the page /meetings/a was built by shards/shard-1 (shard 1/2) and by shards/shard-2 (shard 2/2): a page belongs to one shard',
    );
  });

  it("refuses shards that leave pages out, or whose pages are not the site's", () => {
    expect(refusal([shardOf(1, { built: [''] }), shardOf(2, { built: ['search'] })])).toBe(
      "2 of the site's 4 pages were built by no shard: the shards do not make the whole site",
    );
    // As many pages as the site's, but not the same ones: only the digest tells.
    expect(refusal([shardOf(1), shardOf(2, { built: ['meetings/b', 'searchx'] })])).toBe(
      "the shards built pages that are not the site's 4 pages: the shards do not make one site",
    );
  });
});

describe("reading a shard's folder", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shard-folder-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const writeManifest = (data: unknown) => writeFileSync(join(dir, SHARD_MANIFEST), typeof data === 'string' ? data : JSON.stringify(data));

  it("readShard reads the manifest of a shard's build", async () => {
    const { manifest } = shardOf(2);
    writeManifest(manifest);
    expect(await readShard(dir)).toEqual({ dir, manifest });
  });

  it('readShard refuses a missing folder, a folder without a manifest, and a manifest it cannot read', async () => {
    await expect(readShard(join(dir, 'nowhere'))).rejects.toThrow(new AssembleError(`${join(dir, 'nowhere')}: no such folder`));
    await expect(readShard(dir)).rejects.toThrow(
      new AssembleError(
        `${dir} is not the output of a shard's build: it has no ${SHARD_MANIFEST} (build it with npm run build -- --shard k/n; a build that failed writes none)`,
      ),
    );
    writeManifest('{"format":');
    await expect(readShard(dir)).rejects.toThrow(new AssembleError(`${join(dir, SHARD_MANIFEST)} is not JSON: build the shard again`));
    const { manifest } = shardOf(1);
    for (const change of [
      { format: 2 },
      { shard: 0 },
      { shard: 3 },
      { shards: 1.5 },
      { commit: 7 },
      { site: undefined },
      { built: [''], pages: -1 },
      { built: [1] },
    ]) {
      writeManifest({ ...manifest, ...change });
      await expect(readShard(dir), JSON.stringify(change)).rejects.toThrow(
        new AssembleError(
          `${join(dir, SHARD_MANIFEST)} is not a shard manifest this version reads: build the shard again with this commit`,
        ),
      );
    }
  });

  it("readParts gives the list of the index's parts, and refuses a shard without one", async () => {
    const shard = shardOf(2, {}, dir);
    await expect(readParts(dir, shard)).rejects.toThrow(
      new AssembleError(
        `${dir} (shard 2/2) has no search index (${join(dir, 'parts.json')} is missing or not JSON): build the shard again`,
      ),
    );
    writeFileSync(join(dir, 'parts.json'), '{"part":"part-2/"}');
    await expect(readParts(dir, shard)).rejects.toThrow(new AssembleError(`${join(dir, 'parts.json')} is not a list of index parts`));
    writeFileSync(join(dir, 'parts.json'), '["part-2/","part-3/"]\n');
    expect(await readParts(dir, shard)).toEqual(['part-2/', 'part-3/']);
  });

  it("readSortValues gives each page's sort values, null when the shard kept none, and refuses anything else", async () => {
    const shard = shardOf(2, {}, dir);
    expect(await readSortValues(dir, shard)).toBeNull();
    writeFileSync(join(dir, SORT_VALUES_FILE), '[{"date":"2020-01-01"},{}]');
    expect(await readSortValues(dir, shard)).toEqual([{ date: '2020-01-01' }, {}]);
    writeFileSync(join(dir, SORT_VALUES_FILE), '[{"date":2020}]');
    await expect(readSortValues(dir, shard)).rejects.toThrow(
      `${join(dir, SORT_VALUES_FILE)} is not a list of each page's sort values (${dir} (shard 2/2)): build the shard again with this commit`,
    );
    rmSync(join(dir, SORT_VALUES_FILE));
    mkdirSync(join(dir, SORT_VALUES_FILE));
    await expect(readSortValues(dir, shard)).rejects.toThrow(new RegExp(`^${join(dir, SORT_VALUES_FILE)}: EISDIR`));
  });
});
