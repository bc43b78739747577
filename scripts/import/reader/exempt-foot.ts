/**
 * A resolution that takes the items after it in private, printed at the foot of an item with that item's business
 * above it: Northern Ireland's '"IN COMMITTEE"' over "Proposed by Councillor Hanna / Seconded by Councillor Boyle and"
 * over "AGREED - that the Council move "In Committee" to consider the following item.", or "RESOLVED that the public be
 * excluded for the remaining items of business" under an item's own decision. It decides nothing of the item it ends:
 * it heads the items it closes, as Scottish minutes print it at the head of the item it covers, so it is moved there
 * (with the heading and the movers printed over it), and the item above keeps only its own business.
 */
import { squash } from '../text.ts';
import type { ItemSlice } from './item-slice.ts';
import { MOVERS_ONLY, SECONDER_ONLY } from './mover-names.ts';

/** What says a paragraph is a resolution closing the items after it, and what is a closed part's heading: exempt.ts's rules. */
export interface FootRules {
  closesItemsAfter: (paragraph: string) => boolean;
  isClosedHeading: (paragraph: string) => boolean;
  /** "Exclusion of the Press and Public": an item whose business the resolution is, and so keeps it. */
  isExclusionTitle: (title: string) => boolean;
}

/** The runs of filled lines of an item's text, each as the index of its first line and its text squashed. */
function paragraphRuns(lines: readonly string[]): { from: number; text: string }[] {
  const runs: { from: number; text: string }[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const last = runs.at(-1);
    if (last !== undefined && (lines[index - 1] ?? '').trim() !== '') last.text = squash(`${last.text} ${line}`);
    else runs.push({ from: index, text: squash(line) });
  }
  return runs;
}

/** "Proposed by Councillor Hanna Seconded by Councillor Boyle and": who moved the resolution under it, and nothing else. */
const namesMoversOnly = (text: string): boolean => MOVERS_ONLY.test(text) || SECONDER_ONLY.test(text);

/**
 * The index of the paragraph opening the block that ends with the resolution at `end`: the resolution, with the
 * movers' paragraph and a closed part's heading right over it.
 */
function blockStart(runs: readonly { text: string }[], end: number, rules: FootRules): number {
  let at = end;
  if (at > 0 && namesMoversOnly(runs[at - 1]?.text ?? '')) at -= 1;
  if (at > 0 && rules.isClosedHeading(runs[at - 1]?.text ?? '')) at -= 1;
  return at;
}

/**
 * Where the block that heads the next item starts in the item's lines: its last paragraph when that closes the items
 * after it, with the movers and heading over it (blockStart); null when the item ends otherwise, is an exclusion
 * item, or would keep no business of its own.
 */
function footBlock(slice: ItemSlice, rules: FootRules): number | null {
  const runs = paragraphRuns(slice.lines);
  const end = runs.length - 1;
  if (end < 0 || rules.isExclusionTitle(slice.title) || !rules.closesItemsAfter(runs[end]?.text ?? '')) return null;
  const at = blockStart(runs, end, rules);
  return at > 0 ? (runs[at]?.from ?? null) : null;
}

/**
 * The number of the item's lines a block of heading, movers and resolution closing the items after it takes at the
 * item's head, as it stands once moved there (or as printed so): 0 when the item opens otherwise. The heading in it
 * heads this item, not the items below.
 */
export function headBlockLength(lines: readonly string[], rules: FootRules): number {
  const runs = paragraphRuns(lines);
  const end = runs.findIndex((run) => rules.closesItemsAfter(run.text));
  if (end < 0 || blockStart(runs, end, rules) !== 0) return 0;
  const next = runs[end + 1]?.from;
  return next ?? lines.length;
}

/** The slices with each foot block (footBlock) moved to the head of the next item, a blank line between it and that item's text. */
export function withFootExclusionsMoved(slices: readonly ItemSlice[], rules: FootRules): ItemSlice[] {
  const out = slices.map((slice) => ({ ...slice, lines: [...slice.lines] }));
  for (const [index, slice] of out.entries()) {
    const next = out[index + 1];
    const from = footBlock(slice, rules);
    if (next === undefined || from === null) continue;
    const block = slice.lines.splice(from);
    while (block.at(-1)?.trim() === '') block.pop();
    while (slice.lines.at(-1)?.trim() === '') slice.lines.pop();
    next.lines = [...block, '', ...next.lines];
  }
  return out;
}
