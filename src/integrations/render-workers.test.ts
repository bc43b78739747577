/**
 * The render pool's workers give what the page's thread gives: the same HTML and the same lookups
 * noted, for every block, with the link lists sent again when a page uses other ones; and a
 * render that fails in a worker fails the page with the reason.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { renderFresh } from '../markdown/processor.ts';
import { blockLine, renderRecorded } from '../markdown/recorded-render.ts';
import { renderMarkdownAsync, renderMarkdown } from '../markdown/render.ts';
import { closeRenderCache, openRenderCache, RenderCache } from '../markdown/render-cache.ts';
import { useRenderPool } from '../markdown/render-pool.ts';
import {
  contextWith,
  FEBRUARY_MEETING as february,
  MARCH_MEETING_HERE as here,
  RAY_GOODING as gooding,
} from '../markdown/test-helpers.test-data.ts';
import { PageReads, readingPage } from '../model/page-reads.ts';
import { renderWorkerCount, RenderWorkers } from './render-workers.ts';

const context = contextWith({ meetings: [february], people: [gooding], here });

const BLOCKS = [
  'The minutes of the meeting held on 1 February 2017 were agreed.',
  'Councillor Ray Gooding presented the report.',
  '# Heading\n\n<script>alert(1)</script> and a [link](javascript:alert(1)).',
  'Nothing here links to anything.',
];

const pools: RenderWorkers[] = [];
const folders: string[] = [];
afterEach(async () => {
  closeRenderCache();
  useRenderPool(undefined);
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function pool(count = 1): RenderWorkers {
  const made = new RenderWorkers(count);
  pools.push(made);
  return made;
}

describe('the render pool', () => {
  it('renders each block as the page’s thread does, with the same lookups noted', async () => {
    const workers = pool(2);
    const answers = await Promise.all(BLOCKS.map((block, at) => workers.render(block, context, `key-${at}`)));
    const onThisThread = BLOCKS.map((block) => renderRecorded(context, (recorded) => renderFresh(block, recorded)));
    expect(answers.map(({ html, reads }) => ({ html, reads }))).toEqual(onThisThread);
    // Each answer brings the render cache's line for its key, as the page's thread would write it.
    expect(answers.map(({ line }) => Buffer.from(line))).toEqual(
      onThisThread.map((block, at) => Buffer.from(blockLine(`key-${at}`, block))),
    );
    expect(JSON.parse(Buffer.from(answers[1]?.line ?? []).toString('utf8'))).toEqual(['key-1', answers[1]?.html, answers[1]?.reads]);
    expect(answers[1]?.html).toContain('href="/people/ray-gooding/"');
    expect(answers[1]?.reads.length).toBeGreaterThan(0);
    expect(answers[2]?.html).not.toContain('<script');
  });

  it('sends the link lists again when a page links against other ones', async () => {
    const workers = pool(1);
    const block = 'Councillor Ray Gooding presented the report.';
    expect((await workers.render(block, context, 'k')).html).toContain('/people/ray-gooding/');
    const moved = contextWith({ meetings: [february], people: [{ ...gooding, url: '/people/ray-gooding-2/' }], here });
    expect((await workers.render(block, moved, 'k')).html).toContain('/people/ray-gooding-2/');
  });

  it('fails the block, and every block after, when its worker stops', async () => {
    const workers = pool(1);
    await workers.render(BLOCKS[0] ?? '', context, 'k');
    const owed = expect(workers.render(BLOCKS[1] ?? '', context, 'k')).rejects.toThrow(/closed/);
    await workers.close();
    await owed;
    await expect(workers.render(BLOCKS[1] ?? '', context, 'k')).rejects.toThrow(/closed/);
  });

  it('starts one worker fewer than the cores, none on one core, at most three', () => {
    expect([1, 2, 4, 16].map((cores) => renderWorkerCount(cores))).toEqual([0, 1, 3, 3]);
  });
});

describe('record text rendered through the pool during a build', () => {
  it('gives the HTML the page’s thread gives, keeps each block once for the next build and notes it on the page', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'render-pool-test-'));
    folders.push(folder);
    const cache = RenderCache.open(folder, 'v1', { reuse: true });
    openRenderCache(cache);
    useRenderPool(pool(1));
    const page = new PageReads();
    // The same block twice at once (two agenda items with the same minutes) is rendered once.
    const html = await readingPage(page, () =>
      Promise.all([...BLOCKS, BLOCKS[1] ?? ''].map((block) => renderMarkdownAsync(block, context))),
    );
    expect(html.slice(0, BLOCKS.length)).toEqual(BLOCKS.map((block) => renderFresh(block, context)));
    expect(html.at(-1)).toBe(html[1]);
    expect(cache.counts).toEqual({ rendered: BLOCKS.length + 1, reused: 0 });
    expect(page.blocks.size).toBe(BLOCKS.length);
    expect([...page.reads.keys()].some((key) => key.includes('ray gooding'))).toBe(true);
    closeRenderCache();
    cache.commit();
    // The next build, on the page's thread, finds every block the workers rendered.
    const next = RenderCache.open(folder, 'v1', { reuse: true });
    openRenderCache(next);
    useRenderPool(undefined);
    expect(BLOCKS.map((block) => renderMarkdown(block, context))).toEqual(html.slice(0, BLOCKS.length));
    expect(next.counts).toEqual({ rendered: 0, reused: BLOCKS.length });
  });
});
