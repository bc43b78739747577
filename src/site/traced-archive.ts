/**
 * The archive as the pages read it in a build: every read of it notes, on the page being rendered
 * (src/model/page-reads.ts), how to read it again and a digest of what it gave, so that the next
 * build knows whether the page would read the same (src/site/page-cache.ts).
 *
 * Reads are as fine as the archive's own lookups: `meetingsByCommittee.get(id)` is a read of one
 * committee's meetings, so a new meeting changes the pages that looked up its committee, not every
 * meeting page; `archive.meetings` is a read of every meeting, and a page that lists them all
 * changes with any of them. A derived value the archive computes once (people, lists of councils)
 * is a read of the whole value. The link index (`links`) is not traced here: record text reads it
 * through the render cache, which notes each lookup it makes.
 */
import { currentPageReads, digestOf } from '../model/page-reads.ts';
import { processGlobal } from '../model/process-global.ts';

/** How a read was made: a property's value, a map's entry or presence or whole self, a function's result, a link lookup. */
type Op = 'value' | 'get' | 'has' | 'all' | 'call' | 'link';

/** The key of a read: the property's path in the archive, how it was read, and with what. */
export function readKey(path: string, op: Op, argument?: unknown): string {
  return JSON.stringify(argument === undefined ? [path, op] : [path, op, argument]);
}

/** Notes a read on the page being rendered, if any (getStaticPaths and the dev server read untraced). */
function note(key: string, value: unknown): void {
  const reads = currentPageReads();
  if (reads !== undefined && !reads.reads.has(key)) reads.note(key, digestOf(value));
}

/** A map whose reads are noted: a key's entry, a key's presence, or (any iteration) the whole map. */
class TracedMap<K, V> implements ReadonlyMap<K, V> {
  private readonly raw: ReadonlyMap<K, V>;
  private readonly path: string;

  constructor(raw: ReadonlyMap<K, V>, path: string) {
    this.raw = raw;
    this.path = path;
  }
  get(key: K): V | undefined {
    const value = this.raw.get(key);
    note(readKey(this.path, 'get', key), value);
    return value;
  }
  has(key: K): boolean {
    const found = this.raw.has(key);
    note(readKey(this.path, 'has', key), found);
    return found;
  }
  private whole(): ReadonlyMap<K, V> {
    note(readKey(this.path, 'all'), this.raw);
    return this.raw;
  }
  get size(): number {
    return this.whole().size;
  }
  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    this.whole().forEach((value, key) => callback(value, key, this));
  }
  entries(): MapIterator<[K, V]> {
    return this.whole().entries();
  }
  keys(): MapIterator<K> {
    return this.whole().keys();
  }
  values(): MapIterator<V> {
    return this.whole().values();
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.whole().entries();
  }
}

/** Paths not traced here (see the module's comment). */
const UNTRACED = new Set(['links']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** `raw` with every read of its properties noted, its maps and functions traced, its plain objects traced within. */
function tracedObject(raw: Record<string, unknown>, path: string): Record<string, unknown> {
  const traced: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const at = path === '' ? name : `${path}.${name}`;
    if (UNTRACED.has(at)) traced[name] = value;
    else if (value instanceof Map) traced[name] = new TracedMap(value, at);
    else if (typeof value === 'function')
      traced[name] = (...args: unknown[]): unknown => {
        const result: unknown = value(...args);
        note(readKey(at, 'call', args), result);
        return result;
      };
    else if (isPlainObject(value)) traced[name] = tracedObject(value, at);
    else
      Object.defineProperty(traced, name, {
        enumerable: true,
        get: () => {
          note(readKey(at, 'value'), value);
          return value;
        },
      });
  }
  return traced;
}

/** The archive as pages read it: the same values, every read noted on the page being rendered. */
export function tracedArchive<A extends object>(archive: A): A {
  // The same shape: maps become read-only maps, which is all pages do with them.
  return tracedObject(archive as Record<string, unknown>, '') as A;
}

/** A read of the link index, as the render cache noted it (table, key and digest), as a page's read. */
export function noteLinkRead(table: string, key: string | number, digest: string): void {
  currentPageReads()?.note(readKey('links', 'link', [table, key]), digest);
}

/**
 * Whether reads noted by an earlier build give the same now, read from `archive` (untraced) and,
 * for the link index, from `readLink`. Each read is checked once per build: pages share most of theirs.
 */
export class ReadCheck {
  private readonly known = new Map<string, string>();
  private readonly archive: object;
  private readonly readLink: (table: string, key: string | number) => unknown;

  constructor(archive: object, readLink: (table: string, key: string | number) => unknown) {
    this.archive = archive;
    this.readLink = readLink;
  }

  holds(key: string, digest: string): boolean {
    let now = this.known.get(key);
    if (now === undefined) {
      now = this.digestNow(key);
      this.known.set(key, now);
    }
    return now === digest;
  }

  private digestNow(key: string): string {
    const [path, op, argument] = JSON.parse(key) as [string, Op, unknown];
    if (op === 'link') {
      const [table, at] = argument as [string, string | number];
      return digestOf(this.readLink(table, at));
    }
    let target: unknown = this.archive;
    for (const name of path.split('.'))
      target = typeof target === 'object' && target !== null ? (target as Record<string, unknown>)[name] : undefined;
    if (op === 'value') return digestOf(target);
    if (target instanceof Map) {
      if (op === 'get') return digestOf(target.get(argument));
      if (op === 'has') return digestOf(target.has(argument));
      if (op === 'all') return digestOf(target);
    }
    if (op === 'call' && typeof target === 'function')
      return digestOf((target as (...args: unknown[]) => unknown)(...(argument as unknown[])));
    // The archive has changed shape (other code is another cache version, so this is a damaged cache): a miss.
    return '(unreadable)';
  }
}

/** The read check of the archive the pages loaded (src/site/archive.ts), for every copy of the modules. */
const loadedChecks = processGlobal<Promise<ReadCheck>>('archive-read-check');

/** Makes `check` the one loadedReadCheck gives: the pages' archive has loaded (or is loading). */
export function publishReadCheck(check: Promise<ReadCheck>): void {
  loadedChecks.set(check);
}

/**
 * The check of the archive the pages loaded, from the integrations' copy of the modules too, which
 * must not load an archive of their own (src/integrations/kept-pages.ts); undefined before the pages load one.
 */
export function loadedReadCheck(): Promise<ReadCheck> | undefined {
  return loadedChecks.get();
}
