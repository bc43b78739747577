/**
 * What minutes set apart above their first item, no part of the header: a public session under its own heading
 * ("PUBLIC PARTICIPATION", "Public Forum", "Open Forum", "Public Question Time") over what residents raised, printed
 * before the first numbered item as parish and town councils adjourn for it. The schema has no field for it and it is
 * none of the header's, so, as trailing-items.ts does with the date of the next meeting set apart under the last item,
 * it becomes an item of its own, unnumbered and titled as printed, its text as printed, before the first item.
 */
import { squash } from '../text.ts';
import { headingOf } from './attendance-headings.ts';
import type { ItemSlice } from './item-slice.ts';

/**
 * "PUBLIC PARTICIPATION", "Public Forum", "Open Forum", "Public Question Time", "Questions from the Public",
 * "Adjournment for Public Participation": a public session's heading alone on its line.
 */
const PUBLIC_SESSION_HEADING =
  /^(?:(?:adjournment\s+for\s+)?public\s+(?:participation|forum|session|question\s+time|questions|speaking)(?:\s+session)?|open\s+forum|(?:questions|representations)\s+from\s+(?:members\s+of\s+)?the\s+public)[.:]?$/i;

/**
 * The items a public session's heading above the first item makes (see the module's comment), and where the items
 * now start: none, and `start` as it was, when no such heading stands there, when nothing stands under it, or when a
 * list of those present does (the header's attendance, which stays the header's).
 */
export function takeLeadingItems(lines: readonly string[], start: number, skip: ReadonlySet<number>): { start: number; items: ItemSlice[] } {
  const at = lines.slice(0, start).findLastIndex((line, index) => !skip.has(index) && PUBLIC_SESSION_HEADING.test(squash(line)));
  if (at === -1) return { start, items: [] };
  const under = lines.slice(at + 1, start);
  const said = under.filter((line) => line.trim() !== '');
  if (said.length === 0 || said.some((line) => headingOf(line) !== null)) return { start, items: [] };
  const title = squash(lines[at] ?? '').replace(/[.:]$/, '');
  return { start: at, items: [{ number: null, title, lines: [...under], line: at }] };
}
