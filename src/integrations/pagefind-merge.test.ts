/**
 * An index written in parts and merged on disk searches as one index of the same pages: the
 * same results with the same scores, the same filter counts, the same date order. Each site
 * is searched with its own pagefind.js, in Node.
 */
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encode } from 'cbor-x';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close } from 'pagefind';
import { sortValuesIn } from '../components/search/pagefind-record.ts';
import { recordPage } from '../components/search/record-page.test-data.ts';
import type { Pagefind } from '../search/pagefind-api.ts';
import { closeServices, createIndex } from './pagefind.ts';
import { PagefindFeed } from './pagefind-feed.ts';
import {
  asMetaIndex,
  asWords,
  compareWords,
  decodeFile,
  entriesOf,
  FormatError,
  type Entry,
  type PackedWord,
} from '../model/pagefind-format.ts';
import { mergeIndexParts, SORT_VALUES_FILE } from '../model/pagefind-merge.ts';
import { FILTER_MANIFEST, readManifest, readTable } from '../model/filter-tables.ts';
import { isDateOrdered, pageNumber } from '../model/search-page-names.ts';
import { scopeFolder, SCOPES_FOLDER } from '../model/search-scopes.ts';
import { inDateOrder, namedInDateOrder } from '../search/date-order.ts';

const WORDS = ['safety', 'signs', 'ofsted', 'school', 'transport', 'carers', 'budget', 'library', 'housing', 'roads', 'youth', 'waste'];
const COUNCILS = ['Essex', 'Thurrock', 'Epping Forest'];

/** A small seeded generator, so the pages are the same in every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

/** Page `n`: a few words, a council, a date (every fifth page has none), and a title that names a word. */
function page(n: number, random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const text = Array.from({ length: 5 + Math.floor(random() * 30) }, () => pick(WORDS)).join(' ');
  const date = n % 5 === 0 ? null : `20${10 + Math.floor(random() * 10)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
  return recordPage(
    {
      type: n % 7 === 0 ? 'person' : 'meeting',
      title: `Page ${n} on ${pick(WORDS)}`,
      // A person is filed under every council naming them: one or two here.
      ...(n % 7 === 0 ? { councils: [pick(COUNCILS), pick(COUNCILS)] } : { council: pick(COUNCILS), committee: null, date }),
    },
    text,
  );
}

const PAGES = (() => {
  const random = generator(7);
  return Array.from({ length: 40 }, (_, n) => ({ path: `p${String(n).padStart(2, '0')}`, html: page(n, random) }));
})();

const root = mkdtempSync(join(tmpdir(), 'pagefind-merge-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeSite(name: string): string {
  const site = join(root, name);
  for (const { path, html } of PAGES) {
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(join(site, path, 'index.html'), html);
  }
  return site;
}

/** Every file below `dir` with its bytes (base64), by its path below `dir`. */
function files(dir: string): Map<string, string> {
  const found = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    found.map((entry) => [
      join(entry.parentPath, entry.name).slice(dir.length),
      readFileSync(join(entry.parentPath, entry.name)).toString('base64'),
    ]),
  );
}

const servers: Server[] = [];
afterAll(() => servers.forEach((server) => server.close()));

/**
 * Pagefind's own pagefind.js for the site, which it serves over HTTP (pagefind.js fetches its
 * files); with `scope`, a second instance on that folder of the index (a council's).
 */
async function open(site: string, scope?: string): Promise<Pagefind> {
  const server = createServer((request, response) => {
    try {
      response.end(readFileSync(join(site, new URL(request.url ?? '/', 'http://x').pathname)));
    } catch {
      response.writeHead(404).end();
    }
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const module = (await import(pathToFileURL(join(site, 'pagefind', 'pagefind.js')).href)) as Pagefind & {
    createInstance(options: Record<string, unknown>): Pagefind;
  };
  const basePath = `http://127.0.0.1:${port}/pagefind/`;
  const pagefind = scope === undefined ? module : module.createInstance({ basePath: `${basePath}${scope}` });
  await pagefind.options({ basePath: `${basePath}${scope ?? ''}`, baseUrl: '/' });
  await pagefind.init();
  // init() returns before the index has loaded; filters() waits for it, so no two indexes load at once.
  await pagefind.filters();
  return pagefind;
}

/** What a search shows of its results: each page, in order, with its score. */
async function shown(pagefind: Pagefind, term: string | null, options: Parameters<Pagefind['search']>[1] = {}) {
  const response = await pagefind.search(term, options);
  const results = await Promise.all(
    (response?.results ?? []).map(async (result) => [(await result.data()).url, Math.round(result.score * 1e6)] as const),
  );
  return { results, filters: response?.filters };
}

/** The pages written as a site and indexed as one part, with their sort values kept beside the index. */
async function indexedSite(name: string): Promise<string> {
  const site = writeSite(name);
  const feed = new PagefindFeed({
    createIndex,
    base: '/',
    outDir: site,
    pagesPerPart: Infinity,
    partBytes: Infinity,
    keepSortValues: true,
  });
  for (const { path, html } of PAGES) feed.add(`/${path}/`, html);
  await feed.finish();
  await close();
  return site;
}

/**
 * The pages indexed as one part, copied elsewhere as a build cache keeps it (`kept`, with its pages'
 * sort values), and a root for each of `roots` holding its files other than the index's folders.
 */
async function keptIndex(name: string, roots: string[]) {
  const site = await indexedSite(name);
  const kept = join(site, 'kept');
  cpSync(join(site, 'pagefind'), kept, { recursive: true });
  const sortValues = JSON.parse(readFileSync(join(kept, SORT_VALUES_FILE), 'utf8')) as Record<string, string>[];
  const made = roots.map((root) => join(site, root));
  for (const root of made) {
    mkdirSync(root);
    for (const entry of readdirSync(kept, { withFileTypes: true }))
      if (entry.isFile()) cpSync(join(kept, entry.name), join(root, entry.name));
  }
  return { site, kept, sortValues, roots: made };
}

describe('an index merged from parts', () => {
  let whole: Pagefind;
  let merged: Pagefind;
  /** Merged from many parts (two pages each). */
  let many: Pagefind;
  /** The files of `merged`'s index, and of the same parts written by two Pagefind services. */
  let partsOnTwoServices: Map<string, string>[] = [];

  beforeAll(async () => {
    // The same pages in the same order (Pagefind numbers pages as they come, and ties keep that order).
    const index = async (name: string, pagesPerPart: number, services = 1) => {
      const site = writeSite(name);
      const feed = new PagefindFeed({ createIndex, services, base: '/', outDir: site, pagesPerPart, partBytes: Infinity });
      for (const { path, html } of PAGES) feed.add(`/${path}/`, html);
      // Told once the parts are merging in the worker thread, before the merge ends.
      let merging = 0;
      const outcome = await feed.finish(() => (merging += 1));
      expect(merging).toBe(1);
      await closeServices();
      return { site, outcome };
    };
    const single = await index('single', Infinity);
    const parted = await index('parted', 12);
    const twoServices = await index('two-services', 12, 2);
    expect(twoServices.outcome).toEqual({ ...parted.outcome, mergeSeconds: twoServices.outcome.mergeSeconds });
    partsOnTwoServices = [files(join(parted.site, 'pagefind')), files(join(twoServices.site, 'pagefind'))];
    const manyParts = await index('many', 2);
    expect(single.outcome).toMatchObject({ parts: 1, merged: true, refusal: null, councils: COUNCILS.length });
    expect(parted.outcome).toMatchObject({ merged: true, refusal: null, councils: COUNCILS.length });
    expect(parted.outcome.parts).toBeGreaterThan(3);
    expect(manyParts.outcome).toMatchObject({ merged: true, refusal: null });
    expect(manyParts.outcome.parts).toBeGreaterThan(16);
    [whole, merged, many] = [await open(single.site), await open(parted.site), await open(manyParts.site)];
  });

  it('is the same, byte for byte, written by two Pagefind services (the parts alternating) as by one', () => {
    const [one = new Map(), two] = partsOnTwoServices;
    expect(one.size).toBeGreaterThan(PAGES.length);
    expect(two).toEqual(one);
  });

  it('finds the same pages with the same scores for every word, alone and together', async () => {
    for (const term of [...WORDS, 'safety signs', 'page', 'sign', 'essex', 'nothing']) {
      const a = await shown(whole, term);
      expect(a.results.length + (term === 'nothing' ? 1 : 0)).toBeGreaterThan(0);
      expect(await shown(merged, term), term).toEqual(a);
      expect(await shown(many, term), term).toEqual(a);
    }
  });

  it('filters and counts as one index', async () => {
    const options = { filters: { council: { any: ['Essex'] }, type: { none: [] as [] } } };
    expect(await shown(merged, 'school', options)).toEqual(await shown(whole, 'school', options));
    expect(await shown(merged, null, options)).toEqual(await shown(whole, null, options));
  });

  it("writes each filter's table, which holds for each value the pages Pagefind's filter finds, by their names", async () => {
    const folder = join(root, 'parted', 'pagefind', 'filter');
    const manifest = readManifest(readFileSync(join(folder, FILTER_MANIFEST), 'utf8'), FILTER_MANIFEST);
    expect(Object.keys(manifest.tables)).toEqual(expect.arrayContaining(['council', 'type']));
    expect(manifest.pages).toBe(PAGES.length);
    for (const [filter, file] of Object.entries(manifest.tables)) {
      const values = readTable(gunzipSync(readFileSync(join(folder, file))).toString('utf8'), file);
      const counts = (await merged.search(null, { filters: { [filter]: { none: [] } } }))?.filters[filter] ?? {};
      expect([...values.keys()].sort(), filter).toEqual(Object.keys(counts).sort());
      for (const [value, pages] of values) {
        const found = (await merged.search(null, { filters: { [filter]: { any: [value] } } }))?.results ?? [];
        expect([...pages], `${filter}: ${value}`).toEqual(found.map((result) => pageNumber(result.id)).sort((a, b) => (a ?? 0) - (b ?? 0)));
      }
    }
  });

  it("sorts by date across the parts as one index does, from the pages' names", async () => {
    for (const direction of ['asc', 'desc'] as const) {
      const inOrder = async (pagefind: Pagefind) => {
        const response = await pagefind.search('safety');
        expect(namedInDateOrder(response?.results ?? [])).toBe(true);
        return Promise.all(inDateOrder(response?.results ?? [], direction).map(async (result) => (await result.data()).url));
      };
      const urls = await inOrder(merged);
      expect(urls).toEqual(await inOrder(whole));
      const dates = urls.map((url) => sortValuesIn(PAGES.find((one) => `/${one.path}/` === url)?.html ?? '')['date']);
      const dated = dates.filter((date) => date !== undefined);
      expect(dated.length).toBeGreaterThan(10);
      expect(dated.length).toBeLessThan(dates.length);
      // Oldest or newest first, the undated pages after them.
      expect(dates).toEqual([
        ...dated.sort((a, b) => (direction === 'asc' ? 1 : -1) * a.localeCompare(b)),
        ...dates.filter((date) => date === undefined),
      ]);
    }
  });

  it("leaves the date out of the metadata's sort lists and names fragments by their place in date order", () => {
    for (const site of ['single', 'parted']) {
      const index = join(root, site, 'pagefind');
      const entry = JSON.parse(readFileSync(join(index, 'pagefind-entry.json'), 'utf8')) as Entry;
      const meta = asMetaIndex(decodeFile(readFileSync(join(index, `pagefind.${entry.languages['en']?.hash}.pf_meta`)), 'meta'), 'meta');
      expect(meta[4]).toEqual([]);
      const names = meta[1].map(([name]) => name);
      expect(names.every((name) => isDateOrdered(name))).toBe(true);
      const [build] = readdirSync(join(index, 'fragment'));
      expect(readdirSync(join(index, 'fragment'))).toEqual([build]);
      expect(readdirSync(join(index, 'fragment', build ?? '')).length).toBe(PAGES.length);
    }
  });
});

describe('a council’s own index', () => {
  let site: string;
  let whole: Pagefind;
  const councils = new Map<string, Pagefind>();

  beforeAll(async () => {
    site = await indexedSite('councils');
    // Small chunks, so that a council's words are cut into several chunks too.
    const index = join(site, 'pagefind');
    const sortValues = JSON.parse(readFileSync(join(index, SORT_VALUES_FILE), 'utf8')) as Record<string, string>[];
    await mergeIndexParts(index, [{ folder: '', sortValues }], { chunkEntries: 40 });
    whole = await open(site);
    for (const council of COUNCILS) councils.set(council, await open(site, `${SCOPES_FOLDER}/${scopeFolder(council)}/`));
  });

  const urls = async (pagefind: Pagefind, term: string, options: Parameters<Pagefind['search']>[1] = {}) =>
    Promise.all(((await pagefind.search(term, options))?.results ?? []).map(async (result) => (await result.data()).url));

  it('finds, for every word, the pages the whole index finds with that council chosen, and their text', async () => {
    for (const [council, pagefind] of councils) {
      for (const term of [...WORDS, 'safety signs', 'page', 'sign', 'nothing']) {
        const chosen = await urls(whole, term, { filters: { council: { any: [council] } } });
        expect((await urls(pagefind, term)).sort(), `${council}: ${term}`).toEqual(chosen.sort());
      }
      const [first] = (await pagefind.search('safety'))?.results ?? [];
      expect((await first?.data())?.excerpt).toMatch(/<mark>safety<\/mark>/);
    }
  });

  it('sorts by date from its names, as the whole index does', async () => {
    for (const [council, pagefind] of councils) {
      const results = (await pagefind.search('school'))?.results ?? [];
      expect(namedInDateOrder(results)).toBe(true);
      const inOrder = await Promise.all(inDateOrder(results, 'desc').map(async (result) => (await result.data()).url));
      const chosen = (await whole.search('school', { filters: { council: { any: [council] } } }))?.results ?? [];
      expect(inOrder).toEqual(await Promise.all(inDateOrder(chosen, 'desc').map(async (result) => (await result.data()).url)));
    }
  });

  it('holds its own pages and word chunks, no filters and no fragments, and links Pagefind’s WebAssembly and worker', () => {
    const folders = readdirSync(join(site, 'pagefind', SCOPES_FOLDER)).sort();
    expect(folders).toEqual(COUNCILS.map((council) => scopeFolder(council)).sort());
    // Each page is in the index of each council it is filed under: a person's page in one or two.
    const councilsOf = (html: string) => new Set(html.match(/data-pagefind-filter="council\[data-value\]" data-value="[^"]*"/g)).size;
    const pages = PAGES.reduce((sum, { html }) => sum + councilsOf(html), 0);
    expect(PAGES.some(({ html }) => councilsOf(html) === 2)).toBe(true);
    let total = 0;
    for (const folder of folders) {
      const dir = join(site, 'pagefind', SCOPES_FOLDER, folder);
      const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
      const meta = asMetaIndex(decodeFile(readFileSync(join(dir, `pagefind.${entry.languages['en']?.hash}.pf_meta`)), 'meta'), 'meta');
      expect(meta[3]).toEqual([]);
      expect(meta[4]).toEqual([]);
      expect(meta[1].length).toBe(entry.languages['en']?.page_count);
      total += meta[1].length;
      expect(
        readdirSync(dir)
          .filter((name) => !/^pagefind\..+\.pf_meta$/.test(name))
          .sort(),
      ).toEqual(
        [
          'index',
          'pagefind-entry.json',
          'pagefind-worker.js',
          ...readdirSync(join(site, 'pagefind')).filter((name) => /^wasm\./.test(name)),
        ].sort(),
      );
      expect(readFileSync(join(dir, 'pagefind-worker.js'))).toEqual(readFileSync(join(site, 'pagefind', 'pagefind-worker.js')));
    }
    expect(total).toBe(pages);
  });
});

describe('word chunks', () => {
  it('leave no gap between them, so the chunk Pagefind picks for a word is the one that holds it', async () => {
    const site = await indexedSite('chunked');
    // Rewritten in small chunks, so that many words end a chunk (the pages' sort values in the index's order).
    const root = join(site, 'pagefind');
    const sortValues = JSON.parse(readFileSync(join(root, SORT_VALUES_FILE), 'utf8')) as Record<string, string>[];
    await mergeIndexParts(root, [{ folder: '', sortValues }], { chunkEntries: 40 });
    const entry = JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8')) as Entry;
    const meta = asMetaIndex(decodeFile(readFileSync(join(root, `pagefind.${entry.languages['en']?.hash}.pf_meta`)), 'meta'), 'meta');
    const chunks = meta[2];
    expect(chunks.length).toBeGreaterThan(5);
    for (const [, , hash] of chunks) {
      const words = asWords(decodeFile(readFileSync(join(root, 'index', `${hash}.pf_index`)), hash), hash);
      for (const [word] of words) {
        // Pagefind's lookup: the first chunk whose range holds the term (pagefind_web's request_indexes).
        const picked = (term: string) => chunks.find(([from, to]) => compareWords(term, from) >= 0 && compareWords(term, to) <= 0)?.[2];
        expect(picked(word), word).toBe(hash);
        // A longer term (an unstemmed word of a phrase, a word the index lacks) falls in a chunk too:
        // the one holding the word, or the next one when it sorts after that chunk's start.
        expect(picked(`${word}zz`), `${word}zz`).toBeDefined();
      }
    }
    const pagefind = await open(site);
    for (const term of WORDS) expect((await shown(pagefind, term)).results.length, term).toBeGreaterThan(0);

    // A word too large to share a chunk has one of its own (with the words that start with it):
    // the small words beside it stay cheap to look up. Other chunks stay below the limit.
    const held = chunks.map(([, , hash]) => asWords(decodeFile(readFileSync(join(root, 'index', `${hash}.pf_index`)), hash), hash));
    expect(held.filter((words) => words.length === 1 && entriesOf(words[0] as PackedWord) > 40).length).toBeGreaterThan(0);
    for (const [first, ...rest] of held) {
      if (first === undefined || entriesOf(first) > 40) expect(rest.every(([word]) => word.startsWith(first?.[0] ?? ''))).toBe(true);
      else expect([first, ...rest].reduce((sum, word) => sum + entriesOf(word), 0)).toBeLessThan(40);
    }
  });
});

describe('a merge that cannot read its parts', () => {
  it('throws FormatError and leaves every part as it was', async () => {
    const site = writeSite('refused');
    const feed = new PagefindFeed({ createIndex, base: '/', outDir: site, pagesPerPart: Infinity, partBytes: Infinity });
    // Pages with no sort values recorded: the merge must not guess their order.
    const parts = [
      { folder: '', sortValues: [] },
      { folder: 'part-2/', sortValues: [] },
    ];
    for (const { path, html } of PAGES) feed.add(`/${path}/`, html);
    await feed.finish();
    await close();
    // Split the single index's files in two folders by hand: the page counts will not match.
    cpSync(join(site, 'pagefind'), join(site, 'copy'), { recursive: true });
    renameSync(join(site, 'copy'), join(site, 'pagefind', 'part-2'));
    const before = readdirSync(join(site, 'pagefind'), { recursive: true }).sort();
    await expect(mergeIndexParts(join(site, 'pagefind'), parts)).rejects.toThrow(FormatError);
    await expect(mergeIndexParts(join(site, 'pagefind'), parts)).rejects.toThrow(/40 pages indexed, 0 sent/);
    expect(readdirSync(join(site, 'pagefind'), { recursive: true }).sort()).toEqual(before);
    // An entry file that is not Pagefind's is refused the same way, not with a crash.
    writeFileSync(join(site, 'pagefind', 'pagefind-entry.json'), '{"version":"1.6.0"}');
    await expect(mergeIndexParts(join(site, 'pagefind'), parts)).rejects.toThrow(/not a Pagefind entry/);
    expect(readFileSync(join(site, 'pagefind', 'parts.json'), 'utf8')).toBe('[]\n');
  });

  it('leaves a kept part as it was, and nothing of the merged fragments, when one of its word chunks is refused', async () => {
    // The index as a part kept elsewhere (a build cache's), and a root holding its other files.
    const {
      kept,
      sortValues,
      roots: [index = ''],
    } = await keptIndex('kept', ['index-root']);
    // Its last word chunk holds a word with data the merge does not know.
    const chunks = readdirSync(join(kept, 'index')).sort();
    writeFileSync(
      join(kept, 'index', chunks.at(-1) ?? ''),
      gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode([[['zzz', [[0, [1], []]], [1]]]])])),
    );
    const contents = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const file = join(entry.parentPath, entry.name);
          return [file, readFileSync(file).toString('base64')];
        })
        .sort();
    const [keptBefore, rootBefore] = [contents(kept), contents(index)];
    await expect(mergeIndexParts(index, [{ folder: '', dir: kept, sortValues }])).rejects.toThrow(/has data this merge does not know/);
    expect(contents(kept)).toEqual(keptBefore);
    expect(contents(index)).toEqual(rootBefore);
    expect(readdirSync(index).sort()).toEqual(
      readdirSync(kept, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
        .sort(),
    );
  });

  it("reads a kept part's word chunks from its plain folder, which the merge before wrote, into the same index", async () => {
    // A root for each merge.
    const { site, kept, sortValues, roots } = await keptIndex('plain', ['first', 'second']);
    const plainDir = join(site, 'plain');
    const [first = '', second = ''] = roots;
    await mergeIndexParts(first, [{ folder: '', dir: kept, sortValues, plainDir }]);
    const chunks = readdirSync(join(kept, 'index')).sort();
    expect(readdirSync(plainDir).sort()).toEqual(chunks.map((name) => name.replace(/\.pf_index$/, '.cbor')));
    for (const name of chunks)
      expect(readFileSync(join(plainDir, name.replace(/\.pf_index$/, '.cbor')))).toEqual(
        gunzipSync(readFileSync(join(kept, 'index', name))).subarray('pagefind_dcd'.length),
      );
    // Without the compressed chunks, the second merge can only read the plain ones.
    rmSync(join(kept, 'index'), { recursive: true });
    await mergeIndexParts(second, [{ folder: '', dir: kept, sortValues, plainDir }]);
    expect(files(second)).toEqual(files(first));
  });

  it('takes the chunks it kept from a merge before, the same index byte for byte, and keeps only the last merge’s', async () => {
    const { site, kept, sortValues, roots } = await keptIndex('chunk-cache', ['first', 'second', 'third']);
    const [first = '', second = '', third = ''] = roots;
    const dir = join(site, 'chunks', 'zlib-level');
    // A folder of another zlib or level, and a chunk no merge of this index writes.
    mkdirSync(join(site, 'chunks', 'older'), { recursive: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'f'.repeat(64)), 'stale');
    await mergeIndexParts(first, [{ folder: '', dir: kept, sortValues }], { chunkCache: { dir, read: true } });
    expect(readdirSync(join(site, 'chunks'))).toEqual(['zlib-level']);
    const cached = readdirSync(dir).filter((name) => /^[0-9a-f]{64}$/.test(name));
    expect(cached).not.toContain('f'.repeat(64));
    // The whole index's chunks and each council's, linked.
    const chunkFiles = (root: string) =>
      [...files(root).keys()].filter((name) => name.endsWith('.pf_index')).map((name) => lstatSync(join(root, name)));
    expect(cached.length).toBeGreaterThan(COUNCILS.length);
    expect(chunkFiles(first).length).toBeGreaterThanOrEqual(cached.length);
    const inodes = new Set(cached.map((name) => lstatSync(join(dir, name)).ino));
    expect(chunkFiles(first).every((file) => inodes.has(file.ino))).toBe(true);
    // The next merge takes them (the same files), and gives the index a merge without a cache gives.
    await mergeIndexParts(second, [{ folder: '', dir: kept, sortValues }], { chunkCache: { dir, read: true } });
    expect(chunkFiles(second).every((file) => inodes.has(file.ino))).toBe(true);
    await mergeIndexParts(third, [{ folder: '', dir: kept, sortValues }]);
    expect(files(second)).toEqual(files(third));
    expect(files(first)).toEqual(files(third));
    expect(readdirSync(dir).sort()).toEqual([...cached, 'councils.json'].sort());
  });

  it('takes a council’s chunks as recorded when its pages are the same, and writes its words again when not', async () => {
    const { site, kept, sortValues, roots } = await keptIndex('council-chunks', ['first', 'taken', 'written', 'fresh']);
    const [first = '', taken = '', written = '', fresh = ''] = roots;
    const chunkCache = { dir: join(site, 'chunks', 'zlib-level'), read: true, key: 'code' };
    const merge = (root: string, cache?: typeof chunkCache) =>
      mergeIndexParts(root, [{ folder: '', dir: kept, sortValues }], cache === undefined ? {} : { chunkCache: cache });
    await merge(first, chunkCache);
    await merge(fresh);
    const recordFile = join(chunkCache.dir, 'councils.json');
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as Record<string, { digest: string; chunks: string[][] }>;
    expect(Object.keys(record).sort()).toEqual(COUNCILS.map((council) => scopeFolder(council)).sort());
    const folder = scopeFolder('Thurrock') ?? '';
    const meta = (root: string) => {
      const dir = join(root, SCOPES_FOLDER, folder);
      const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
      return asMetaIndex(decodeFile(readFileSync(join(dir, `pagefind.${entry.languages['en']?.hash}.pf_meta`)), 'meta'), 'meta');
    };
    // The record is what the merge takes for the same pages: a range marked in it shows in the council's metadata.
    const marked = structuredClone(record);
    (marked[folder]?.chunks[0] as string[])[1] = 'marked';
    writeFileSync(recordFile, JSON.stringify(marked));
    await merge(taken, chunkCache);
    expect(meta(taken)[2][0]?.[1]).toBe('marked');
    // Pages other than recorded (another digest): the council's words are written again, as without a cache.
    const other = structuredClone(marked);
    if (other[folder]) other[folder].digest = 'other pages';
    writeFileSync(recordFile, JSON.stringify(other));
    await merge(written, chunkCache);
    expect(meta(written)).toEqual(meta(fresh));
    expect(files(written)).toEqual(files(fresh));
    // Another key (new code): the same.
    writeFileSync(recordFile, JSON.stringify(record));
    await merge(taken, { ...chunkCache, key: 'other code' });
    expect(files(taken)).toEqual(files(fresh));
  });

  it('refuses sort values that do not follow an index already numbered in date order (a stale shard file)', async () => {
    const site = writeSite('stale');
    const feed = new PagefindFeed({ createIndex, base: '/', outDir: site, pagesPerPart: Infinity, partBytes: Infinity });
    for (const { path, html } of PAGES) feed.add(`/${path}/`, html);
    await feed.finish();
    await close();
    const before = readdirSync(join(site, 'pagefind'), { recursive: true }).sort();
    // The values in the order the pages were sent, not the merged index's date order.
    const sent = PAGES.map(({ html }) => sortValuesIn(html));
    await expect(mergeIndexParts(join(site, 'pagefind'), [{ folder: '', sortValues: sent }])).rejects.toThrow(
      /the recorded sort values do not follow the pages' date order/,
    );
    expect(readdirSync(join(site, 'pagefind'), { recursive: true }).sort()).toEqual(before);
  });
});
