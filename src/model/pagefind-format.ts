/**
 * Pagefind 1.6's index files, as far as merging parts of an index needs them
 * (pagefind-merge.ts). Every file is gzip of `pagefind_dcd` followed by one CBOR value; the
 * shapes below were read from the files Pagefind 1.6.0 writes. The format is not a public
 * interface, so the merge refuses any other version (FORMAT_VERSION) and any shape it does not
 * know, and the build then keeps the parts unmerged.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzip, gzipSync } from 'node:zlib';
import { Decoder, Encoder } from 'cbor-x';

/** The Pagefind version whose files this module reads and writes. */
export const FORMAT_VERSION = '1.6.0';

const SIGNATURE = Buffer.from('pagefind_dcd');

/** A word's places on one page: page number (the difference from the previous page in the list), word locations, meta-field locations. */
export type PackedPage = [pageDelta: number, locations: number[], metaLocations: number[]];
/** One word of a word chunk (`index/*.pf_index`); `extra` is empty in every file Pagefind 1.6 writes for us. */
export type PackedWord = [word: string, pages: PackedPage[], extra: unknown[]];
/** A filter file (`filter/*.pf_filter`): each value with the numbers of its pages, ascending. */
export type FilterIndex = [filter: string, values: [value: string, pages: number[]][]];
/** A page of the metadata: its fragment's name, its word count, and a field Pagefind leaves empty. */
export type MetaPage = [hash: string, wordCount: number, extra: string];
/** A word chunk: the words it holds run from `from` to `to` (shortest distinguishing prefixes). */
export type MetaChunk = [from: string, to: string, hash: string];
/** The metadata file (`pagefind.<hash>.pf_meta`). Sorts list page numbers in ascending order of the key. */
export type MetaIndex = [
  version: string,
  pages: MetaPage[],
  chunks: MetaChunk[],
  filters: [filter: string, hash: string][],
  sorts: [key: string, pages: number[]][],
  metaFields: string[],
];

/** `pagefind-entry.json`. */
export interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
  [other: string]: unknown;
}

const decoder = new Decoder({ useRecords: false, mapsAsObjects: true });
const encoder = new Encoder({ useRecords: false, variableMapSize: true });

/** Thrown when a part is not in the format this module knows: the build keeps the parts as they are. */
export class FormatError extends Error {}

export function decodeFile(bytes: Uint8Array, name: string): unknown {
  const plain = gunzipSync(bytes);
  if (!plain.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new FormatError(`${name}: not a Pagefind index file`);
  return decoder.decode(plain.subarray(SIGNATURE.length));
}

/** A hex SHA-256 of the bytes: files are named after the start of it. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The merged index's compression: level 5 of zlib's 9, not its default 6. Compressing the word
 * chunks is most of a merge's work (on libuv's threads), and level 5 took a third less time than
 * level 6 on a 10,000-meeting index for files 0.7% larger (level 4: 57% less time, 4% larger).
 */
const LEVEL = 5;

/** How the files are compressed, as a folder name: the same bytes compress the same way under the same name. */
export const COMPRESSION = `zlib-${process.versions.zlib}-level-${LEVEL}`;

const gzipAtLevel = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/**
 * zlib's output buffer for `bytes` compressed (or decompressed into `size` bytes): the whole
 * output, not zlib's 16 KB. Each buffer it fills is a round trip between the thread that asked
 * and libuv's, and a merge decompresses and compresses the whole index (BENCHMARKS.md, round 16).
 * A result larger than the buffer still comes whole, in more buffers; none is larger than 64 MB
 * (the size is a file's claim).
 */
function outputSize(size: number): number {
  return Math.min(2 ** 26, Math.max(64, size + (size >> 8) + 64));
}

const compress = (bytes: Uint8Array): Promise<Buffer> => gzipAtLevel(bytes, { level: LEVEL, chunkSize: outputSize(bytes.length) });

/** A gzip file's own length decompressed: its last four bytes (modulo 2^32: only a hint). */
function gzipSize(bytes: Uint8Array): number {
  return bytes.length < 4 ? 0 : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readUInt32LE(bytes.length - 4);
}

const decompress = (bytes: Uint8Array): Promise<Buffer> => gunzipAsync(bytes, { chunkSize: outputSize(gzipSize(bytes)) });

/**
 * A file's CBOR, after Pagefind's signature, decompressed on libuv's threads (the merge reads a
 * part's next word chunk while it merges this one).
 */
export async function unpackFile(bytes: Uint8Array, name: string): Promise<Buffer> {
  const plain = await decompress(bytes);
  if (!plain.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new FormatError(`${name}: not a Pagefind index file`);
  return plain.subarray(SIGNATURE.length);
}

/**
 * Files below this size (uncompressed) are compressed synchronously (compressFileSync), by a
 * thread that has nothing else to do (pagefind-compressor.ts). A compression on libuv's threads
 * costs the calling thread a zlib stream's set-up and a round trip, more than compressing a
 * small file: a council's index (pagefind-scopes.ts) is thousands of chunks of a few KB
 * (BENCHMARKS.md, round 18), and the whole index's chunks are mostly tens of KB, where the
 * round trips cost the process twice the CPU of compressing here (round 32). Larger files
 * still go to libuv's threads, which compress several at once; this size also bounds the bytes in
 * flight to the compressor's thread (IN_FLIGHT chunks of less than this size).
 */
export const COMPRESS_HERE_BELOW = 256 * 1024;

/** `body` (plainFile's) compressed on the calling thread. */
export function compressFileSync(body: Uint8Array): Buffer {
  return gzipSync(body, { level: LEVEL });
}

/** A file's content before it is compressed (`compressFile`): Pagefind's signature and the CBOR, in pieces. */
export function plainFile(pieces: readonly Uint8Array[]): { hash: string; body: Buffer } {
  const body = Buffer.concat([SIGNATURE, ...pieces]);
  return { hash: contentHash(body), body };
}

/** The file's bytes: `body` (plainFile's) compressed on libuv's threads. */
export function compressFile(body: Buffer): Promise<Buffer> {
  return compress(body);
}

/** As encodeFile, for CBOR already encoded (in pieces, written one after the other). */
export function packFile(pieces: readonly Uint8Array[]): { hash: string; bytes: Promise<Buffer> } {
  const { hash, body } = plainFile(pieces);
  return { hash, bytes: compressFile(body) };
}

/**
 * The hash of the file's content, which names it, and its bytes: compressed on libuv's threads,
 * so that the merge encodes the next chunk while this one compresses (compressing and
 * decompressing were a third of the merge's time in a profile).
 */
export function encodeFile(value: unknown): { hash: string; bytes: Promise<Buffer> } {
  return packFile([encoder.encode(value)]);
}

/** Checks the metadata's shape before anything relies on it. */
export function asMetaIndex(value: unknown, name: string): MetaIndex {
  const ok =
    Array.isArray(value) && value.length === 6 && value[0] === FORMAT_VERSION && value.slice(1).every((field) => Array.isArray(field));
  if (!ok) throw new FormatError(`${name}: not Pagefind ${FORMAT_VERSION} metadata`);
  return value as MetaIndex;
}

export function asWords(value: unknown, name: string): PackedWord[] {
  const words = Array.isArray(value) ? (value[0] as unknown) : undefined;
  if (!Array.isArray(words)) throw new FormatError(`${name}: not a Pagefind word chunk`);
  return words as PackedWord[];
}

export function asFilter(value: unknown, name: string): FilterIndex {
  if (!Array.isArray(value) || typeof value[0] !== 'string' || !Array.isArray(value[1]))
    throw new FormatError(`${name}: not a Pagefind filter`);
  return value as FilterIndex;
}

/** Pagefind orders words as Rust orders strings: by UTF-8 bytes, which is code point order. */
export function compareWords(a: string, b: string): number {
  if (a === b) return 0;
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * Where a word chunk starts, in the metadata: the shortest start of its first word that sorts
 * after the previous chunk's last word (`apple` | `apricot` → `apr`), as Pagefind writes it, so a
 * prefix typed so far (`apr`) finds the chunk its words are in.
 */
export function chunkStart(previousLast: string, first: string): string {
  const a = [...previousLast];
  const b = [...first];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return b.slice(0, common + 1).join('');
}

/** The greatest character: a range ending in it takes in every longer word with that start. */
const LAST_CHARACTER = '\u{10FFFF}';

/**
 * Where a chunk ends, in the metadata: just before the next chunk's start (`apr` → `apq` and the
 * greatest character twice), so that the chunks' ranges leave no gap and Pagefind finds a chunk
 * for every term, the last chunk ending after every word. Pagefind ends a chunk at a shortened
 * last word instead (`apple` → `app`), and a term in the gap (a longer word such as `apples`, or
 * the unstemmed words of a phrase search: `ofsted` after the stem `ofst`) matches no chunk;
 * Pagefind then falls back to the first chunk whose shortened range takes the term in, and
 * downloads the wrong chunk: at 10,000 meetings `ofsted inspection` fetched the 774 KB chunk of
 * `of` and the 540 KB chunk of `in` (BENCHMARKS.md).
 */
export function chunkEnd(nextStart: string | null): string {
  const chars = [...(nextStart ?? '')];
  const last = chars.pop()?.codePointAt(0);
  if (last === undefined || last === 0) return LAST_CHARACTER.repeat(2);
  return `${chars.join('')}${String.fromCodePoint(last - 1)}${LAST_CHARACTER.repeat(2)}`;
}

/** A word's entries, as word chunks are sized (pagefind-chunks.ts): its pages and their locations. */
export function entriesOf(word: PackedWord): number {
  let entries = 0;
  for (const page of word[1]) entries += page[1].length + page[2].length + 1;
  return entries;
}
