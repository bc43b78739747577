/**
 * The label a recommendation carries in the minutes that make it ("R1", "Rec 2", "Recommendation 3:" before its point):
 * the decision reader reads the point and leaves its label off the resolution, so the label is found again before the
 * point's words in the item's minutes, to be the recommendation's reference.
 */
import { RECOMMENDATION_LABEL } from '../list-marks.ts';
import { flatMinutes } from './addressed.ts';

/** A recommendation's label and the space after it, at a line's start or after a space; the label in group 1. */
const LABEL_BEFORE = new RegExp(String.raw`(?<=^|\s)${RECOMMENDATION_LABEL}\s+`, 'g');
/** How many of a point's first characters are looked for in the minutes: enough to tell two points apart. */
const HEAD = 40;

/**
 * The label printed right before a recommendation's point in the item's minutes ("R1", "Rec 1", "Recommendation 3",
 * without its stop or colon); null when the point stands under no such label. The point is looked for as the resolution
 * gives it, and without its lead-in's "that" or "to", which the list under "be recommended to:" does not print.
 */
export function recommendationLabel(minutes: string, point: string): string | null {
  const text = flatMinutes(minutes);
  const found = [...text.matchAll(LABEL_BEFORE)];
  for (const head of [point, point.replace(/^(?:that|to)\s+/i, '')].map((words) => flatMinutes(words).slice(0, HEAD))) {
    if (head.length < 8) continue;
    const label = found.find((match) => text.startsWith(head, (match.index ?? 0) + match[0].length));
    if (label !== undefined) return (label[1] ?? '').replace(/[.:]$/, '');
  }
  return null;
}
