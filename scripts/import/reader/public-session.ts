/**
 * A public session printed under its own heading above the first item ("PUBLIC PARTICIPATION", "Public Forum", "Open
 * Forum", "Public Questions:" over what residents raised), as parish and town councils adjourn for it before their
 * business. It is none of the header's and the schema has no field for it, nor is it one of the record's items or
 * minutes (the labels count only those), so, as a change of chair or an evidence session printed above the first item
 * does (next-item-heads.ts), it goes with the first item's text, heading and all, a paragraph of its own after it: kept,
 * said so in a warning, never warned of as prose left over (leftovers.ts is told its lines were read).
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
 * The indexes of a public session's lines above the first item (`above`, the lines before it): its heading's, down to
 * the last line with text. None when no such heading stands there, when nothing stands under it, or when a list of those
 * present does (the header's attendance, which stays the header's), or the heading is the title block's (`skip`).
 */
export function publicSessionAbove(above: readonly string[], skip: ReadonlySet<number> = new Set()): number[] {
  const at = above.findLastIndex((line, index) => !skip.has(index) && PUBLIC_SESSION_HEADING.test(squash(line)));
  if (at === -1) return [];
  const end = above.findLastIndex((line) => line.trim() !== '');
  const under = above.slice(at + 1, end + 1);
  if (under.length === 0 || under.some((line) => headingOf(line) !== null)) return [];
  return Array.from({ length: end - at + 1 }, (_, offset) => at + offset);
}

/**
 * The first item with the public session above it (publicSessionAbove) after its own text, a paragraph of its own, so
 * the first item's readers (its apologies, its declarations) read its own lines first; and the warning that says where
 * the session was put, as no field holds it. No warning when there is none.
 */
export function withPublicSessionLast(above: readonly string[], session: readonly number[], items: ItemSlice[]): string[] {
  const first = items[0];
  if (first === undefined || session.length === 0) return [];
  first.lines.push('', ...session.map((at) => above[at] ?? ''));
  const heading = squash(above[session[0] ?? 0] ?? '').replace(/[.:]$/, '');
  return [
    `the public session above the first item ("${heading}") is kept at the end of the text of item ${first.number ?? first.title}, as no field holds it`,
  ];
}
