import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { keptBytes } from '../model/cache-file.ts';
import { OutputFolder } from './output-folder.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** An output folder and a cache folder, in a fresh temporary folder. */
function setUp(): { dir: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), 'output-folder-'));
  roots.push(root);
  return { dir: join(root, 'dist'), cache: join(root, 'cache') };
}

function put(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe.each([
  { mode: 'each file asked for', listed: false },
  { mode: 'listed in a worker thread first', listed: true },
])('OutputFolder, $mode', ({ listed }) => {
  /** Opens the folder as a build starts; listed: with its listing (OutputFolder.lister), once it has arrived. */
  async function open(dir: string, cache: string, reuse = true, writing: string[] = []): Promise<OutputFolder> {
    const lister = listed && existsSync(dir) ? OutputFolder.lister(dir, writing) : null;
    const folder = OutputFolder.open(dir, cache, { reuse, lister });
    await lister?.listing.catch(() => undefined);
    return folder;
  }

  /** A finished build that wrote `written` into the folder; a pause after it, so the next build starts a clock tick later. */
  async function build(dir: string, cache: string, written: Record<string, string>, reuse = true): Promise<OutputFolder> {
    const folder = await open(dir, cache, reuse);
    for (const [file, text] of Object.entries(written)) folder.write(file, Buffer.from(text));
    folder.finish();
    await sleep(30);
    return folder;
  }

  it('empties a folder no finished build recorded, as Astro would, but for .git', async () => {
    const { dir, cache } = setUp();
    put(dir, 'old/index.html', 'old');
    put(dir, '.git/HEAD', 'ref');
    const folder = await open(dir, cache);
    expect(folder.inPlace).toBe(false);
    expect(files(dir)).toEqual(['.git/HEAD']);
  });

  it('keeps the last build’s folder in place: a file there with as many bytes is not written again', async () => {
    const { dir, cache } = setUp();
    await build(dir, cache, { 'a/index.html': 'page a', 'b/index.html': 'page b' });
    const folder = await open(dir, cache);
    expect(folder.inPlace).toBe(true);
    // As long as what the last build wrote: left as it is (the same length is how it tells).
    folder.write('a/index.html', Buffer.from('PAGE A'));
    expect(readFileSync(join(dir, 'a/index.html'), 'utf8')).toBe('page a');
    // Another length: written.
    folder.write('b/index.html', Buffer.from('page b, longer'));
    expect(readFileSync(join(dir, 'b/index.html'), 'utf8')).toBe('page b, longer');
    // Not there: written.
    folder.write('c/index.html', Buffer.from('page c'));
    expect(readFileSync(join(dir, 'c/index.html'), 'utf8')).toBe('page c');
  });

  it('judges a kept file by its size when the build started: as listed, or as the file system says', async () => {
    const { dir, cache } = setUp();
    await build(dir, cache, { 'a/index.html': 'page a' });
    const folder = await open(dir, cache);
    // Changed after the listing (nothing does in a build): a listed folder compares the listing's size.
    writeFileSync(join(dir, 'a/index.html'), 'a page grown longer');
    folder.write('a/index.html', Buffer.from('PAGE A'));
    expect(readFileSync(join(dir, 'a/index.html'), 'utf8')).toBe(listed ? 'a page grown longer' : 'PAGE A');
  });

  it("reads a kept page's bytes from the page cache only when it writes them", async () => {
    const { dir, cache } = setUp();
    await build(dir, cache, { 'a/index.html': 'page a' });
    const folder = await open(dir, cache);
    const read: string[] = [];
    const kept = (file: string, text: string) => keptBytes(text.length, () => (read.push(file), Buffer.from(text)));
    folder.write('a/index.html', kept('a/index.html', 'PAGE A'));
    folder.write('b/index.html', kept('b/index.html', 'page b'));
    expect(read).toEqual(['b/index.html']);
    expect(readFileSync(join(dir, 'b/index.html'), 'utf8')).toBe('page b');
  });

  it('writes a page this build rendered whatever is there, and keeps it when the build is done', async () => {
    const { dir, cache } = setUp();
    await build(dir, cache, { 'a/index.html': 'page a' });
    const folder = await open(dir, cache);
    expect(folder.inPlace).toBe(true);
    folder.put('a/index.html', Buffer.from('PAGE A'));
    folder.put('new/deep/index.html', Buffer.from('new'));
    folder.finish();
    expect(readFileSync(join(dir, 'a/index.html'), 'utf8')).toBe('PAGE A');
    expect(files(dir)).toEqual(['a/index.html', 'new/deep/index.html']);
  });

  it('deletes, when the build is done, the files it neither wrote nor kept, and the folders left empty', async () => {
    const { dir, cache } = setUp();
    put(dir, '.git/HEAD', 'ref');
    await build(dir, cache, { 'kept/index.html': 'kept', 'gone/deep/index.html': 'gone', 'rewritten.xml': 'x', 'left.json': '{}' });
    const folder = await open(dir, cache);
    folder.write('kept/index.html', Buffer.from('kept'));
    // Written as another part of the build writes its files, not through the folder.
    put(dir, 'rewritten.xml', 'x');
    put(dir, 'new/index.html', 'new');
    expect(folder.finish()).toEqual({ kept: 1, deleted: 2 });
    expect(files(dir)).toEqual(['.git/HEAD', 'kept/index.html', 'new/index.html', 'rewritten.xml']);
    expect(existsSync(join(dir, 'gone'))).toBe(false);
    // Empty folders the build found go too (made inside a top folder, the folder is still the last build's).
    mkdirSync(join(dir, 'kept/empty/deeper'), { recursive: true });
    expect((await build(dir, cache, { 'kept/index.html': 'kept' })).inPlace).toBe(true);
    expect(existsSync(join(dir, 'kept/empty'))).toBe(false);
    expect(existsSync(join(dir, 'kept/index.html'))).toBe(true);
  });

  it('leaves alone the top folders another part of the build is still writing, which stay its own after', async () => {
    const { dir, cache } = setUp();
    await build(dir, cache, { 'search/old.pf': 'old', 'pages/search/old.html': 'old', 'kept.html': 'k' });
    const folder = await open(dir, cache, true, ['search']);
    folder.write('kept.html', Buffer.from('k'));
    expect(folder.finish(['search'])).toEqual({ kept: 1, deleted: 1 });
    expect(files(dir)).toEqual(['kept.html', 'search/old.pf']);
    // The index written after, inside its own folder: the next build still finds the folder as this one left it.
    put(dir, 'search/new.pf', 'new');
    expect((await open(dir, cache)).inPlace).toBe(true);
  });

  it('empties the folder when the build reads no caches (astro build --force)', async () => {
    const { dir, cache } = setUp();
    await build(dir, cache, { 'a/index.html': 'page a' });
    const folder = await open(dir, cache, false);
    expect(folder.inPlace).toBe(false);
    expect(files(dir)).toEqual([]);
  });

  it('empties the folder after a build that did not finish: the record is taken away as a build starts', async () => {
    const { dir, cache } = setUp();
    await build(dir, cache, { 'a/index.html': 'page a' });
    const failed = await open(dir, cache);
    expect(failed.inPlace).toBe(true);
    failed.write('a/index.html', Buffer.from('half-written page'));
    const next = await open(dir, cache);
    expect(next.inPlace).toBe(false);
    expect(files(dir)).toEqual([]);
  });

  it('empties the folder when something else changed it since the last build', async () => {
    const { dir, cache } = setUp();
    await build(dir, cache, { 'a/index.html': 'page a' });
    put(dir, 'by-hand.html', 'another build or a person put this here');
    expect((await open(dir, cache)).inPlace).toBe(false);
    expect(files(dir)).toEqual([]);
  });

  it('empties the folder when another build cache recorded it', async () => {
    const { dir, cache } = setUp();
    await build(dir, cache, { 'a/index.html': 'page a' });
    expect((await open(dir, `${cache}-other`)).inPlace).toBe(false);
  });
});
