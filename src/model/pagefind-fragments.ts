/**
 * The fragments of a merge (src/model/pagefind-merge.ts): each page's fragment renamed after its
 * place in date order (search-page-names.ts) in one folder for the build, linked or copied from a
 * kept part, moved from the others.
 */
import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { contentHash, type MetaPage } from './pagefind-format.ts';
import type { LoadedPart, PageOrder } from './pagefind-parts.ts';
import { pageName } from './search-page-names.ts';
import { linkOrCopySync } from './write-all.ts';

/** Where each page's fragment goes, and the merged pages in date order. */
export interface FragmentPlan {
  /** `fragment/<build>/` below the root. */
  folder: string;
  build: string;
  pages: MetaPage[];
  /** Each page's name as its part gave it (Pagefind's: a hash of its fragment), by its number in the merged index. */
  origins: string[];
  /** The kept parts' fragments, copied. */
  copies: { from: string; to: string }[];
  /** The other parts' fragments, moved. */
  moves: { from: string; to: string }[];
}

/**
 * Every page's fragment goes to `fragment/<build>/`, named after its place in date order
 * (search-page-names.ts). `<build>` is a hash of the fragments' names, which Pagefind takes from
 * their content (a kept part's are linked or copied).
 */
export function planFragments(root: string, parts: readonly LoadedPart[], order: PageOrder): FragmentPlan {
  const sources = parts.flatMap((part) => part.meta[1].map((page) => ({ part, page })));
  const inOrder = Array.from(order.pages, (page) => sources[page] as (typeof sources)[number]);
  const build = contentHash(Buffer.from(inOrder.map(({ page }) => page[0]).join('\n'))).slice(0, 8);
  const folder = join(root, 'fragment');
  const plan: FragmentPlan = { folder, build, pages: [], origins: [], copies: [], moves: [] };
  for (const [rank, { part, page }] of inOrder.entries()) {
    const name = pageName(build, rank, rank < order.dated);
    const move = { from: join(part.dir, 'fragment', `${page[0]}.pf_fragment`), to: join(folder, `${name}.pf_fragment`) };
    (part.kept ? plan.copies : plan.moves).push(move);
    plan.pages.push([name, page[1], page[2]]);
    plan.origins.push(page[0]);
  }
  return plan;
}

/** Fragments placed between turns of the event loop, which takes the word chunks read and compressed meanwhile. */
const COPIES_AT_A_TURN = 256;

/**
 * Puts the kept parts' fragments in place (planFragments), COPIES_AT_A_TURN at a time. It starts
 * before the words are merged, since a kept part is never changed; on failure the folder is left
 * for the caller to remove.
 *
 * A fragment is a hard link to the kept part's file where the file system allows it (the build
 * cache is usually on the same one as the site), else a copy: creating a copy of every page's
 * fragment cost the merge more than anything but compressing the word chunks, in the kernel. A
 * link shares the file's content with the cache, which stays as it was because nothing writes
 * into a file of the index once it is written: a build removes the index before it writes a new
 * one (pagefind-feed.ts), and the cache replaces a part by removing its folder.
 *
 * The links are made synchronously, on the merge's own thread: through libuv's threads each was a
 * round trip that cost more CPU than the call itself, and waited in line with the word chunks being
 * compressed (BENCHMARKS.md, round 16).
 */
export async function copyFragments(plan: FragmentPlan): Promise<void> {
  for (let at = 0; at < plan.copies.length; at += COPIES_AT_A_TURN) {
    await new Promise((resolve) => setImmediate(resolve));
    for (const { from, to } of plan.copies.slice(at, at + COPIES_AT_A_TURN)) linkOrCopySync(from, to);
  }
}

/**
 * Moves the other parts' fragments (planFragments), once nothing else can fail for a part's
 * format, and removes anything else in `fragment/` (an earlier build's folder).
 */
export async function moveFragments(plan: FragmentPlan): Promise<void> {
  for (const { from, to } of plan.moves) await rename(from, to);
  for (const left of await readdir(plan.folder))
    if (left !== plan.build) await rm(join(plan.folder, left), { recursive: true, force: true });
}
