import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ListingWorker, listOutput } from './output-listing.ts';

const root = mkdtempSync(join(tmpdir(), 'output-listing-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** An output folder: pages in folders, a file at the top, an empty folder, a broken link and a folder left alone. */
function folder(): string {
  const dir = mkdtempSync(join(root, 'dist-'));
  mkdirSync(join(dir, 'meetings/a'), { recursive: true });
  writeFileSync(join(dir, 'meetings/a/index.html'), 'page a');
  writeFileSync(join(dir, 'index.html'), 'home page');
  mkdirSync(join(dir, 'old/empty'), { recursive: true });
  symlinkSync(join(dir, 'nowhere'), join(dir, 'broken'));
  mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
  writeFileSync(join(dir, 'pagefind/fragment/x.pf_fragment'), 'x');
  return dir;
}

describe('listOutput', () => {
  it('lists every file with its size and the empty folders, but in the top folders left alone', () => {
    const listing = listOutput(folder(), ['pagefind']);
    const sizes = Object.fromEntries(listing.files.map((file, at) => [file, listing.sizes[at]]));
    expect(sizes).toEqual({ 'meetings/a/index.html': 6, 'index.html': 9, broken: -1 });
    expect(listing.empty).toEqual(['old/empty']);
  });

  it('throws for a folder that is not there', () => {
    expect(() => listOutput(join(root, 'none'), [])).toThrow(/ENOENT/);
  });
});

describe('ListingWorker', () => {
  it('gives the listing listOutput gives, made in a worker thread', async () => {
    const dir = folder();
    await expect(new ListingWorker(dir, ['pagefind']).listing).resolves.toEqual(listOutput(dir, ['pagefind']));
  });

  it('rejects, naming the failure, for a folder that is not there', async () => {
    await expect(new ListingWorker(join(root, 'none'), []).listing).rejects.toThrow(/listing the output folder failed: .*ENOENT/);
  });

  it('ends when closed unused', async () => {
    await expect(new ListingWorker(folder(), []).close()).resolves.toBeUndefined();
  });
});
