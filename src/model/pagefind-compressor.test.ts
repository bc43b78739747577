/**
 * The compressor's thread writes a chunk as libuv's threads would: a merge sends each chunk to one
 * or the other by its size (COMPRESS_HERE_BELOW), and the merged index must be the same bytes
 * whichever wrote a chunk, in every build.
 */
import { lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChunkCompressor } from './pagefind-compressor.ts';
import { compressFile, COMPRESS_HERE_BELOW, plainFile, unpackFile } from './pagefind-format.ts';

const root = mkdtempSync(join(tmpdir(), 'pagefind-compressor-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A chunk's body of about `size` bytes, words repeating as an index's do. */
function body(size: number): Buffer {
  const words = Array.from({ length: Math.ceil(size / 12) }, (_, at) => `word${(at * 7919) % 1013} `).join('');
  return plainFile([Buffer.from(words.slice(0, size))]).body;
}

describe('the chunk compressor', () => {
  it('writes each chunk byte for byte as libuv’s threads compress it, and links it where asked', async () => {
    const compressor = new ChunkCompressor();
    const sizes = [100, 30_000, COMPRESS_HERE_BELOW - 1];
    const expected = await Promise.all(sizes.map((size) => compressFile(body(size))));
    try {
      for (const [at, size] of sizes.entries()) await compressor.write(join(root, `chunk-${at}`), body(size), join(root, `kept-${at}`));
      await compressor.all();
    } finally {
      await compressor.close();
    }
    for (const [at, size] of sizes.entries()) {
      const written = readFileSync(join(root, `chunk-${at}`));
      expect(written.equals(expected[at] as Buffer)).toBe(true);
      expect((await unpackFile(written, `chunk-${at}`)).length).toBe(body(size).length - 'pagefind_dcd'.length);
      expect(lstatSync(join(root, `kept-${at}`)).ino).toBe(lstatSync(join(root, `chunk-${at}`)).ino);
    }
  });

  it('reports a chunk it could not write when its writes are awaited', async () => {
    const compressor = new ChunkCompressor();
    try {
      await compressor.write(join(root, 'no-such-folder', 'chunk'), body(100), null);
      await expect(compressor.all()).rejects.toThrow(/no-such-folder/);
    } finally {
      await compressor.close();
    }
  });
});
