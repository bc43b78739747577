/**
 * What a page read while it rendered (issue 16, goal 3: a rebuild after an import renders only the
 * pages whose reads give something else now; src/site/page-cache.ts keeps the others' HTML).
 *
 * A page is a function of its address, its props, the code and the build's settings, and what it
 * reads: of the archive (src/site/traced-archive.ts notes every read there) and of the link index
 * its record text was linked against (the render cache notes those, src/markdown/render-cache.ts).
 * Each read is noted as a key, which says how to read it again, and a digest of what it gave. The
 * reads of the page being rendered are found through an AsyncLocalStorage: Astro renders several
 * pages at once, and the modules that note reads are in two bundles (the integrations' and the
 * pages'), so the storage is one per process, on a global, as the Pagefind feed is.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { processGlobal } from './process-global.ts';

/** The reads of one page's render. */
export class PageReads {
  /** Each read's key and a digest of what it gave (the first time: the archive does not change during a build). */
  readonly reads = new Map<string, string>();
  /** The keys of the record text blocks the page showed, so the render cache keeps them for a later build. */
  readonly blocks = new Set<string>();

  note(key: string, digest: string): void {
    if (!this.reads.has(key)) this.reads.set(key, digest);
  }
}

const shared = processGlobal<AsyncLocalStorage<PageReads>>('page-reads');

function storage(): AsyncLocalStorage<PageReads> {
  let found = shared.get();
  if (found === undefined) {
    found = new AsyncLocalStorage<PageReads>();
    shared.set(found);
  }
  return found;
}

/** Runs `render` with `reads` as the reads of everything it does, awaited work included. */
export function readingPage<T>(reads: PageReads, render: () => Promise<T>): Promise<T> {
  return storage().run(reads, render);
}

/** The reads of the page being rendered here, or undefined outside a page (getStaticPaths, the dev server, tests). */
export function currentPageReads(): PageReads | undefined {
  return storage().getStore();
}

const digests = new WeakMap<object, string>();

/** The start of a preset digest (presetDigest), which no computed one has. */
const PRESET = '=';

/**
 * Maps and sets as arrays, so that their contents count in a digest (JSON writes them as `{}`), and
 * a value with a preset digest (a record's entry) as that digest: a meeting's neighbours or a
 * reference's referrers hold whole entries, whose JSON was most of the time a rebuild took to check
 * its kept pages' reads. Only preset digests: they are given when the archive is made, so a
 * value's digest never depends on what else was digested before it.
 */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return ['(Map)', ...value];
  if (value instanceof Set) return ['(Set)', ...value];
  // (The value digested is never one with a preset digest: digestOf takes that one at once.)
  if (typeof value === 'object' && value !== null) {
    const preset = digests.get(value);
    if (preset?.startsWith(PRESET)) return ['(Digest)', preset];
  }
  return value;
}

/**
 * Gives `value` the digest `digest` (prefixed, so it never equals a computed one), for a value made
 * only from what `digest` names, which does not change after: a record's entry, made from its file.
 * digestOf then takes it instead of reading the value's JSON (a second of a 10,000-meeting rebuild).
 */
export function presetDigest(value: object, digest: string): void {
  digests.set(value, `${PRESET}${digest}`);
}

/**
 * A digest of a value, the same for equal values in any build. Lists and maps are digested from
 * their items' digests, and every object once, so the archive's long lists and the records they
 * share cost one pass per build; other objects from their JSON, with a preset digest for any value
 * inside that has one (`replacer`).
 */
export function digestOf(value: unknown): string {
  if (value === undefined) return '-';
  if (typeof value === 'function') throw new TypeError('a function has no digest');
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const known = digests.get(value);
  if (known !== undefined) return known;
  const hash = createHash('sha1');
  if (Array.isArray(value)) {
    hash.update('[');
    for (const item of value as unknown[]) hash.update(digestOf(item)).update(',');
  } else if (value instanceof Map) {
    hash.update('(Map)');
    for (const [key, item] of value as Map<unknown, unknown>) hash.update(digestOf(key)).update(':').update(digestOf(item)).update(',');
  } else {
    hash.update(JSON.stringify(value, replacer));
  }
  const digest = hash.digest('base64url');
  digests.set(value, digest);
  return digest;
}

/**
 * A digest of a page's props, from each prop's digest: a prop is usually a record the archive holds,
 * whose digest the page's reads compute too, so each record is digested once per build.
 */
export function digestOfProps(props: Record<string, unknown>): string {
  const hash = createHash('sha1');
  for (const [name, value] of Object.entries(props)) hash.update(JSON.stringify(name)).update(':').update(digestOf(value)).update(',');
  return hash.digest('base64url');
}

/**
 * A page route's static paths, each with its props' digest as Astro's `cacheKey`, which Astro hands
 * the build's prerenderer with the path: the page cache then checks a page the last build rendered
 * before Astro renders it (src/integrations/kept-pages.ts).
 */
export function keyedByProps<P extends { props: Record<string, unknown> }>(paths: P[]): (P & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: digestOfProps(path.props) }));
}
