/**
 * Which words of a merged search index share a word chunk (src/model/pagefind-merge.ts). A
 * search downloads the chunk of each of its words; its first search also downloads the list of
 * chunks, in the metadata. So chunks are sized for the index (chunkEntriesFor), a word larger
 * than a chunk gets one of its own with the words that start with it (WordChunker), and chunks
 * are cut where neighbouring words share the shortest start (chunkCut): Pagefind finds the
 * words that start with a term (`advis` finds `advisor`) only in the one chunk whose range
 * holds the term, so a family of words split between chunks is found only in part.
 */

/** The entries (locations and pages) a chunk holds from 20,000 pages up: see chunkEntriesFor. */
export const CHUNK_ENTRIES = 20_000;

/**
 * The entries a word chunk holds, for an index of `pages` pages. A first search downloads the
 * list of chunks and one chunk: with fixed-size chunks a small archive's first search pays for a
 * large chunk. The sum is least when the number of chunks grows as the square root of the index,
 * so the chunk's size does too (about 6,300 entries at 2,000 pages), up to 20,000 entries at
 * 20,000 pages; past that a larger chunk cost more than the shorter list saved (at 100,000
 * meetings, 63,000 entries made a first search 31 KB heavier and a rare word's later search 36 KB:
 * BENCHMARKS.md, issue 16).
 */
export function chunkEntriesFor(pages: number): number {
  return Math.min(CHUNK_ENTRIES, Math.max(1_000, Math.round(Math.sqrt(CHUNK_ENTRIES * pages))));
}

/**
 * A word up to this many chunks' entries takes the words that start with it into its chunk, so
 * that searching for it finds them (`after`: `aftercare`). A larger one (a common word's
 * positions) stays alone, or every word that starts like it would download it (`how`:
 * `howard`; `the`: `theatre`). At 10,000 meetings this splits fewer families than Pagefind's own
 * chunks and keeps a word's chunk a third of theirs (BENCHMARKS.md, issue 16).
 */
const FAMILY_CHUNKS = 1.5;

function sharedStart(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common += 1;
  return common;
}

/**
 * How many of `words` (in order, with their entries) close the chunk, once they hold `limit`
 * entries or more (the last word took them there): the cut that leaves the chunk at least half
 * full, below `limit`, and splits the shortest shared start (`accord` | `action` rather than
 * `accept` | `access`).
 */
export function chunkCut(words: readonly string[], sizes: readonly number[], limit: number): number {
  // With no cut that leaves it half full, the word that filled the chunk starts the next one.
  let best = Math.max(1, words.length - 1);
  let bestShared = Infinity;
  let held = 0;
  for (let at = 1; at < words.length; at += 1) {
    held += sizes[at - 1] ?? 0;
    if (held < limit / 2) continue;
    const shared = sharedStart(words[at - 1] ?? '', words[at] ?? '');
    if (shared <= bestShared) [best, bestShared] = [at, shared];
  }
  return best;
}

/**
 * Groups words, given in index order with their entries, into chunks: `add` and `finish` say
 * how many of the words not yet written close a chunk now (none, one or two chunks).
 */
export class WordChunker {
  private readonly limit: number;
  private words: string[] = [];
  private sizes: number[] = [];
  private entries = 0;
  /** A large word whose chunk is open to the words that start with it. */
  private family: string | null = null;

  constructor(limit: number) {
    this.limit = limit;
  }

  add(word: string, size: number): number[] {
    const closed: number[] = [];
    if (this.family !== null && !(word.startsWith(this.family) && size <= this.limit)) {
      closed.push(this.close(this.words.length));
      this.family = null;
    }
    if (size > this.limit && this.family === null && this.words.length > 0) closed.push(this.close(this.words.length));
    this.words.push(word);
    this.sizes.push(size);
    this.entries += size;
    if (size > this.limit) {
      if (size <= FAMILY_CHUNKS * this.limit) this.family = word;
      else closed.push(this.close(1));
    } else if (this.family === null && this.entries >= this.limit) closed.push(this.close(chunkCut(this.words, this.sizes, this.limit)));
    return closed;
  }

  finish(): number[] {
    return this.words.length > 0 ? [this.close(this.words.length)] : [];
  }

  private close(count: number): number {
    this.words = this.words.slice(count);
    this.sizes = this.sizes.slice(count);
    this.entries = this.sizes.reduce((sum, size) => sum + size, 0);
    return count;
  }
}
