/**
 * What the Markdown renderer may link to: the records the archive holds, with their URLs.
 * The site builds one context per page; the link plugins read it from the VFile's data,
 * so one cached unified processor serves every page.
 */
import type { VFile } from 'vfile';

export interface LinkTarget {
  url: string;
  label: string;
}

/**
 * What a block of text is linked against. Plugins read the four lists only through `linkTable` and
 * `holdsNone`, never directly: the render cache (render-cache.ts) reuses a block's HTML when those
 * reads give the same again, so a read that bypasses them could leave a stale link in a rebuild.
 */
export interface LinkContext {
  meetings: { date: string; council: string | null; committee: string | null; url: string; label: string }[];
  reports: { reference: string; council: string | null; url: string; label: string }[];
  recommendations: {
    reference: string | null;
    subject: string;
    committee: string | null;
    url: string;
    label: string;
  }[];
  /** `councils`, when given, lets a surname-only alias link only within those councils. */
  people: { names: string[]; url: string; councils?: string[] }[];
  /** Where the text stands: its council and committee, the page's address, and the date of its meeting (gives a year to "25th March"). */
  here: { council: string | null; committee: string | null; url?: string; date?: string | null };
  /** Set while a render is recorded for reuse (render-cache.ts): every read of the index is noted here. */
  reads?: LinkReads;
}

/** The lists of a context that link plugins look things up in. */
const LINK_LISTS = ['meetings', 'reports', 'recommendations', 'people'] as const;
export type LinkList = (typeof LINK_LISTS)[number];

/**
 * Notes what a render read of the link index. Rendered text depends only on the Markdown, `here`
 * and these reads, so a later build may reuse the HTML when every read gives the same value again.
 */
export interface LinkReads {
  note(table: string, key: string | number, value: unknown): void;
}

type Table = (context: LinkContext) => ReadonlyMap<string | number, unknown>;
const tables = new Map<string, Table>();

/**
 * One lookup table of the link index, made from the context by `build` (memoised by the plugin), and
 * the only way a plugin reads it: each lookup is noted on `context.reads` when the render is recorded.
 */
export function linkTable<K extends string | number, V>(
  name: string,
  build: (context: LinkContext) => ReadonlyMap<K, V>,
): (context: LinkContext, key: K) => V | undefined {
  if (tables.has(name)) throw new Error(`link table ${name} is defined twice`);
  tables.set(name, build as Table);
  return (context, key) => {
    const value = build(context).get(key);
    context.reads?.note(name, key, value);
    return value;
  };
}

/** What table `name` holds at `key` for this context now, to check a read a recorded render made. */
export function readLinkTable(context: LinkContext, name: string, key: string | number): unknown {
  const table = tables.get(name);
  if (table === undefined) throw new Error(`no link table ${name}`);
  return table(context).get(key);
}

const EMPTY_TABLE = '(empty)';

/** True when the context has no record of this kind to link to (a plugin then stops early); noted like a lookup. */
export function holdsNone(context: LinkContext, list: LinkList): boolean {
  const none = context[list].length === 0;
  context.reads?.note(EMPTY_TABLE, list, none);
  return none;
}

tables.set(EMPTY_TABLE, (context) => new Map(LINK_LISTS.map((list) => [list, context[list].length === 0])));

/** A context that links nothing: for text with no archive around it. */
export const EMPTY_LINK_CONTEXT: LinkContext = {
  meetings: [],
  reports: [],
  recommendations: [],
  people: [],
  here: { council: null, committee: null },
};

/** Key under which the renderer puts the context on `file.data`. */
const KEY = 'linkContext';

export function setLinkContext(file: VFile, context: LinkContext): void {
  (file.data as Record<string, unknown>)[KEY] = context;
}

export function getLinkContext(file: VFile): LinkContext {
  const value = (file.data as Record<string, unknown>)[KEY];
  return (value as LinkContext | undefined) ?? EMPTY_LINK_CONTEXT;
}

/**
 * Memoises an index built from a context, keyed by the context object itself, so a site that
 * reuses one context (or one `meetings` array) across pages builds each lookup table once.
 */
export function memoByObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = build(key);
    cache.set(key, value);
    return value;
  };
}

/** The council part of a committee id `<council-id>/<committee-slug>`. */
export function councilOfCommittee(committee: string | null): string | null {
  if (committee === null) return null;
  const slash = committee.indexOf('/');
  return slash > 0 ? committee.slice(0, slash) : null;
}

/**
 * Picks the one target in the narrowest scope that has any: the same committee, then the same
 * council, then (only when the page's council is unknown) the whole archive. Several targets in
 * that scope means the words are ambiguous, so nothing is picked.
 */
export function pickInScope<T extends { council: string | null; committee?: string | null }>(
  candidates: readonly T[],
  here: LinkContext['here'],
): { pick: T | null; inScope: number } {
  const scopes: ((item: T) => boolean)[] = [];
  if (here.committee !== null) scopes.push((item) => item.committee === here.committee);
  if (here.council !== null) scopes.push((item) => item.council === here.council);
  else scopes.push(() => true);
  for (const inScope of scopes) {
    const found = candidates.filter(inScope);
    if (found.length > 0) return { pick: found.length === 1 ? (found[0] ?? null) : null, inScope: found.length };
  }
  return { pick: null, inScope: 0 };
}
