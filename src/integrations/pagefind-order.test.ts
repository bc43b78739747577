import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PagefindIndex } from 'pagefind';
import { PagefindFeed } from './pagefind-feed.ts';

/** An output folder with a `pagefind/` folder, where the feed writes `parts.json`. */
function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-order-'));
  mkdirSync(join(dir, 'pagefind'));
  return dir;
}

/** A stand-in for Pagefind that records what it is given, part by part. */
function recordingIndex(parts: string[][]): () => Promise<PagefindIndex> {
  return () => {
    const part: string[] = [];
    parts.push(part);
    const index = {
      addHTMLFile: ({ sourcePath }: { sourcePath: string }) => {
        part.push(sourcePath);
        return Promise.resolve({ errors: [] });
      },
      writeFiles: () => Promise.resolve({ errors: [] }),
      deleteIndex: () => Promise.resolve(),
    };
    return Promise.resolve(index as unknown as PagefindIndex);
  };
}

/** A page Pagefind indexes (it has data-pagefind-body). */
const page = (text: string) => `<main data-pagefind-body>${text}</main>`;

describe('the order pages reach Pagefind (issue 12, row 10)', () => {
  it('is the order renders start, whatever order they finish in', async () => {
    const parts: string[][] = [];
    const feed = new PagefindFeed({
      createIndex: recordingIndex(parts),
      base: '/',
      outDir: outDir(),
      pagesPerPart: 2,
      partBytes: Infinity,
    });
    for (const name of ['a', 'b', 'c', 'd', 'e']) feed.reserve(`/${name}/`);
    // Finished out of order; d is not an HTML page.
    feed.add('/c/', page('C'));
    feed.settle('/c/');
    feed.settle('/d/');
    feed.add('/e/', page('E'));
    feed.settle('/e/');
    feed.add('/b/', page('B'));
    feed.settle('/b/');
    expect(parts).toEqual([]);
    feed.add('/a/', page('A'));
    feed.settle('/a/');
    await feed.finish();
    // In parts (where they end depends on the pages: pagefind-part-cuts.ts), in the order renders started.
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flat()).toEqual(['a/index.html', 'b/index.html', 'c/index.html', 'e/index.html']);
    expect(feed.pages).toBe(4);
  });

  it('sends pages that had no reserved place in path order at the end', async () => {
    const parts: string[][] = [];
    const feed = new PagefindFeed({
      createIndex: recordingIndex(parts),
      base: '/',
      outDir: outDir(),
      pagesPerPart: Infinity,
      partBytes: Infinity,
    });
    feed.reserve('/z/');
    feed.add('/y/', page('Y'));
    feed.add('/x/', page('X'));
    feed.add('/z/', page('Z'));
    await feed.finish();
    expect(parts).toEqual([['z/index.html', 'x/index.html', 'y/index.html']]);
  });
});
