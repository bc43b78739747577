import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { LinkContext } from './link-context.ts';
import { renderMarkdown } from './render.ts';
import { closeRenderCache, openRenderCache, RenderCache, type RenderCacheCounts } from './render-cache.ts';
import {
  contextWith,
  FEBRUARY_MEETING as february,
  MARCH_MEETING_HERE as here,
  RAY_GOODING as gooding,
  THURROCK,
} from './test-helpers.test-data.ts';
import { PageReads, readingPage } from '../model/page-reads.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});
afterEach(() => closeRenderCache());

function cacheFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'render-cache-test-'));
  folders.push(folder);
  return folder;
}

const BLOCKS = [
  'The minutes of the meeting held on 1 February 2017 were agreed.',
  'Councillor Ray Gooding presented the report.',
  'Jenny Boyd asked about transport.',
  'Nothing here links to anything.',
];

/** One build: renders `blocks` with the cache in `folder` open, as the build's integration does, and commits it. */
function build(folder: string, context: LinkContext, blocks = BLOCKS, { reuse = true, version = 'v1' } = {}) {
  const cache = RenderCache.open(folder, version, { reuse });
  openRenderCache(cache);
  const html = blocks.map((block) => renderMarkdown(block, context));
  closeRenderCache();
  cache.commit();
  return { html, counts: cache.counts };
}

/** The same blocks rendered with no cache at all. */
function uncached(context: LinkContext, blocks = BLOCKS): string[] {
  return blocks.map((block) => renderMarkdown(block, context));
}

const counts = (rendered: number, reused: number): RenderCacheCounts => ({ rendered, reused });

describe('the render cache', () => {
  it('reuses every block of a build with the same text and index, giving the same HTML', () => {
    const folder = cacheFolder();
    const context = contextWith({ meetings: [february], people: [gooding], here });
    const first = build(folder, context);
    expect(first.counts).toEqual(counts(4, 0));
    expect(first.html).toEqual(uncached(context));
    const second = build(folder, contextWith({ meetings: [{ ...february }], people: [{ ...gooding }], here }));
    expect(second.counts).toEqual(counts(0, 4));
    expect(second.html).toEqual(first.html);
  });

  it('finds each of many blocks again, and renders a block it never saw', () => {
    const folder = cacheFolder();
    const context = contextWith({ meetings: [february], people: [gooding], here });
    const many = Array.from({ length: 300 }, (_, index) => `Item ${index}: Ray Gooding spoke.`);
    expect(build(folder, context, many).counts).toEqual(counts(300, 0));
    const again = build(folder, context, [...many, 'A block never seen before.']);
    expect(again.counts).toEqual(counts(1, 300));
    expect(again.html.slice(0, 300)).toEqual(uncached(context, many));
  });

  it('renders again only the block that mentions the date of a newly imported meeting', () => {
    const folder = cacheFolder();
    build(folder, contextWith({ meetings: [], people: [gooding], here }));
    const after = contextWith({ meetings: [february], people: [gooding], here });
    const second = build(folder, after);
    expect(second.counts).toEqual(counts(1, 3));
    expect(second.html[0]).toContain(`href="${february.url}"`);
    expect(second.html).toEqual(uncached(after));
  });

  it('renders again the block naming a person who is new, or whose page moved, and no other', () => {
    const folder = cacheFolder();
    build(folder, contextWith({ meetings: [february], people: [gooding], here }));
    const boyd = { names: ['Jenny Boyd'], url: '/people/jenny-boyd/', councils: [THURROCK] };
    const added = contextWith({ meetings: [february], people: [gooding, boyd], here });
    const second = build(folder, added);
    expect(second.counts).toEqual(counts(1, 3));
    expect(second.html[2]).toContain('href="/people/jenny-boyd/"');
    const moved = contextWith({ meetings: [february], people: [{ ...gooding, url: '/people/ray-gooding-2/' }, boyd], here });
    const third = build(folder, moved);
    expect(third.counts).toEqual(counts(1, 3));
    expect(third.html).toEqual(uncached(moved));
  });

  it('does not render again a block naming Ray Gooding when a new Ray Smith or Ray joins, nor when another name grows', () => {
    const folder = cacheFolder();
    build(folder, contextWith({ meetings: [february], people: [gooding], here }));
    const smith = { names: ['Ray Smith'], url: '/people/ray-smith/', councils: [THURROCK] };
    expect(build(folder, contextWith({ meetings: [february], people: [gooding, smith], here })).counts).toEqual(counts(0, 4));
    // A name of another length starting with "Ray": the block may hold it, so it is rendered again.
    const ray = { names: ['Ray Gooding Junior'], url: '/people/ray-gooding-junior/', councils: [THURROCK] };
    const third = build(folder, contextWith({ meetings: [february], people: [gooding, smith, ray], here }));
    expect(third.counts).toEqual(counts(1, 3));
    expect(third.html).toEqual(uncached(contextWith({ meetings: [february], people: [gooding, smith, ray], here })));
  });

  it('renders again a block whose plugin stopped early because the archive had nothing of a kind', () => {
    const folder = cacheFolder();
    const blocks = ['See Recommendation 2 of the Task and Finish Panel’s report.'];
    build(folder, contextWith({ here }), blocks);
    const recommendation = {
      reference: 'R2',
      subject: 'Recommendation 2',
      committee: 'thurrock-council/task-and-finish-panel',
      url: '/recommendations/thurrock/r2/',
      label: 'R2',
    };
    const now = contextWith({ recommendations: [recommendation], here });
    const second = build(folder, now, blocks);
    expect(second.counts).toEqual(counts(1, 0));
    expect(second.html[0]).toContain('href="/recommendations/thurrock/r2/"');
  });

  it('keys a block on where it stands: the same text on another page is rendered for that page', () => {
    const folder = cacheFolder();
    const context = contextWith({ meetings: [february], here });
    build(folder, context, [BLOCKS[0] ?? '']);
    const onFebruaryPage = contextWith({ meetings: [february], here: { ...here, url: february.url } });
    const second = build(folder, onFebruaryPage, [BLOCKS[0] ?? '']);
    expect(second.counts).toEqual(counts(1, 0));
    expect(second.html[0]).not.toContain('<a ');
  });

  it('uses nothing made by other code, nor anything when the build starts from nothing (--force)', () => {
    const folder = cacheFolder();
    const context = contextWith({ meetings: [february], people: [gooding], here });
    build(folder, context);
    expect(build(folder, context, BLOCKS, { version: 'v2' }).counts).toEqual(counts(4, 0));
    expect(build(folder, context, BLOCKS, { version: 'v2', reuse: false }).counts).toEqual(counts(4, 0));
    expect(build(folder, context, BLOCKS, { version: 'v2' }).counts).toEqual(counts(0, 4));
  });

  it('renders a block again when its line in the cache is damaged, never failing the build', () => {
    const folder = cacheFolder();
    const context = contextWith({ meetings: [february], people: [gooding], here });
    build(folder, context);
    const blocks = readdirSync(folder).find((name) => name.startsWith('blocks-')) ?? '';
    const text = readFileSync(join(folder, blocks), 'utf8');
    writeFileSync(join(folder, blocks), text.replace('"<p>', '"<p\u0000').replace(/\]\n/, '}\n'));
    const again = build(folder, context);
    expect(again.counts.rendered).toBeGreaterThan(0);
    expect(again.html).toEqual(uncached(context));
  });

  it('keeps only the last build’s blocks, and a build that fails leaves the previous cache whole', () => {
    const folder = cacheFolder();
    const context = contextWith({ meetings: [february], people: [gooding], here });
    build(folder, context);
    build(folder, context, BLOCKS.slice(0, 2));
    expect(build(folder, context).counts).toEqual(counts(2, 2));
    const failing = RenderCache.open(folder, 'v1', { reuse: true });
    openRenderCache(failing);
    renderMarkdown('A block only the failed build saw.', context);
    failing.abandon();
    expect(readdirSync(folder).filter((name) => name.startsWith('blocks-'))).toHaveLength(1);
    expect(build(folder, context).counts).toEqual(counts(0, 4));
  });

  it('leaves kept blocks where they are in the blocks file, which the next build continues', () => {
    const folder = cacheFolder();
    const context = contextWith({ meetings: [february], people: [gooding], here });
    build(folder, context);
    const blocksFiles = () => readdirSync(folder).filter((name) => name.startsWith('blocks-'));
    const [name = ''] = blocksFiles();
    const size = statSync(join(folder, name)).size;
    expect(build(folder, context).counts).toEqual(counts(0, 4));
    // Nothing rendered, nothing copied: the same file, as long as before.
    expect(blocksFiles()).toEqual([name]);
    expect(statSync(join(folder, name)).size).toBe(size);
    expect(build(folder, context).counts).toEqual(counts(0, 4));
  });

  it('continues the blocks file with blocks kept, reused and rendered anew, in key order, and the build after finds each', async () => {
    const folder = cacheFolder();
    const context = contextWith({ meetings: [february], people: [gooding], here });
    const first = RenderCache.open(folder, 'v1', { reuse: true });
    openRenderCache(first);
    // Each block on a page of its own, whose reads give its key.
    const pages = BLOCKS.map(() => new PageReads());
    for (const [at, block] of BLOCKS.entries()) await readingPage(pages[at] as PageReads, async () => renderMarkdown(block, context));
    closeRenderCache();
    first.commit();
    const blocksFiles = () => readdirSync(folder).filter((name) => name.startsWith('blocks-'));
    const [name = ''] = blocksFiles();
    // Two pages sent whole, one block rendered again (reused), two new ones; the fourth page is gone.
    const added = ['A block the first build did not have.', 'Another new block, about Ray Gooding.'];
    const second = RenderCache.open(folder, 'v1', { reuse: true });
    openRenderCache(second);
    for (const page of pages.slice(0, 2)) second.keep(page.blocks);
    for (const block of [BLOCKS[2] ?? '', ...added]) renderMarkdown(block, context);
    closeRenderCache();
    second.commit();
    expect(second.counts).toEqual(counts(2, 1));
    expect(blocksFiles()).toEqual([name]);
    const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as { keys: string };
    const keys = index.keys.match(/.{22}/g) ?? [];
    expect(keys).toHaveLength(5);
    expect(keys).toEqual([...keys].sort());
    const after = build(folder, context, [...BLOCKS.slice(0, 3), ...added]);
    expect(after.counts).toEqual(counts(0, 5));
    expect(after.html).toEqual(uncached(context, [...BLOCKS.slice(0, 3), ...added]));
    expect(build(folder, context, BLOCKS.slice(3)).counts).toEqual(counts(1, 0));
  });

  it('keeps the blocks of a page sent whole from the previous build, and tells the page what each block read', async () => {
    const folder = cacheFolder();
    const context = contextWith({ meetings: [february], people: [gooding], here });
    const first = RenderCache.open(folder, 'v1', { reuse: true });
    openRenderCache(first);
    const page = new PageReads();
    await readingPage(page, async () => renderMarkdown(BLOCKS[0] ?? '', context));
    closeRenderCache();
    first.commit();
    // The block's key and its lookup of 1 February 2017 are the page's reads too.
    expect(page.blocks.size).toBe(1);
    expect([...page.reads.keys()].some((key) => key.includes('2017-02-01'))).toBe(true);
    // A build that renders nothing but keeps the page's blocks leaves them to the build after.
    const second = RenderCache.open(folder, 'v1', { reuse: true });
    second.keep(page.blocks);
    second.commit();
    expect(build(folder, context, BLOCKS.slice(0, 1)).counts).toEqual(counts(0, 1));
  });
});
