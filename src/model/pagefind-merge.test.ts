/**
 * The fragments of a kept part (one the build cache keeps: IndexPart's `dir`) in the merged
 * index: hard links where the file system allows them, copies where it does not, and the kept
 * part left as it was either way. The merge of real Pagefind indexes is tested in
 * src/integrations/pagefind-merge.test.ts.
 */
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { asMetaIndex, decodeFile, encodeFile, FORMAT_VERSION, type MetaIndex } from './pagefind-format.ts';
import { mergeIndexParts } from './pagefind-merge.ts';

// Links refused as by a build cache on another file system, while `refuseLinks` is true.
let refuseLinks = false;
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const linkSync = (from: string, to: string) => {
    if (refuseLinks) throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    fs.linkSync(from, to);
  };
  return { ...fs, default: { ...fs, linkSync }, linkSync };
});

const root = mkdtempSync(join(tmpdir(), 'pagefind-merge-kept-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A two-page index as Pagefind writes one, in `dir`. */
async function writeIndex(dir: string): Promise<void> {
  mkdirSync(join(dir, 'index'), { recursive: true });
  mkdirSync(join(dir, 'fragment'));
  const chunk = encodeFile([
    [
      [
        'hello',
        [
          [0, [1, 2], []],
          [1, [3], []],
        ],
        [],
      ],
    ],
  ]);
  writeFileSync(join(dir, 'index', `en_${chunk.hash.slice(0, 7)}.pf_index`), await chunk.bytes);
  const meta: MetaIndex = [
    FORMAT_VERSION,
    [
      ['en_first', 10, ''],
      ['en_second', 5, ''],
    ],
    [['', 'zz', `en_${chunk.hash.slice(0, 7)}`]],
    [],
    [],
    [],
  ];
  writeFileSync(join(dir, 'pagefind.en_meta.pf_meta'), await encodeFile(meta).bytes);
  writeFileSync(
    join(dir, 'pagefind-entry.json'),
    JSON.stringify({ version: FORMAT_VERSION, languages: { en: { hash: 'en_meta', wasm: 'en', page_count: 2 } } }),
  );
  writeFileSync(join(dir, 'fragment', 'en_first.pf_fragment'), 'the first page');
  writeFileSync(join(dir, 'fragment', 'en_second.pf_fragment'), 'the second page');
}

/** Every file below `dir` with its content. */
function contents(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry): [string, string] => [
      join(entry.parentPath, entry.name),
      readFileSync(join(entry.parentPath, entry.name)).toString('base64'),
    ])
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Merges the kept part in `kept` into a new index root `name`, as a build does; returns the root. */
async function mergeKept(name: string, kept: string): Promise<string> {
  const index = join(root, name);
  mkdirSync(index);
  for (const file of ['pagefind-entry.json', 'pagefind.en_meta.pf_meta']) writeFileSync(join(index, file), readFileSync(join(kept, file)));
  // The second page is older: it comes first in the merged index.
  await mergeIndexParts(index, [{ folder: '', dir: kept, sortValues: [{ date: '2024-05-01' }, { date: '2023-01-01' }] }]);
  return index;
}

/** The merged index's fragments by page, oldest first. */
function fragments(index: string): { text: string; links: number }[] {
  const entry = JSON.parse(readFileSync(join(index, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { hash: string } } };
  const metaFile = join(index, `pagefind.${entry.languages.en.hash}.pf_meta`);
  const meta = asMetaIndex(decodeFile(readFileSync(metaFile), metaFile), metaFile);
  return meta[1].map(([name]) => {
    const file = join(index, 'fragment', `${name}.pf_fragment`);
    return { text: readFileSync(file, 'utf8'), links: lstatSync(file).nlink };
  });
}

describe("a kept part's fragments in the merged index", () => {
  it('are hard links to its files, which stay as they were', async () => {
    const kept = join(root, 'kept-linked');
    await writeIndex(kept);
    const before = contents(kept);
    const index = await mergeKept('linked', kept);
    expect(fragments(index)).toEqual([
      { text: 'the second page', links: 2 },
      { text: 'the first page', links: 2 },
    ]);
    expect(contents(kept)).toEqual(before);
    // Removing the merged index (as the next build does) leaves the kept part whole.
    rmSync(index, { recursive: true });
    expect(contents(kept)).toEqual(before);
  });

  it('are copies where links are refused, the same index byte for byte', async () => {
    const kept = join(root, 'kept-copied');
    await writeIndex(kept);
    const before = contents(kept);
    refuseLinks = true;
    let index: string;
    try {
      index = await mergeKept('copied', kept);
    } finally {
      refuseLinks = false;
    }
    expect(fragments(index)).toEqual([
      { text: 'the second page', links: 1 },
      { text: 'the first page', links: 1 },
    ]);
    const linked = await mergeKept('linked-again', kept);
    const relative = (dir: string) => contents(dir).map(([file, text]) => [file.slice(dir.length), text]);
    expect(relative(index)).toEqual(relative(linked));
    expect(contents(kept)).toEqual(before);
  });
});
