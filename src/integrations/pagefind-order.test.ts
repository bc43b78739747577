import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { PagefindIndex } from 'pagefind';
import { closeFeed, openFeed, PagefindFeed } from './pagefind-feed.ts';
import { orderedPrerenderer } from './ordered-prerenderer.ts';

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

  it('ends a render only once Pagefind has caught up with the pages sent to it', async () => {
    const answers: (() => void)[] = [];
    const index = {
      addHTMLFile: () => new Promise((resolve) => answers.push(() => resolve({ errors: [] }))),
    } as unknown as PagefindIndex;
    // No page may wait for its answer: each render waits for its own page's.
    const feed = new PagefindFeed({
      createIndex: () => Promise.resolve(index),
      base: '/',
      outDir: outDir(),
      pagesPerPart: Infinity,
      partBytes: Infinity,
      unanswered: 0,
    });
    // Astro's prerenderer, as far as the wrapper uses it; its middleware gives the feed the page.
    const inner = {
      name: 'astro',
      render: (request: Request) => {
        feed.add(new URL(request.url).pathname, page('A'));
        return Promise.resolve(new Response('<p>A</p>'));
      },
    } as unknown as Parameters<typeof orderedPrerenderer>[0];
    openFeed(feed);
    try {
      let over = false;
      const rendered = orderedPrerenderer(inner)
        .render(new Request('http://localhost/a/'), {} as never)
        .then(() => (over = true));
      await vi.waitFor(() => expect(answers).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(over).toBe(false);
      answers[0]?.();
      await rendered;
      expect(over).toBe(true);
    } finally {
      closeFeed();
    }
  });
});
