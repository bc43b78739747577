/**
 * The reads the page cache's pages name (src/site/page-cache.ts), each once, by number. A page of an
 * archive reads a hundred or more things (most of them the link index's word lookups), and most
 * reads are the same on many pages: written out on every page, a rebuild at 10,000 meetings parsed
 * 2.4 million of them, for 93,000 different ones, and looked each up again. A page's record names
 * its reads by their numbers here, and a rebuild checks each read once, whatever the number of
 * pages naming it.
 *
 * A read is a key and the digest of what it gave. The table only grows while the pages file it
 * belongs to is continued, so that the numbers of the pages left in place stay true; a new pages
 * file starts a new table, and the pages copied into it are numbered again (`renumber`).
 */

/** Whether a read noted by an earlier build gives the same now (src/site/traced-archive.ts's ReadCheck). */
export interface ReadsNow {
  holds(key: string, digest: string): boolean;
}

/** How the table is kept in the cache's index: the keys and the digests, by number. */
export interface StoredReads {
  readKeys: string[];
  readDigests: string[];
}

/** A check not made yet, a read that holds, one that does not. */
const UNKNOWN = 0;
const HOLDS = 1;
const CHANGED = 2;

export class ReadTable {
  private readonly keys: string[];
  private readonly digests: string[];
  /** Each key's latest number: within a build, a key always gives the same digest. */
  private readonly byKey = new Map<string, number>();
  /** What `holds` found for each read the table had when it was opened, asking `checkedWith`. */
  private readonly checks: Uint8Array;
  private checkedWith: ReadsNow | null = null;

  constructor(stored: StoredReads = { readKeys: [], readDigests: [] }) {
    this.keys = stored.readKeys;
    this.digests = stored.readDigests;
    this.keys.forEach((key, at) => this.byKey.set(key, at));
    this.checks = new Uint8Array(this.keys.length);
  }

  /** The table kept in an index, or null when it is not one (a damaged cache is a miss). */
  static from(stored: Partial<StoredReads>): ReadTable | null {
    const { readKeys, readDigests } = stored;
    const strings = (list: unknown): list is string[] => Array.isArray(list) && list.every((item) => typeof item === 'string');
    if (!strings(readKeys) || !strings(readDigests) || readKeys.length !== readDigests.length) return null;
    return new ReadTable({ readKeys, readDigests });
  }

  /** The number of the read `key` giving `digest`, added when the table has none. */
  number(key: string, digest: string): number {
    const at = this.byKey.get(key);
    if (at !== undefined && this.digests[at] === digest) return at;
    this.keys.push(key);
    this.digests.push(digest);
    this.byKey.set(key, this.keys.length - 1);
    return this.keys.length - 1;
  }

  /** The key of read `at`. */
  key(at: number): string {
    return this.keys[at] ?? '(unknown read)';
  }

  /** True if read `at`, one the table had when it was opened, gives the same `now`; each is asked once of the same `now`. */
  holds(at: number, now: ReadsNow): boolean {
    if (!Number.isInteger(at) || at < 0 || at >= this.checks.length) return false;
    if (now !== this.checkedWith) {
      this.checks.fill(UNKNOWN);
      this.checkedWith = now;
    }
    if (this.checks[at] === UNKNOWN) this.checks[at] = now.holds(this.keys[at] ?? '', this.digests[at] ?? '') ? HOLDS : CHANGED;
    return this.checks[at] === HOLDS;
  }

  /** Read numbers of `from` as numbers of this table. */
  renumber(numbers: number[], from: ReadTable): number[] {
    return numbers.map((at) => this.number(from.key(at), from.digests[at] ?? ''));
  }

  /** The table as the cache's index keeps it. */
  stored(): StoredReads {
    return { readKeys: this.keys, readDigests: this.digests };
  }
}
