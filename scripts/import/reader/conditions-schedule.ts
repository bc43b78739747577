/**
 * A schedule of conditions, or an annex's numbered list, in a decision's record: lists of what the decision imposes,
 * never items, which the numbering must not see. Apart from items.ts because it reads the lines to hide, before any
 * numbering is chosen.
 */
import { isHeadingAbove, nextFilled } from './item-lines.ts';
import { squash } from '../text.ts';

/** "SCHEDULE OF CONDITIONS", "Schedule of Additional Conditions": the heading over a licence's or a permission's conditions. */
const SCHEDULE_HEADING = /^schedule\s+of\s+(?:\p{L}+\s+)?conditions:?$/iu;

/** "Annex A - Additional conditions", "APPENDIX 1: CONDITIONS", "Annex B": the heading of a paper annexed to the record. */
const ANNEX_HEADING = /^(?:annex|appendix)\s+(?:[A-Z]|\d{1,2})\b(?:\s*[-–—:]\s*[^.]{0,80})?$/i;

/**
 * The lines of the numbered list right under an annex's heading, when its first point is "1.": the list's points and
 * their wrapped lines, to the first blank line not followed by the next point. Empty when no such list stands there.
 */
function annexList(lines: readonly string[], heading: number): number[] {
  const first = nextFilled(lines, heading + 1, lines.length);
  if (first === -1 || !/^\s*1[.)]\s/.test(lines[first] ?? '')) return [];
  const inside: number[] = [];
  let key = 1;
  for (let at = first; at < lines.length; at += 1) {
    const line = lines[at] ?? '';
    if (new RegExp(String.raw`^\s*${key}[.)]\s`).test(line)) key += 1;
    else if (line.trim() === '' && !new RegExp(String.raw`^\s*${key}[.)]\s`).test(lines[nextFilled(lines, at, lines.length)] ?? '')) break;
    inside.push(at);
  }
  return inside;
}

/**
 * The lines of a schedule of conditions (a licensing notice's "1. CCTV to be retained for 31 days."), from its heading
 * to the next heading in capitals, and of an annex's numbered list ("Annex A - Additional conditions" over "1. …"):
 * lists of what the decision imposes, never items, which the numbering must not see, though a point's number would
 * follow the last item's.
 */
export function conditionsSchedule(lines: readonly string[]): Set<number> {
  // The heading's own line is not in the set; the set's first line is the one under it.
  const inside = new Set<number>();
  for (let at = 0; at < lines.length; at += 1) {
    const heading = squash(lines[at] ?? '');
    if (ANNEX_HEADING.test(heading)) for (const line of annexList(lines, at)) inside.add(line);
    if (!SCHEDULE_HEADING.test(heading)) continue;
    for (let next = at + 1; next < lines.length && !isHeadingAbove(lines[next] ?? ''); next += 1) inside.add(next);
  }
  return inside;
}
