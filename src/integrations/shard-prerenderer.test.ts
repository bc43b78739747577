import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHARD_MANIFEST, pagesText, type ShardManifest } from '../model/shard.ts';
import { createHash } from 'node:crypto';
import { currentShard, digestFolder, shardPrerenderer, splitPaths } from './shard-prerenderer.ts';
import { BULK_ROUTE } from './subscribe-files.ts';

type Inner = Parameters<typeof shardPrerenderer>[0];
type Path = Awaited<ReturnType<Inner['getStaticPaths']>>[number];

const path = (pathname: string, route = '/[...any]'): Path => ({ pathname, route: { route } }) as unknown as Path;

const PATHS: Path[] = [
  path('/', '/'),
  path('/search/', '/search'),
  path('/404', '/404'),
  ...Array.from({ length: 60 }, (_, i) => path(`/meetings/c/committee/2017-01-${i}/`, '/meetings/[...id]')),
  path('/data/meetings.json', '/data/meetings.json'),
];

function fake(paths: Path[], fail = false): Inner & { rendered: string[]; tornDown: boolean } {
  const inner = {
    name: 'fake',
    rendered: [] as string[],
    tornDown: false,
    getStaticPaths: async () => paths,
    render: async (request: Request) => {
      if (fail) throw new Error('render failed');
      inner.rendered.push(new URL(request.url).pathname);
      return new Response('<p>x</p>');
    },
    teardown: async () => {
      inner.tornDown = true;
    },
  };
  return inner as unknown as Inner & { rendered: string[]; tornDown: boolean };
}

describe('currentShard', () => {
  it('is BUILD_SHARD, or null for the whole site', () => {
    expect(currentShard({})).toBeNull();
    expect(currentShard({ BUILD_SHARD: '' })).toBeNull();
    expect(currentShard({ BUILD_SHARD: '2/3' })).toEqual({ index: 2, count: 3 });
    expect(() => currentShard({ BUILD_SHARD: '4/3' })).toThrow(/^BUILD_SHARD: "4\/3" is not a shard/);
  });
});

describe('splitPaths', () => {
  it('gives every page to exactly one shard, the same whatever the base path', () => {
    for (const count of [1, 2, 3, 5]) {
      const splits = Array.from({ length: count }, (_, i) => splitPaths(PATHS, { index: i + 1, count }, '/'));
      const kept = splits.flatMap((split) => split.kept.map((p) => p.pathname)).sort();
      expect(kept).toEqual(PATHS.map((p) => p.pathname).sort());
      for (const split of splits) expect(split.all.size).toBe(PATHS.length);
      expect(splits.reduce((sum, split) => sum + split.built.size, 0)).toBe(PATHS.length);
      const underBase = PATHS.map((p) => ({ ...p, pathname: `/scrutiny${p.pathname}` }));
      const again = Array.from({ length: count }, (_, i) => splitPaths(underBase, { index: i + 1, count }, '/scrutiny/'));
      expect(again.map((split) => [...split.built])).toEqual(splits.map((split) => [...split.built]));
    }
  });

  it('keeps the step that writes the feeds and data files in shard 1 and out of the lists of pages, and refuses it in another shard', () => {
    const paths = [...PATHS, path('/data/bulk-files/', BULK_ROUTE)];
    const first = splitPaths(paths, { index: 1, count: 2 }, '/');
    expect(first.kept.some((p) => p.route.route === BULK_ROUTE)).toBe(true);
    expect(first.all.has('data/bulk-files')).toBe(false);
    expect(() => splitPaths(paths, { index: 2, count: 2 }, '/')).toThrow(
      /only shard 1 writes the feeds, calendars and data files; build the others with SUBSCRIBE_OUTPUTS=off/,
    );
  });
});

describe('shardPrerenderer', () => {
  let dir: string;
  let content: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shard-prerenderer-'));
    content = join(dir, 'content');
    mkdirSync(join(content, 'meetings'), { recursive: true });
    writeFileSync(join(content, 'meetings', 'a.md'), 'a');
    writeFileSync(join(content, 'councils.md'), 'b');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is the inner prerenderer itself for the whole site', () => {
    const inner = fake(PATHS);
    expect(shardPrerenderer(inner, { base: '/', outDir: dir, env: {} })).toBe(inner);
  });

  it("renders only its shard's pages and writes the manifest once they are rendered", async () => {
    const inner = fake(PATHS);
    const env = { BUILD_SHARD: '2/3', CONTENT_DIR: content, BUILD_DATE: '2024-05-01', SITE_URL: 'https://example.org' };
    const previous = process.env['CONTENT_DIR'];
    process.env['CONTENT_DIR'] = content;
    try {
      const shard = shardPrerenderer(inner, { base: '/', outDir: dir, env });
      expect(shard.name).toBe('fake+shard-2-of-3');
      const kept = await shard.getStaticPaths();
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(PATHS.length);
      for (const p of kept) await shard.render(new Request(`http://localhost${p.pathname}`), { routeData: p.route } as never);
      await shard.teardown?.();
      expect(inner.tornDown).toBe(true);
      const manifest = JSON.parse(readFileSync(join(dir, SHARD_MANIFEST), 'utf8')) as ShardManifest;
      const expected = splitPaths(PATHS, { index: 2, count: 3 }, '/');
      expect(manifest).toMatchObject({
        format: 1,
        shard: 2,
        shards: 3,
        base: '/',
        site: 'https://example.org',
        buildDate: '2024-05-01',
        pages: PATHS.length,
        pagesDigest: createHash('sha256').update(pagesText(expected.all)).digest('hex'),
        built: [...expected.built].sort(),
        content: await digestFolder(content),
      });
      expect(inner.rendered).toEqual(kept.map((p) => p.pathname));
    } finally {
      if (previous === undefined) delete process.env['CONTENT_DIR'];
      else process.env['CONTENT_DIR'] = previous;
    }
  });

  it('writes no manifest when a page failed to render', async () => {
    const shard = shardPrerenderer(fake(PATHS, true), { base: '/', outDir: dir, env: { BUILD_SHARD: '1/1' } });
    const [first] = await shard.getStaticPaths();
    await expect(shard.render(new Request(`http://localhost${first?.pathname}`), {} as never)).rejects.toThrow('render failed');
    await shard.teardown?.();
    expect(existsSync(join(dir, SHARD_MANIFEST))).toBe(false);
  });
});

describe('digestFolder', () => {
  it("changes with a file's bytes or name, not with dot files", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shard-digest-'));
    try {
      writeFileSync(join(dir, 'a.md'), 'a');
      const before = await digestFolder(dir);
      writeFileSync(join(dir, '.import.lock'), 'x');
      expect(await digestFolder(`${dir}/`)).toBe(before);
      writeFileSync(join(dir, 'a.md'), 'b');
      expect(await digestFolder(dir)).not.toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
