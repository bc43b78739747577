import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digestOfProps, keyedByProps, PageReads } from '../model/page-reads.ts';
import { OutputFolder } from '../site/output-folder.ts';
import { openPageCache, PageCache } from '../site/page-cache.ts';
import { keptPagesPrerenderer } from './kept-pages.ts';
import { STEPS_PER_TURN } from '../model/event-loop.ts';

type Inner = Parameters<typeof keptPagesPrerenderer>[0];

const folders: string[] = [];
afterEach(() => {
  openPageCache(undefined);
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const made = mkdtempSync(join(tmpdir(), 'kept-pages-'));
  folders.push(made);
  return made;
}

const PROPS = { a: { entry: 'meeting a' }, b: { entry: 'meeting b' } };
const paths = keyedByProps([
  { params: { id: 'a' }, props: PROPS.a },
  { params: { id: 'b' }, props: PROPS.b },
]);

/** Astro's prerenderer as the wrapper sees it: the two pages, and a log of the ones it renders. */
function astro(rendered: string[]): Inner {
  return {
    name: 'astro:default',
    getStaticPaths: async () =>
      paths.map((path) => ({ pathname: `/meetings/${path.params.id}/`, route: {} as never, cacheKey: path.cacheKey })),
    render: async (request: Request) => {
      rendered.push(new URL(request.url).pathname);
      return new Response('<p>rendered</p>');
    },
  } as unknown as Inner;
}

/** The last build: both pages rendered, `a` reading one value, `b` another. */
function lastBuild(cacheDir: string): void {
  const cache = PageCache.open(cacheDir, 'v1', { reuse: true });
  for (const [id, read] of [
    ['a', 'same'],
    ['b', 'changes'],
  ] as const) {
    const reads = new PageReads();
    reads.note(read, 'digest-1');
    const props = digestOfProps(PROPS[id]);
    cache.keep('page', `/scrutiny/meetings/${id}/`, props, reads, 'text/html', Buffer.from(`<p>kept ${id}</p>`));
  }
  cache.commit();
}

describe('kept pages', () => {
  it('are sent before Astro renders them when they would render the same, and the others rendered and not checked again', async () => {
    const [cacheDir, outDir] = [folder(), folder()];
    lastBuild(cacheDir);
    const output = { folder: OutputFolder.open(outDir, join(cacheDir, 'output'), { reuse: false }), base: '/scrutiny/' };
    const cache = PageCache.open(cacheDir, 'v1', { reuse: true, output });
    openPageCache(cache);
    const rendered: string[] = [];
    const now = { holds: (key: string) => key === 'same' };
    const prerenderer = keptPagesPrerenderer(astro(rendered), '/scrutiny/', () => Promise.resolve(now));
    expect((await prerenderer.getStaticPaths()).map((path) => path.pathname)).toEqual(['/meetings/a/', '/meetings/b/']);
    const render = async (id: string) =>
      (await prerenderer.render(new Request(`http://localhost/scrutiny/meetings/${id}/`), { routeData: {} as never })) as Response;

    const a = await render('a');
    expect(a.body).toBeNull();
    expect(readFileSync(join(outDir, 'meetings/a/index.html'), 'utf8')).toBe('<p>kept a</p>');
    const b = await render('b');
    expect(await b.text()).toBe('<p>rendered</p>');
    expect(rendered).toEqual(['/scrutiny/meetings/b/']);
    expect(cache.counts.page.reused).toBe(1);
    // The page middleware is told not to check `b` again, once.
    expect(cache.takeChecked('/scrutiny/meetings/b/')).toBe(true);
    expect(cache.takeChecked('/scrutiny/meetings/b/')).toBe(false);
    expect(cache.changes.get('changes')).toBe(1);
  });

  it('give the event loop a turn every few pages, for Pagefind to answer the pages sent meanwhile', async () => {
    const [cacheDir, outDir] = [folder(), folder()];
    lastBuild(cacheDir);
    const output = { folder: OutputFolder.open(outDir, join(cacheDir, 'output'), { reuse: false }), base: '/scrutiny/' };
    openPageCache(PageCache.open(cacheDir, 'v1', { reuse: true, output }));
    const prerenderer = keptPagesPrerenderer(astro([]), '/scrutiny/', () => Promise.resolve({ holds: () => true }));
    await prerenderer.getStaticPaths();
    let turned = false;
    setImmediate(() => (turned = true));
    const send = () => prerenderer.render(new Request('http://localhost/scrutiny/meetings/a/'), { routeData: {} as never });
    for (let page = 1; page < STEPS_PER_TURN; page += 1) await send();
    expect(turned).toBe(false);
    await send();
    expect(turned).toBe(true);
  });

  it('leave every page to Astro before the archive is loaded, or with no page cache', async () => {
    const rendered: string[] = [];
    const prerenderer = keptPagesPrerenderer(astro(rendered), '/', () => undefined);
    await prerenderer.getStaticPaths();
    await prerenderer.render(new Request('http://localhost/meetings/a/'), { routeData: {} as never });
    expect(rendered).toEqual(['/meetings/a/']);
  });
});
