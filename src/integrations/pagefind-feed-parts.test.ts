import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PagefindIndex } from 'pagefind';
import { SORT_VALUES_FILE } from '../model/pagefind-merge.ts';
import { reusedPart, startRoot, writePart, writePartLists, type Part, type WrittenPart } from './pagefind-feed-parts.ts';

const dir = mkdtempSync(join(tmpdir(), 'pagefind-feed-parts-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const part = (index: Partial<PagefindIndex>): Part => ({
  service: 0,
  index: Promise.resolve(index as PagefindIndex),
  pages: 1,
  bytes: 10,
  pending: [],
  sortValues: [{ date: '2024-01-02' }],
  digests: ['d1'],
  match: null,
  held: [],
});

const noIndex = () => Promise.reject(new Error('the part has its index'));

describe('writePart', () => {
  it("reports Pagefind's errors with the folder written, and keeps nothing of the part", async () => {
    const errors: string[] = [];
    let deleted = false;
    const index = {
      writeFiles: () => Promise.resolve({ errors: ['disk full'], outputPath: '' }),
      deleteIndex: () => {
        deleted = true;
        return Promise.resolve(null);
      },
    };
    const written = await writePart(part(index), {
      folder: 'part-2/',
      outputPath: '/out/x',
      createIndex: noIndex,
      cache: undefined,
      errors,
    });
    expect(errors).toEqual(['/out/x: disk full']);
    expect(deleted).toBe(true);
    expect(written).toEqual({ folder: 'part-2/', sortValues: [{ date: '2024-01-02' }], reused: false, digest: null });
  });

  it('never rejects: a failed write is an error for the feed to report', async () => {
    const errors: string[] = [];
    const index = { writeFiles: () => Promise.reject(new Error('Pagefind went away')) };
    const written = await writePart(part(index), { folder: '', outputPath: '/out/y', createIndex: noIndex, cache: undefined, errors });
    expect(errors).toEqual(['/out/y: Error: Pagefind went away']);
    expect(written.reused).toBe(false);
  });
});

describe('reusedPart', () => {
  it("takes the kept part's files, sort values and digest as they are", () => {
    const kept = { digest: 'abc', dir: '/cache/abc', plainDir: '/cache/abc.plain', pages: ['d1'], sortValues: [{ date: '2020-05-06' }] };
    expect(reusedPart('part-3/', kept)).toEqual({
      folder: 'part-3/',
      dir: '/cache/abc',
      plainDir: '/cache/abc.plain',
      sortValues: [{ date: '2020-05-06' }],
      reused: true,
      digest: 'abc',
    });
  });
});

describe('writePartLists', () => {
  const parts: WrittenPart[] = ['', 'part-2/', 'part-3/'].map((folder) => ({ folder, sortValues: [], reused: false, digest: null }));
  const merged = { sortValues: [{ date: '2021-01-01' }], councils: 0, mergeSeconds: 0 };

  it('lists the parts after the first for the browser to merge when the merge refused them', async () => {
    const root = mkdtempSync(join(dir, 'refused-'));
    await writePartLists(root, parts, { ...merged, refusal: 'an unknown format' }, true);
    expect(JSON.parse(readFileSync(join(root, 'parts.json'), 'utf8'))).toEqual(['part-2/', 'part-3/']);
    // Sort values in the order of an index that is not one are of no use to an assembler.
    expect(() => readFileSync(join(root, SORT_VALUES_FILE))).toThrow();
  });

  it("lists none once merged, and keeps the pages' sort values only when asked", async () => {
    const asked = mkdtempSync(join(dir, 'asked-'));
    await writePartLists(asked, parts, { ...merged, refusal: null }, true);
    expect(JSON.parse(readFileSync(join(asked, 'parts.json'), 'utf8'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(asked, SORT_VALUES_FILE), 'utf8'))).toEqual([{ date: '2021-01-01' }]);
    const unasked = mkdtempSync(join(dir, 'unasked-'));
    await writePartLists(unasked, parts, { ...merged, refusal: null }, false);
    expect(() => readFileSync(join(unasked, SORT_VALUES_FILE))).toThrow();
  });
});

describe('startRoot', () => {
  it("makes the index's folder with the first kept part's own files, not its folders", async () => {
    const first = mkdtempSync(join(dir, 'first-'));
    writeFileSync(join(first, 'pagefind.js'), 'script');
    mkdirSync(join(first, 'index'));
    const root = join(dir, 'root');
    await startRoot(root, { folder: '', dir: first, sortValues: [] });
    expect(readdirSync(root)).toEqual(['pagefind.js']);
    expect(readFileSync(join(root, 'pagefind.js'), 'utf8')).toBe('script');
  });

  it('makes it empty when no part is kept', async () => {
    const root = join(dir, 'empty-root');
    await startRoot(root, undefined);
    expect(readdirSync(root)).toEqual([]);
  });
});
